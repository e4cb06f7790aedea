"""The organization gazetteer: agencies and countries, their aliases, span patterns and lookup.

The data lives in two rule files, one entry a line, each a JSON object with exactly the keys
`id`, `name`, `country`, `kind` and `aliases`:

- `patterns/agencies.jsonl`: statistics offices, ministries, central banks, international and
  research organizations, each with its canonical English `name` (what a record's `agency`
  field says) and the ways news and bulletins write it.
- `patterns/countries.jsonl`: the countries, areas and regions that figures can be about, so
  that a credit for one country's figures does not carry to another country's.

Matching rules shared by the span patterns and `Gazetteer.lookup`:

- Acronyms and mixed-case words ("NBS", "StatCan", "BoJ") and short capitalized one-word
  aliases ("Fed") match case-sensitively; every other word matches in any case.
- A leading "the" and a trailing possessive "'s" never matter; "U.S."/"US", "U.K."/"UK",
  "&"/"and", hyphen/space and British/American spellings ("Labour"/"Labor") are the same.
- An alias that starts with its own country ("China's central bank", "Japanese finance
  ministry") is a country-qualified form: any alias of that country may stand in front of it
  ("Chinese central bank", "China central bank"). Bare generic phrases ("the central bank",
  "Ministry of Finance") are not aliases: they name a different body in every country and are
  resolved by context (`lookup(name, country=...)`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

import spacy
from spacy.tokenizer import Tokenizer

from .resources import PatternFileError, cached, module_source, read_jsonl, rule_file_bytes

__all__ = [
    "AGENCY_KINDS",
    "ALLOWED_KEYS",
    "COUNTRY_KINDS",
    "Gazetteer",
    "Organization",
    "default_gazetteer",
]

#: The keys every gazetteer line must have, and the only ones it may have.
ALLOWED_KEYS: Final = frozenset({"id", "name", "country", "kind", "aliases"})
#: Allowed `kind` values in `agencies.jsonl`.
#: A `market` body's figures are odds its tools compute from prices ("a 91% chance of a cut,
#: according to the CME FedWatch tool"): credited like a forecaster, in their sentence only.
AGENCY_KINDS: Final = frozenset(
    {
        "statistics_office",
        "ministry",
        "central_bank",
        "international",
        "research",
        "market",
        "other",
    }
)
#: Allowed `kind` values in `countries.jsonl`; a `region` has no country code.
COUNTRY_KINDS: Final = frozenset({"country", "area", "region"})

#: Rows as given to `Gazetteer.from_rows`, or a rule file (a name in `patterns/` or a path).
Rows = Sequence[Mapping[str, Any]]
Source = str | os.PathLike[str] | Rows

_ID_PATTERNS: Final = {
    "agencies": re.compile(r"^agency\.[a-z0-9_]+\.[a-z0-9_]+$"),
    "countries": re.compile(r"^(?:country|region)\.[a-z0-9_]+$"),
}
_COUNTRY_CODE: Final = re.compile(r"^[A-Z]{2}$")
# Kinds of organization that may belong to no single country.
_STATELESS_KINDS: Final = frozenset({"international", "research", "other"})

# Phrases every country uses for its own body: never an alias (compared after normalizing).
_GENERIC_ALIASES: Final = frozenset(
    {
        "agency", "bureau", "cabinet", "cabinet office", "central bank", "commerce ministry",
        "commission", "customs", "department", "economy ministry", "finance ministry",
        "government", "labor ministry", "ministry", "ministry of commerce and trade",
        "ministry of economy", "ministry of finance", "ministry of labor", "ministry of trade",
        "national bank", "national statistics office", "office", "reserve bank",
        "statistical office", "statistics agency", "statistics bureau", "statistics institute",
        "statistics office", "trade ministry", "treasury",
    }
)  # fmt: skip

# British and American spellings of the same word, unified in keys and both matched in text.
_SPELLINGS: Final = {
    "labour": "labor",
    "centre": "center",
    "organisation": "organization",
    "programme": "program",
    "defence": "defense",
}
_SPELLING_VARIANTS: Final = {
    **{uk: (uk, us) for uk, us in _SPELLINGS.items()},
    **{us: (uk, us) for uk, us in _SPELLINGS.items()},
}

_POSSESSIVE: Final = "'s"
_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_DASHES: Final = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014]")
_DASH_TOKENS: Final = ("-", "\u2013", "\u2014")
_LONE_AMPERSAND: Final = re.compile(r"(?<=\s)&(?=\s)")
_DOTTED: Final = re.compile(r"^(?:[A-Za-z]\.){2,}$|^(?:[A-Za-z]\.)+[A-Za-z]$")
_EDGE_PUNCT: Final = '"\u201c\u201d()[]{},;:!?'
# Words before a possessive that make a name "somebody's X" without naming a country.
_OWNERS: Final = (
    ("federal", "government"),
    ("central", "government"),
    ("national", "government"),
    ("government",),
    ("administration",),
    ("country",),
    ("nation",),
)
# The fuzzy match forgives at most this many letter edits in a whole name.
_MAX_EDITS: Final = 2

Key = tuple[str, ...]


@dataclass(frozen=True)
class Organization:
    """One gazetteer entry: an organization, or a country, area or region.

    Attributes:
        id: Unique rule id, e.g. `agency.cn.nbs` or `country.ca`; SpanRuler matches carry it
            as `span.id_`.
        name: Canonical English name, as the organization calls itself.
        country: ISO 3166 alpha-2 code ("EU" for EU and euro-area bodies), or None for
            international organizations and regions.
        kind: One of `AGENCY_KINDS` or `COUNTRY_KINDS`.
        aliases: The ways texts write the name, without a leading "the".
    """

    id: str
    name: str
    country: str | None
    kind: str
    aliases: tuple[str, ...]


#: Organizations named in texts but absent from the gazetteer (`Gazetteer.named`), by id.
_NAMED: dict[str, Organization] = {}

#: Words of a generic or anaphoric organization name: "the bureau", "the statistics office",
#: "Customs", "the finance ministry" (every country has one), and of its owner ("the
#: country's statistical agency").
GENERIC_NAME_WORDS: Final = frozenset(
    "statistics statistical statistic department bureau agency office ministry bank central "
    "national federal finance financial commerce trade labor labour economy economic "
    "customs treasury institute service authority administration board commission "
    "monetary reserve employment industry affairs exchange association corporation federation "
    "confederation council organisation organization".split()
)
OWNER_NAME_WORDS: Final = frozenset("country nation government state".split())
#: Words of the name of a body inside an organization: "the Executive Board", "the Governing
#: Council", "the Board of Governors".
BODY_NAME_WORDS: Final = frozenset(
    "executive governing supervisory directors governors policy council committee".split()
)


# ------------------------------------------------------------------ normalization
def _fold_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_cased(word: str) -> bool:
    """Whether a word is an acronym or mixed-case name ("NBS", "StatCan", "BoJ")."""
    return sum(c.isupper() for c in word) >= 2 or any(c.isupper() for c in word[1:])


def _raw_words(text: str) -> list[str]:
    """Split a name into words with punctuation, accents and possessives made uniform."""
    text = _fold_accents(text).translate(_APOSTROPHES)
    text = _LONE_AMPERSAND.sub("and", _DASHES.sub(" ", text))
    words: list[str] = []
    for raw in text.split():
        word = raw.strip(_EDGE_PUNCT)
        if not word:
            continue
        if _DOTTED.match(word):
            words.append(word.replace(".", "").upper())
            continue
        word = word.rstrip(".")
        if len(word) > 2 and word.lower().endswith(_POSSESSIVE):
            words.extend((word[:-2], _POSSESSIVE))
        elif word.lower() == _POSSESSIVE:
            words.append(_POSSESSIVE)
        elif len(word) > 1 and word.endswith("'"):
            words.append(word[:-1])  # plural possessive: "Realtors'"
        elif word:
            words.append(word)
    return words


def _key_words(words: Sequence[str], *, fold: bool) -> Key:
    """Turn raw words into a lookup key: drop a leading "the" and a trailing "'s", case-fold
    all but acronyms (all words when `fold`), unify spellings."""
    words = list(words)
    if words and words[0].lower() == "the":
        words = words[1:]
    while words and words[-1] == _POSSESSIVE:
        words.pop()
    content = [w for w in words if w != _POSSESSIVE]
    # A short capitalized one-word name is a name only when capitalized: "Fed", not "fed".
    short_name = len(content) == 1 and len(content[0]) <= 4 and content[0][:1].isupper()
    key: list[str] = []
    for word in words:
        if not fold and (short_name or _is_cased(word)):
            key.append(word)
        else:
            low = word.lower()
            key.append(_SPELLINGS.get(low, low))
    return tuple(key)


def _key(text: str, *, fold: bool = False) -> Key:
    return _key_words(_raw_words(text), fold=fold)


def _osa_distance(a: str, b: str) -> int:
    """Edit distance counting a swap of two neighbouring letters as one edit."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@cache
