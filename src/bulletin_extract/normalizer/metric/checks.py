"""Checks on a metric phrase once found: clause tails, generic words, breakdowns."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import clean_metric
from ..vocabulary import FORECASTERS, SHARED_HEADS
from .words import (
    BREAKDOWN_PREPOSITIONS,
    CLAUSE_WORDS,
    GENERIC_MODIFIERS,
    GENERIC_WORDS,
    LEAD_WORDS,
    NOT_ADVERBS,
    NOT_PLACES,
    TAIL_VERBS,
    TAIL_WORDS,
)

NOT_SUBJECTS = frozenset(("there", "it", "they", "he", "she", "we", "which"))
_OPENING_FRAME = re.compile(
    r"^(?:among|of|in|for|like)?\s*(?:them|these|those|which|this|it)\s*,\s*", re.IGNORECASE
)
_OPENING_PARTICIPLE = re.compile(r"^\w+(?:ing|ed)\b[^,]{0,40},\s*", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.&/-]+")


def _bare(word: str) -> str:
    return word.lower().strip(",;:()\"'“”’")


# Prepositions after a word that is a verb or a plural noun ("stays", "increases") that make
# it the noun: "Overnight stays in Portuguese establishments", "Price increases for food".
_NOUN_AFTER = frozenset("in of at for on from by among".split())


@lru_cache(maxsize=1 << 14)  # a pure function of the phrase, asked for often
def trim_clause(metric: str | None) -> str | None:
    """Cut a phrase where a clause starts: "sales continued" -> "sales".

    A subject found by word order can run into the verb of its clause, or open with a
    participial phrase ("Excluding autos, sales"); what remains is the noun phrase.
    """
    if not metric:
        return None
    metric = _OPENING_FRAME.sub("", metric)
    metric = re.sub(r"^['’]?s\s+", "", metric)  # "'s survey balance" after an organization
    metric = _OPENING_PARTICIPLE.sub("", strip_lead(metric) or "")
    words = metric.split()
    while len(words) > 1 and is_adverb(words[0]):
        words.pop(0)  # "notably imports of cars"
    while len(words) > 1 and is_adverb(words[-1]):
        words.pop()  # "services prices primarily drove"
    metric = " ".join(words)
    if not words or _bare(words[0]) in CLAUSE_WORDS or _bare(words[0]) in NOT_SUBJECTS:
        return None
    for k, word in enumerate(words[1:], 1):
        if _bare(word) in CLAUSE_WORDS or _bare(word) in TAIL_VERBS:
            plural = len(word) > 4 and word.endswith("s")  # not "is", "was", "has"
            if plural and k + 1 < len(words) and words[k + 1] in _NOUN_AFTER:
                continue  # "Overnight stays in Portuguese establishments": a plural noun
            return clean_metric(" ".join(words[:k]))
    return clean_metric(metric)


@lru_cache(maxsize=1 << 14)  # a pure function of the phrase, asked for often
def is_generic(metric: str | None) -> bool:
    """Whether a phrase is only generic words ("the previous estimate", "both figures")."""
    if not metric:
        return True
    words = [_bare(w) for w in _WORD.findall(metric)]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w]
    return all(
        w in GENERIC_WORDS or w in GENERIC_MODIFIERS or w in FORECASTERS or w.isdigit()
        for w in words
    )


def split_breakdown(metric: str) -> tuple[str, str, str] | None:
    """ "exports to Germany" -> ("exports", "to", "Germany"); None without a breakdown.

    The breakdown is the last prepositional phrase whose name is capitalized (a place, a
    country, a group of countries) and short.
    """
    words = metric.split()
    for k in range(len(words) - 2, 0, -1):
        prep = words[k].lower()
        if prep not in BREAKDOWN_PREPOSITIONS:
            continue
        place = words[k + 1 :]
        first = place[0].lower()
        if len(place) > 4 or first in NOT_PLACES:
            return None
        if first == "the" and len(place) > 1:
            first = place[1].lower()
        if not (place[0][:1].isupper() or place[-1][:1].isupper() or "-" in place[0]):
            return None
        return " ".join(words[:k]), prep, " ".join(place)
    return None


def is_breakdown_name(phrase: str) -> bool:
    """Whether a short phrase names a place or group only ("Wales", "the South East")."""
    words = [w for w in phrase.split() if w.lower() not in ("the",)]
    if not words or len(words) > 4:
        return False
    return all(w[:1].isupper() or w.lower() in ("and", "of", "&") for w in words)


def with_breakdown(indicator: str, prep: str, place: str) -> str:
    """The indicator with its own breakdown replaced by another: ("exports to X", "to", "Y")."""
    found = split_breakdown(indicator)
    head = found[0] if found else indicator
    if not found and f" {prep} " in indicator:
        head, _, items = indicator.partition(f" {prep} ")
        if "," not in items:  # not a list of items: "indices of A, of B and of C"
            head = indicator.rsplit(f" {prep} ", 1)[0]  # "inflation in rural areas"
    return f"{head} {prep} {place}"


def item_of(indicator: str, item: str, owner: bool = False) -> str:
    """ "average price of rice" and "cotton": "average price of cotton"; "cement production"
    and "steel": "steel production".

    In "The price of rice fell 27 pct, cotton 22 pct", a bare noun after the first figure
    of a sentence names another item of the same indicator; with `owner` (the item holds the
    share its clause gives, with no whole of its own), after one item's share of a whole ("Cars
    share of exports"), another item's share of it ("trucks share of exports").
    """
    words = item.split()
    held, share, whole = indicator.partition(" share of ")
    if owner and share and held and len(words) <= 3 and not is_generic(item):
        return f"{item} share of {whole}"  # "Cars made up 40% of exports, trucks 12%"
    if len(words) > 2 or not item.islower() or is_generic(item) or item in indicator:
        return item
    named = indicator.split()
    if (
        len(named) == 2
        and named[1].lower() in SHARED_HEADS
        and len(words) == 1
        and item not in SHARED_HEADS
        and not item.lower().endswith(named[1].lower())  # "re-exports", not "re-exports exports"
    ):
        return f"{item} {named[1]}"  # "cement production rose 7.9%, steel 10.4%"
    head, of, tail = indicator.rpartition(" of ")
    if not of or len(tail.split()) > 2 or not tail.islower() or len(head.split()) > 5:
        return item
    if head.split()[-1].lower() == "number" and not item.endswith("s"):
        return item  # "The number of jobless rose ..., while employment fell": no count of it
    return f"{head} of {item}"


@lru_cache(maxsize=1 << 14)  # a pure function of the phrase, asked for often
def strip_tail(metric: str | None) -> str | None:
    """Drop function words left at the end: "trade deficit with Japan for all of"."""
    if not metric:
        return None
    words = metric.split()
    while len(words) > 1 and (words[-1].lower() in TAIL_WORDS or is_adverb(words[-1])):
        words.pop()
    return clean_metric(" ".join(words))


def is_adverb(word: str) -> bool:
    """ "primarily", "slightly"; not "monthly", "supply" or "Italy", which are names, nor a
    compound ("multi-family", "two-family")."""
    w = word.lower()
    return (
        word.islower()
        and "-" not in w
        and w.endswith("ly")
        and len(w) > 5
        and not w.endswith(("pply", "mbly", "oly"))
        and w not in NOT_ADVERBS
    )


# A comparison set off before the subject: "Year-on-year, GDP jumped", "Year over year, sales".
_SET_OFF_BASIS = re.compile(
    r"^(?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week),$"
)


@lru_cache(maxsize=1 << 14)  # a pure function of the phrase, asked for often
def strip_lead(metric: str | None) -> str | None:
    """Drop conjunctions that open a clause, and an adverb or a comparison set off before the
    subject: "though it" -> "it", "Sequentially, traffic" -> "traffic", "Year-on-year, GDP" ->
    "GDP"."""
    if not metric:
        return None
    words = metric.split()
    while len(words) > 1 and (
        words[0].lower() in LEAD_WORDS or (words[0].endswith("ly,") and words[0][:-1].isalpha())
    ):
        words.pop(0)
    for n in (1, 3):
        if len(words) > n and _SET_OFF_BASIS.match(" ".join(words[:n]).lower()):
            words = words[n:]
            break
    return " ".join(words)