def _tokenizer() -> Tokenizer:
    """The tokenizer of one blank English pipeline with the bulletin rules, shared by all
    gazetteers."""
    from .tokenizer import blank

    return blank().tokenizer


# ------------------------------------------------------------------ reading and validation
def _read_source(source: Source, what: str) -> tuple[list[dict[str, Any]], str]:
    """Return the rows of a rule file or row list, and the label used in error messages."""
    if isinstance(source, str) and not any(sep in source for sep in ("/", os.sep)):
        return read_jsonl(source), f"patterns/{source}"
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        label = str(path)
        if not path.is_file():
            raise PatternFileError(f"{label}: no such rule file")
        rows: list[dict[str, Any]] = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PatternFileError(f"{label}:{n}: not JSON: {exc}") from exc
            if not isinstance(row, dict):
                raise PatternFileError(f"{label}:{n}: expected a JSON object")
            rows.append({**row, "_line": n})
        return rows, label
    return [{"_line": n, **row} for n, row in enumerate(source, 1)], f"<{what} rows>"


def _parse_rows(
    rows: Iterable[Mapping[str, Any]], label: str, family: str
) -> list[tuple[Organization, str]]:
    """Validate gazetteer rows and return each entry with its `file:line` for messages.

    Raises:
        PatternFileError: on a missing or unknown key, a bad value or a repeated id.
    """
    kinds = AGENCY_KINDS if family == "agencies" else COUNTRY_KINDS
    allowed = ", ".join(sorted(ALLOWED_KEYS))
    entries: list[tuple[Organization, str]] = []
    for row in rows:
        where = f"{label}:{row.get('_line', '?')}"
        keys = set(row) - {"_line"}
        unknown, missing = sorted(keys - ALLOWED_KEYS), sorted(ALLOWED_KEYS - keys)
        if unknown or missing:
            problems = [f"unknown key {k!r}" for k in unknown] + [
                f"missing key {k!r}" for k in missing
            ]
            raise PatternFileError(f"{where}: {'; '.join(problems)}; allowed keys are {allowed}")
        id_, name, country, kind, aliases = (
            row[k] for k in ("id", "name", "country", "kind", "aliases")
        )
        if not isinstance(id_, str) or not _ID_PATTERNS[family].match(id_):
            raise PatternFileError(
                f"{where}: bad id {id_!r}; expected {_ID_PATTERNS[family].pattern}"
            )
        if not isinstance(name, str) or not name.strip():
            raise PatternFileError(f"{where}: 'name' must be a non-empty string")
        if kind not in kinds:
            raise PatternFileError(
                f"{where}: bad kind {kind!r}; allowed kinds are {', '.join(sorted(kinds))}"
            )
        if country is not None and not (isinstance(country, str) and _COUNTRY_CODE.match(country)):
            raise PatternFileError(f"{where}: 'country' must be an ISO 3166 alpha-2 code or null")
        if family == "countries" and (country is None) != (kind == "region"):
            raise PatternFileError(f"{where}: 'country' must be null for regions and only for them")
        if family == "agencies" and country is None and kind not in _STATELESS_KINDS:
            stateless = ", ".join(sorted(_STATELESS_KINDS))
            raise PatternFileError(f"{where}: 'country' may be null only for kinds {stateless}")
        if not isinstance(aliases, list) or not aliases:
            raise PatternFileError(f"{where}: 'aliases' must be a non-empty list of strings")
        for alias in aliases:
            if not isinstance(alias, str) or not _key(alias):
                raise PatternFileError(f"{where}: alias {alias!r} is not a non-empty string")
            if alias.lower().startswith("the "):
                raise PatternFileError(f"{where}: alias {alias!r}: leave out the leading 'the'")
            if " ".join(_key(alias, fold=True)) in _GENERIC_ALIASES:
                raise PatternFileError(
                    f"{where}: alias {alias!r} is generic (any country's body); "
                    'qualify it with its country, e.g. "Japan\'s ..."'
                )
        if len(set(aliases)) != len(aliases):
            raise PatternFileError(f"{where}: an alias of {id_!r} is listed twice")
        entries.append((Organization(id_, name, country, kind, tuple(aliases)), where))
    return entries


# ------------------------------------------------------------------ indexes
class _Tables:
    """Lookup tables of one key flavour (exact case for acronyms, or all case-folded).

    `bare` maps an alias key to its entry; `qualified` maps (country code, key) to the
    organization of that country the key names there ("Japan's finance ministry" gives
    ("JP", "finance ministry")). A folded key shared by two entries maps to None (ambiguous).
    """

    def __init__(self, fold: bool) -> None:
        self.fold = fold
        self.countries: dict[Key, Organization | None] = {}
        self.prefixes: dict[Key, Organization] = {}
        self.max_prefix = 0
        self.bare: dict[Key, Organization | None] = {}
        self.qualified: dict[tuple[str, Key], Organization | None] = {}
        self.fuzzy_bare: dict[int, list[tuple[Key, Organization]]] = {}
        self.fuzzy_qualified: dict[tuple[str, int], list[tuple[Key, Organization]]] = {}

    def key(self, text: str) -> Key:
        return _key(text, fold=self.fold)

    def split_qualifier(self, key: Key) -> tuple[Organization | None, Key] | None:
        """Split "Japan's", "the government's", "Japanese" ... off the front of a key.

        Returns the country entry named (or None for "the government's") and the rest, or
        None when the key has no such qualifier.
        """
        country: Organization | None = None
        i = 0
        for n in range(min(self.max_prefix, len(key) - 1), 0, -1):
            row = self.prefixes.get(key[:n])
            if row is not None:
                country, i = row, n
                break
        if i < len(key) and key[i] == _POSSESSIVE:
            i += 1
        for owner in _OWNERS:
            end = i + len(owner)
            if key[i:end] == owner and key[end : end + 1] == (_POSSESSIVE,):
                i = end + 1
                break
        if i == 0 or i >= len(key):
            return None
        return country, key[i:]


def _add(
    table: dict[Any, Organization | None], key: Any, entry: Organization
) -> Organization | None:
    """Add a key to a table; return the other entry that already holds it, if any."""
    old = table.setdefault(key, entry)
    if old is None or old.id == entry.id:
        return None
    return old


class Gazetteer:
    """Organizations and countries with their aliases; span patterns and name lookup.

    Build one with `Gazetteer.load()` (cached) or `default_gazetteer()`.

    Args:
        organizations: The agency entries.
        countries: The country, area and region entries.
        where: For error messages, the `file:line` of each entry id.

    Raises:
        PatternFileError: when two entries share an id, or an alias (after normalizing) or a
            country-qualified form.
    """

    def __init__(
        self,
        organizations: Sequence[Organization],
        countries: Sequence[Organization],
        *,
        where: Mapping[str, str] | None = None,
    ) -> None:
        self._organizations = tuple(organizations)
        self._countries = tuple(countries)
        place = dict(where or {})
        self._by_id: dict[str, Organization] = {}
        for entry in (*self._countries, *self._organizations):
            if entry.id in self._by_id:
                raise PatternFileError(f"{place.get(entry.id, '?')}: duplicate id {entry.id!r}")
            self._by_id[entry.id] = entry
        self._tables = (self._build(False, place), self._build(True, place))
        self._vocabulary = frozenset(
            word.lower()
            for entry in self._by_id.values()
            for alias in entry.aliases
            for word in _key(alias, fold=True)
        )
        self._patterns_json: str | None = None
        self._lookup = lru_cache(maxsize=16384)(self._lookup_uncached)

    # ---------------------------------------------------------------- pickling (the cache)
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        del state["_lookup"]  # a cache of this process, rebuilt empty
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lookup = lru_cache(maxsize=16384)(self._lookup_uncached)

    # ---------------------------------------------------------------- construction
    @classmethod
    def load(
        cls, agencies_file: Source = "agencies.jsonl", countries_file: Source = "countries.jsonl"
    ) -> Gazetteer:
        """Load and validate the gazetteer.

        Args:
            agencies_file: A file name in `patterns/`, a path to a JSONL file, or a list of rows.
            countries_file: The same for the countries.

        Returns:
            The gazetteer; loads of files in `patterns/` are cached, so repeating them is cheap.

        Raises:
            PatternFileError: naming the file and line of a bad entry.
        """
        if isinstance(agencies_file, str) and isinstance(countries_file, str):
            names = (agencies_file, countries_file)
            if not any(sep in name for name in names for sep in ("/", os.sep)):
                return _load_named(*names)
        return cls._load(agencies_file, countries_file)

    @classmethod
    def from_rows(cls, agency_rows: Rows, country_rows: Rows) -> Gazetteer:
        """Build a gazetteer from rows (dicts with the five keys), validating them."""
        return cls._load(agency_rows, country_rows)

    @classmethod
    def _load(cls, agencies_file: Source, countries_file: Source) -> Gazetteer:
        return cls._from_rows(
            _read_source(agencies_file, "agency"), _read_source(countries_file, "country")
        )

    @classmethod
    def _from_rows(
        cls,
        agency_source: tuple[list[dict[str, Any]], str],
        country_source: tuple[list[dict[str, Any]], str],
    ) -> Gazetteer:
        (agency_rows, agency_label), (country_rows, country_label) = agency_source, country_source
        agencies = _parse_rows(agency_rows, agency_label, "agencies")
        countries = _parse_rows(country_rows, country_label, "countries")
        where = {entry.id: place for entry, place in (*countries, *agencies)}
        return cls([e for e, _ in agencies], [e for e, _ in countries], where=where)

    def _build(self, fold: bool, place: Mapping[str, str]) -> _Tables:
        tables = _Tables(fold)
        first_alias: dict[Any, str] = {}

        def claim(
            table: dict[Any, Organization | None], key: Any, entry: Organization, alias: str
        ) -> None:
            old = _add(table, key, entry)
            first_alias.setdefault((id(table), key), alias)
            if old is None:
                return
            if fold:
                # Aliases of two entries that differ only in case ("US" and "us") stay apart in
                # ordinary text; only in all-caps text, where case is lost, are they ambiguous.
                table[key] = None
                return
            earlier = f"{first_alias[(id(table), key)]!r} of {old.id!r} ({place.get(old.id, '?')})"
            if table is tables.qualified:
                problem = f"names in {key[0]} the same body as alias {earlier}"
            else:
                problem = f"repeats alias {earlier}"
            raise PatternFileError(
                f"{place.get(entry.id, '?')}: alias {alias!r} of {entry.id!r} {problem}"
            )

        def folded_acronym(alias: str, key: Key) -> bool:
            # In capitals "BoC" reads "BOC", which is another acronym (Bank of China): one-word
            # acronyms and mixed-case names have no all-caps form besides the ones listed.
            return fold and len(key) == 1 and _key(alias) != key

        for row in self._countries:
            for alias in row.aliases:
                key = tables.key(alias)
                if folded_acronym(alias, key):
                    continue
                claim(tables.bare, key, row, alias)
                tables.countries.setdefault(key, row)
                if row.country is not None:
                    tables.prefixes.setdefault(key, row)
                    tables.max_prefix = max(tables.max_prefix, len(key))
        for org in self._organizations:
            for alias in org.aliases:
                key = tables.key(alias)
                if folded_acronym(alias, key):
                    continue
                claim(tables.bare, key, org, alias)
                tables.fuzzy_bare.setdefault(len(key), []).append((key, org))
                if org.country is None:
                    continue
                split = tables.split_qualifier(key)
                if split is None or split[0] is None:
                    rest = key
                elif split[0].country == org.country:
                    rest = split[1]
                else:
                    continue  # the alias starts with another country's name: no qualified form
                claim(tables.qualified, (org.country, rest), org, alias)
                pool = tables.fuzzy_qualified.setdefault((org.country, len(rest)), [])
                pool.append((rest, org))
        return tables

    # ---------------------------------------------------------------- access
    @property
    def organizations(self) -> tuple[Organization, ...]:
        """All organizations, in file order."""
        return self._organizations

    @property
    def countries(self) -> tuple[Organization, ...]:
        """All countries, areas and regions, in file order."""
        return self._countries

    def by_id(self, id: str) -> Organization:
        """Return the organization or country with this id.

        Raises:
            KeyError: for an unknown id.
        """
        try:
            return self._by_id[id]
        except KeyError:
            named = _NAMED.get(id)
            if named is not None:
                return named
            raise KeyError(f"no gazetteer entry with id {id!r}") from None

    def named(self, name: str) -> Organization | None:
        """The organization a name of an organization's shape refers to ("the National Retail
        Federation", "Society of Indian Automobile Manufacturers"): the gazetteer's entry if
        it knows the name, else an entry of kind `other` (`market` for an "... Exchange") made
        for it (and kept, by id, for `by_id`), whose canonical name is the name as written;
        None for a generic name."""
        found = self.lookup(name)
        if found is not None and found.kind not in COUNTRY_KINDS:
            return found
        words = {w.lower() for w in _raw_words(name)} - {"of", "for", "the", "and", "&"}
        if words <= GENERIC_NAME_WORDS | OWNER_NAME_WORDS | BODY_NAME_WORDS:
            return None  # "the Finance Ministry", "the Executive Board": whose, the text tells
        slug = re.sub(r"[^a-z0-9]+", "_", _fold_accents(name).lower()).strip("_")
        key = f"agency.named.{slug}"
        org = _NAMED.get(key)
        if org is None:
            # "the Indian Energy Exchange": an exchange, whose prices are named after it
            kind = "market" if _raw_words(name)[-1:] == ["Exchange"] else "other"
            org = _NAMED[key] = Organization(key, name, None, kind, (name,))
        return org

    def country_of(self, text: str) -> str | None:
        """Return the country code for a country alias ("Canada's" -> "CA", "euro zone" -> "EU").

        Returns None for text that is no country alias, and for regions ("Latin America").
        """
        for tables in self._flavours(text):
            row = tables.countries.get(tables.key(text))
            if row is not None:
                return row.country
        return None

    def lookup(self, name: str, country: str | None = None) -> Organization | None:
        """Find the organization that a free-text name credited in a sentence refers to.

        The name is normalized (see the module docstring); a leading qualifier such as
        "Japan's", "the Japanese government's" or "the government's" is tried with and
        without. An exact alias wins; otherwise a name of two or more words may differ from
        an alias by a typo of one or two letters, but never by a whole word.

        Args:
            name: The name as written, e.g. "the government's Management and Coordination Agency".
            country: The country code the surrounding text is about, if known. It resolves
                generic names that every country uses ("Ministry of Finance", "the finance
                ministry") to that country's body.

        Returns:
            The organization, or None when the name is unknown, generic without a country, or
            ambiguous.
        """
        return self._lookup(name, country)

    def span_patterns(self) -> list[dict[str, Any]]:
        """Return spaCy `SpanRuler` token patterns for every alias of every entry.

        Organizations give `{"label": "AGENCY", "pattern": [...], "id": org.id}`, countries,
        areas and regions `{"label": "COUNTRY", ...}`. Country names are proper nouns: their
        capitalized words match as written or in capitals ("Turkey", "TURKEY", not "turkey").

        Returns:
            A fresh list (safe to modify) of pattern dicts.
        """
        if self._patterns_json is None:
            self._patterns_json = _cached_patterns(
                (self._organizations, self._countries),
                lambda: json.dumps(self._build_patterns()),
            )
        # Decoding the cached JSON is the cheapest deep copy of ~1,600 small dicts.
        patterns: list[dict[str, Any]] = json.loads(self._patterns_json)
        return patterns

    # ---------------------------------------------------------------- lookup internals
    def _flavours(self, text: str) -> tuple[_Tables, ...]:
        # All-caps text ("BANK OF JAPAN") cannot tell acronyms from words: fall back to folding.
        return self._tables if text.isupper() else self._tables[:1]

    def _lookup_uncached(self, name: str, country: str | None) -> Organization | None:
        for tables in self._flavours(name):
            for pool_key, rest, same_country in self._candidates(tables, tables.key(name), country):
                org = self._exact(tables, pool_key, rest, same_country)
                if org is not None:
                    return org
        for tables in self._flavours(name):
            for pool_key, rest, same_country in self._candidates(tables, tables.key(name), country):
                org = self._fuzzy(tables, pool_key, rest, same_country)
                if org is not None:
                    return org
        return None

    @staticmethod
    def _candidates(
        tables: _Tables, key: Key, country: str | None
    ) -> list[tuple[str | None, Key, str | None]]:
        """The places to look a key up, best first: (qualified country or None for the bare
        aliases, key, country the result must belong to or None)."""
        if not key:
            return []
        found: list[tuple[str | None, Key, str | None]] = []
        if country:
            found.append((country, key, None))
        found.append((None, key, None))
        split = tables.split_qualifier(key)
        if split is not None:
            row, rest = split
            named = row.country if row is not None else None
            if named or country:
                found.append((named or country, rest, None))
            # "Japan's X" may only be a Japanese X; "the government's X" any X.
            found.append((None, rest, named))
        return found

    @staticmethod
    def _exact(
        tables: _Tables, pool: str | None, key: Key, same_country: str | None
    ) -> Organization | None:
        org = tables.bare.get(key) if pool is None else tables.qualified.get((pool, key))
        if org is None or org.kind in COUNTRY_KINDS:
            return None
        if same_country is not None and org.country != same_country:
            return None
        return org

    def _fuzzy(
        self, tables: _Tables, pool: str | None, key: Key, same_country: str | None
    ) -> Organization | None:
        if sum(w != _POSSESSIVE for w in key) < 2:
            return None  # one word is too little evidence for a guess
        pool_entries = (
            tables.fuzzy_bare.get(len(key), [])
            if pool is None
            else tables.fuzzy_qualified.get((pool, len(key)), [])
        )
        best: dict[str, tuple[int, Organization]] = {}
        for alias_key, org in pool_entries:
            if same_country is not None and org.country != same_country:
                continue
            edits = self._edits(key, alias_key)
            if edits is not None and edits < best.get(org.id, (_MAX_EDITS + 1, org))[0]:
                best[org.id] = (edits, org)
        if not best:
            return None
        least = min(edits for edits, _ in best.values())
        winners = [org for edits, org in best.values() if edits == least]
        return winners[0] if len(winners) == 1 else None

    def _edits(self, key: Key, alias_key: Key) -> int | None:
        """Letter edits between two keys of equal length, or None if a word differs outright."""
        total = 0
        for word, alias_word in zip(key, alias_key, strict=True):
            if word == alias_word:
                continue
            edits = self._word_edits(word, alias_word)
            if edits is None:
                return None
            total += edits
            if total > _MAX_EDITS:
                return None
        return total

    def _word_edits(self, word: str, alias_word: str) -> int | None:
        # Short words and acronyms carry meaning in every letter ("of"/"for", "NBS"/"NBC"); a
        # word the gazetteer knows is a different word, not a typo ("Finance" vs "Commerce").
        if min(len(word), len(alias_word)) < 4 or _is_cased(word) or _is_cased(alias_word):
            return None
        if word.lower() in self._vocabulary or word[0] != alias_word[0]:
            return None
        limit = 1 if max(len(word), len(alias_word)) < 8 else 2
        if abs(len(word) - len(alias_word)) > limit:
            return None
        edits = _osa_distance(word, alias_word)
        return edits if edits <= limit else None

    # ---------------------------------------------------------------- pattern internals
    def _build_patterns(self) -> list[dict[str, Any]]:
        tokenize = _tokenizer()
        tokens_of: dict[str, list[str]] = {}

        def tokens(alias: str) -> list[str]:
            if alias not in tokens_of:
                toks = [t.text for t in tokenize(alias)]
                while toks and toks[-1].translate(_APOSTROPHES) in (_POSSESSIVE, "'"):
                    toks.pop()  # "Canada's": the base pattern matches inside the possessive
                tokens_of[alias] = toks
            return tokens_of[alias]

        # Qualifier forms of each country, as token lists: "Japan", "Japanese", "U.S." ...
        qualifier_forms: dict[str, list[list[str]]] = {}
        prefixes: dict[Key, str] = {}
        for row in self._countries:
            if row.country is None:
                continue
            forms = qualifier_forms.setdefault(row.id, [])
            for alias in row.aliases:
                toks = tokens(alias)
                if toks not in forms:
                    forms.append(toks)
                prefixes.setdefault(_key(alias), row.id)
        longest = max(
            (len(toks) for forms in qualifier_forms.values() for toks in forms), default=0
        )
        qualifier_heads = {
            row_id: _merge_single_tokens([self._token_specs(f, country_style=True) for f in forms])
            for row_id, forms in qualifier_forms.items()
        }

        patterns: list[dict[str, Any]] = []
        seen: set[str] = set()

        def emit(label: str, entry: Organization, spec: list[dict[str, Any]]) -> None:
            pattern = {"label": label, "pattern": spec, "id": entry.id}
            fingerprint = json.dumps(pattern, sort_keys=True)
            if fingerprint not in seen:
                seen.add(fingerprint)
                patterns.append(pattern)

        for row in self._countries:
            for alias in row.aliases:
                emit("COUNTRY", row, self._token_specs(tokens(alias), country_style=True))
        for org in self._organizations:
            for alias in org.aliases:
                toks = tokens(alias)
                qualifier = self._qualifier_split(org, toks, prefixes, longest)
                if qualifier is None:
                    emit("AGENCY", org, self._token_specs(toks, country_style=False))
                    continue
                row_id, rest = qualifier
                rest_specs = self._token_specs(rest, country_style=False)
                possessive = {"LOWER": {"IN": [_POSSESSIVE, "\u2019s"]}, "OP": "?"}
                for head in qualifier_heads[row_id]:
                    emit("AGENCY", org, [*head, possessive, *rest_specs])
        return patterns

    @staticmethod
    def _qualifier_split(
        org: Organization, toks: list[str], prefixes: Mapping[Key, str], longest: int
    ) -> tuple[str, list[str]] | None:
        """If an alias starts with a name of its own country, return that country's row id and
        the tokens after the name (and its "'s")."""
        if org.country is None:
            return None
        for n in range(min(longest, len(toks) - 1), 0, -1):
            # Compare in key form, so that "U.S." equals "US" and case does not matter.
            row_id = prefixes.get(
                _key_words([w for t in toks[:n] for w in _raw_words(t)], fold=False)
            )
            if row_id is None:
                continue
            rest = toks[n:]
            if rest and rest[0].translate(_APOSTROPHES) == _POSSESSIVE:
                rest = rest[1:]
            return (row_id, rest) if rest else None
        return None

    @staticmethod
    def _token_specs(toks: Sequence[str], *, country_style: bool) -> list[dict[str, Any]]:
        """Token patterns for an alias's tokens (see the module docstring for the rules)."""
        words = [t for t in toks if any(c.isalnum() for c in t)]
        short_name = len(words) == 1 and len(words[0]) <= 4 and words[0][:1].isupper()
        specs: list[dict[str, Any]] = []
        for tok in toks:
            norm = tok.translate(_APOSTROPHES)
            if norm == _POSSESSIVE:
                specs.append({"LOWER": {"IN": [_POSSESSIVE, "\u2019s"]}})
            elif tok in _DASH_TOKENS or _DASHES.fullmatch(tok):
                specs.append({"ORTH": {"IN": list(_DASH_TOKENS)}, "OP": "?"})
            elif tok in (",", "(", ")"):
                specs.append({"ORTH": tok, "OP": "?"})
            elif tok.lower() in ("&", "and"):
                specs.append({"LOWER": {"IN": ["and", "&"]}})
            elif _DOTTED.match(tok) or (short_name and tok in words) or _is_cased(tok):
                specs.append({"ORTH": _one_or_in(_acronym_forms(tok))})
            elif country_style and tok[:1].isupper():
                specs.append({"ORTH": _one_or_in(_with_ascii([tok, tok.upper()]))})
            else:
                low = tok.lower()
                specs.append(
                    {"LOWER": _one_or_in(_with_ascii(list(_SPELLING_VARIANTS.get(low, (low,)))))}
                )
        return specs


def _merge_single_tokens(specs: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Merge one-token patterns on the same attribute into one ("Japan" | "Japanese"), so a
    country-qualified alias needs a few patterns, not one per way of writing the country."""
    merged: dict[str, dict[str, None]] = {}  # attribute -> values, in order without repeats
    rest: list[list[dict[str, Any]]] = []
    for spec in specs:
        if len(spec) == 1 and len(spec[0]) == 1:
            ((attr, value),) = spec[0].items()
            values = value["IN"] if isinstance(value, dict) else [value]
            merged.setdefault(attr, {}).update(dict.fromkeys(values))
        else:
            rest.append(spec)
    return [[{attr: _one_or_in(list(values))}] for attr, values in merged.items()] + rest


def _acronym_forms(tok: str) -> list[str]:
    """Spellings of an acronym token: "US" and "U.S." match each other, like other short
    acronyms and their dotted forms."""
    letters = tok.replace(".", "")
    if _DOTTED.match(tok) or (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 3):
        dotted = ".".join(letters) + "."
        return sorted({tok, letters, dotted, dotted[:-1]})
    return [tok]


def _with_ascii(forms: list[str]) -> list[str]:
    """Add accent-free spellings ("Türkiye" -> "Turkiye"), keeping order and dropping repeats."""
    return list(dict.fromkeys([*forms, *(_fold_accents(f) for f in forms)]))


def _one_or_in(forms: list[str]) -> str | dict[str, list[str]]:
    return forms[0] if len(forms) == 1 else {"IN": forms}


def _cached_patterns(entries: object, build: Callable[[], str]) -> str:
    """The span patterns (JSON) of a gazetteer's `entries`, from a file cache when it has them.

    Building them tokenizes every alias with a blank English pipeline: a third of the
    pipeline's start-up. The cache file is named for what they depend on (the entries, this
    module's code and spaCy's version); a cache that cannot be read or written is skipped.
    """
    digest = hashlib.sha256(
        repr(entries).encode() + Path(__file__).read_bytes() + spacy.about.__version__.encode()
    ).hexdigest()[:24]
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bulletin_extract"
    path = root / f"agency-patterns-{digest}.json"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    text = build()
    try:
        root.mkdir(parents=True, exist_ok=True)
        for old in root.glob("agency-patterns-*.json"):  # those of other gazetteers or code
            old.unlink(missing_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
    return text


@cache
def _load_named(agencies_file: str, countries_file: str) -> Gazetteer:
    """The gazetteer of two files in `patterns/`, with its span patterns, from the start-up
    cache when it holds them (`resources.cached`): reading and checking ~6,500 aliases is a
    fifth of the pipeline's start-up, unpickling the result a hundredth.

    The cache key is the content of both files and the code the gazetteer and its patterns
    are made with (this module, the tokenizer rules, the rule-file reader; spaCy's version).
    """
    from . import resources, tokenizer

    agency_data = rule_file_bytes(agencies_file)
    country_data = rule_file_bytes(countries_file)

    def build() -> Gazetteer:
        gazetteer = Gazetteer._from_rows(
            (read_jsonl(agencies_file, agency_data), f"patterns/{agencies_file}"),
            (read_jsonl(countries_file, country_data), f"patterns/{countries_file}"),
        )
        gazetteer.span_patterns()  # made now, so that they are cached with it
        return gazetteer

    return cached(
        "gazetteer",
        (
            agencies_file,
            agency_data,
            countries_file,
            country_data,
            module_source(__file__),
            module_source(tokenizer.__file__),
            module_source(resources.__file__),
        ),
        build,
        valid=lambda value: isinstance(value, Gazetteer) and value._patterns_json is not None,
    )


def default_gazetteer() -> Gazetteer:
    """Return the gazetteer of the shipped `patterns/agencies.jsonl` and `countries.jsonl`
    (loaded once, then cached)."""
    return Gazetteer.load()
