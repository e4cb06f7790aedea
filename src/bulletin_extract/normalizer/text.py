"""Helpers on text and dates: sentences, datelines, publication dates, metric phrases."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations
from typing import Any

from spacy.tokens import Doc, Span

from ..components import AGENCIES, PERIODS
from ..period_calendar import _is_month_end  # the calendar's month arithmetic
from .structures import Mention, Sentence
from .tokens import TokenArrays, TokenCache
from .vocabulary import (
    ABBREVIATIONS,
    AGENCY_TOKENS,
    DATELINE,
    LEADING_NOISE,
    LIST_SPLIT,
    NAME_CONNECTORS,
    PERIODS_TOKENS,
    TRAILING_NOISE,
    WEEKDAYS,
)


def index_cues(
    doc: Doc,
    cues: dict[str, list[Span]],
    periods: list[Span] | None = None,
    agencies: list[Span] | None = None,
    markets: frozenset[str] = frozenset(),
) -> dict[tuple[str, int], Span]:
    """(spans key, token index) -> the span covering that token, for the cue families and
    the period and agency pseudo keys; `periods` and `agencies` are the doc's spans when
    already listed (all of them, as in `doc.spans`); `markets` are the gazetteer ids of
    exchanges, which name the thing traded where they stand as its place."""
    index: dict[tuple[str, int], Span] = {}
    for key, spans in cues.items():
        for s in spans:
            for t in range(s.start, s.end):
                index[(key, t)] = s
    if periods is None:
        periods = list(doc.spans.get(PERIODS, []))
    if agencies is None:
        agencies = list(doc.spans.get(AGENCIES, []))
    for s in periods:
        for t in range(s.start, s.end):
            index[(PERIODS_TOKENS, t)] = s
    for s in agencies:
        if s.label_ != "AGENCY" or (s.id_ in markets and _trading_place(doc, s)):
            continue
        for t in range(s.start, s.end):
            index[(AGENCY_TOKENS, t)] = s
    return index


def _trading_place(doc: Doc, span: Span) -> bool:
    """An exchange named as where a thing trades is part of the thing's name, not a credit:
    "copper on the London Metal Exchange", "futures on ICE"."""
    k = span.start - 1
    if k >= 0 and doc[k].text == "/":
        return True  # "the S&P/ASX 200 index"
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.like_num or (nxt.is_lower and nxt.lower_ not in _CREDIT_NOUNS)):
        return True  # "LME copper", "ASX 200": the exchange names the thing traded
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ == "on"


#: Words after an exchange's name that make it the source of figures: "LME data showed".
_CREDIT_NOUNS = frozenset(
    "data figures statistics report said says showed shows reported estimates".split()
)


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


_ENDS = frozenset((".", "!", "?", "..."))
_OPENERS = ('"', "“", "'", "(")


def split_sentences(doc: Doc | TokenCache, arrays: TokenArrays | None = None) -> list[Sentence]:
    """Split a doc into sentences that never cross a line break.

    Uses the doc's own sentence boundaries when a trained pipeline set them, else
    a rule: a sentence ends at `.`, `!` or `?` before a capital, digit or quote,
    except after common abbreviations. `arrays` are the doc's token arrays, when made.
    """
    tokens = doc if isinstance(doc, TokenCache) else TokenCache(doc)
    arrays = arrays if arrays is not None else TokenArrays(tokens)
    texts, is_space = arrays.text, arrays.is_space
    n = len(texts)
    has_sents = tokens.has_annotation("SENT_START")
    # Only line breaks and possible sentence ends can close a sentence: visit those alone.
    if has_sents:
        sent_start = arrays.sent_start
        events = sorted(
            {i for i, t in enumerate(texts) if "\n" in t and is_space[i]}
            | {i - 1 for i in range(1, n) if sent_start[i] > 0}
        )
    else:
        events = [i for i, t in enumerate(texts) if t in _ENDS or ("\n" in t and is_space[i])]
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for i in events:
        text = texts[i]
        if is_space[i] and "\n" in text:
            if start < i:
                sentences.append(Sentence(start, i, paragraph))
            paragraph += text.count("\n")
            start = i + 1
            continue
        if has_sents:
            boundary = True  # events are the tokens before a sentence start
        else:
            boundary = False
            if (
                i + 1 < n
                and not is_space[i + 1]
                and (
                    texts[i + 1][:1].isupper()  # also "BlackRock", "McDonald's"
                    or texts[i + 1][:1].isdigit()
                    or texts[i + 1] in _OPENERS
                )
            ):
                prev = tokens[i - 1] if i > 0 else None
                boundary = not (
                    prev is not None
                    and (prev.lower_ + ".") in ABBREVIATIONS
                    and not prev.whitespace_
                )
        if boundary:
            sentences.append(Sentence(start, i + 1, paragraph))
            start = i + 1
            while start < n and is_space[start] and "\n" not in texts[start]:
                start += 1
    if start < n:
        sentences.append(Sentence(start, n, paragraph))
    return [s for s in sentences if s.end > s.start]


def dateline_tokens(
    doc: Doc | TokenCache, sentences: list[Sentence], arrays: TokenArrays | None = None
) -> set[int]:
    """Token starts of periods inside a wire dateline ("TOKYO, Feb 27 -")."""
    tokens = doc if isinstance(doc, TokenCache) else TokenCache(doc)
    arrays = arrays if arrays is not None else TokenArrays(tokens)
    texts = arrays.text
    out: set[int] = set()
    seen: set[int] = set()
    for s in sentences:
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        end = min(s.end, s.start + 12)
        if not any(t in (",", "(", "--", "-") for t in texts[s.start : end]):
            continue  # a dateline has a comma, a bracketed source or a dash in its head
        match = DATELINE.match(arrays.span_text(s.start, end))
        if match:
            limit = tokens[s.start].idx + match.end()
            out.update(t for t in range(s.start, s.end) if tokens[t].idx < limit)
    return out


def compare_periods(
    point: tuple[date, date], current: tuple[date, date], quarters: bool = True
) -> str | None:
    """The basis of a change from `point` to `current`, or None when not consecutive.

    Consecutive three-month spans count as quarter on quarter only when the text names
    quarters (`quarters`); "the three months to June compared with the three months to
    March" is period on period.
    """
    (ps, pe), (cs, ce) = point, current
    length = (ce - cs).days
    if (ps, pe) == (cs, ce):
        return None
    if (
        shift_year(cs, -1) == ps
        and shift_year(ce + timedelta(days=1), -1) - timedelta(days=1) == pe
    ):
        return "year_on_year"
    if ps == cs and pe < ce and _is_month_end(pe) and _is_month_end(ce):
        # "From January to November ..., 0.2 points lower than that from January to October":
        # a running total against the shorter one of the period before
        return "period_on_period"
    if pe + timedelta(days=1) == cs and abs((pe - ps).days - length) <= 3:
        if length <= 31:
            # a month on the month before; a week or a day on the one before is a period
            return "month_on_month" if length >= 27 else "period_on_period"
        if quarters and 88 <= length <= 92 and cs.day == 1 and cs.month in (1, 4, 7, 10):
            return "quarter_on_quarter"
        return "period_on_period"
    return None


#: Kinds of organization whose country is the country of the figures they publish.
OFFICIAL_KINDS = frozenset(("statistics_office", "central_bank", "ministry"))


# Measures one country sets on another's goods: "US tariffs", "EU sanctions".
_IMPOSED = frozenset("tariff tariffs sanctions duty duties embargo levies".split())
# Words before a country that make it a trading partner: "exports to the US".
_PARTNER_WORDS = frozenset("to from with".split())


def main_countries(spans: list[Span], gazetteer: Any) -> list[str]:
    """The countries a text is mostly about: those named most often (several when tied),
    counting the countries of its official bodies but not of news wires, banks or data firms
    ("a Reuters poll" says nothing of whose figures these are), nor a country named for the
    tariffs or sanctions it sets ("as US tariffs bite") or as a trading partner ("shipments
    to the US"); a country that owns a figure ("India's trade deficit") counts twice."""
    counts: dict[str, int] = {}
    for span in spans:
        entry = gazetteer.by_id(span.id_)
        if span.label_ == "AGENCY" and entry.kind not in OFFICIAL_KINDS:
            continue
        if span.end < len(span.doc) and span.doc[span.end].lower_ in _IMPOSED:
            continue  # "as US tariffs bite": the country that set them, not whose figures
        before = span.start - (
            2 if span.start > 1 and span.doc[span.start - 1].lower_ == "the" else 1
        )
        if span.label_ != "AGENCY" and before >= 0 and span.doc[before].lower_ in _PARTNER_WORDS:
            continue  # "shipments to the US", "imports from China": a partner's name
        code = entry.country
        if code:
            # "India's merchandise trade deficit": a country owning a figure counts twice
            owner = span.end < len(span.doc) and span.doc[span.end].lower_ in ("'s", "’s")
            counts[code] = counts.get(code, 0) + (2 if owner and span.label_ != "AGENCY" else 1)
    most = max(counts.values(), default=0)
    return [code for code, count in counts.items() if count == most]


def month_of(day: date | None) -> tuple[date, date] | None:
    """The calendar month holding `day`, as a (first, last) pair."""
    if day is None:
        return None
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


def shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def scale_of(m: Mention) -> float:
    text = m.span.text.lower()
    for word, scale in (
        ("trillion", 1e12),
        ("billion", 1e9),
        ("bn", 1e9),
        ("million", 1e6),
        ("mln", 1e6),
        ("thousand", 1e3),
    ):
        if word in text:
            return scale
    return 1.0


def split_list(text: str) -> list[str]:
    """Split "A, B, and C" into its items."""
    return [p.strip() for p in LIST_SPLIT.split(text) if p and p.strip()]


_LIST_SEPARATOR = re.compile(r"(,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+)")


def group_list(text: str, count: int) -> list[str] | None:
    """Split a list into `count` items where its items hold lists of their own: "services and
    agriculture, forestry and fisheries" in two is "services" and "agriculture, forestry and
    fisheries"; "labour, goods and services, and capital" in three keeps "goods and services".
    The items are parted by commas and a last "and" (or "or"); an item's own commas come
    before its own "and", and a comma before "and" ends a list of three or more. Of the ways
    that fit, the one whose longest item holds the fewest separators, the earliest on a tie;
    None when no way fits."""
    parts = _LIST_SEPARATOR.split(text)
    atoms = [p.strip() for p in parts[0::2]]
    seps = ["oxford" if "," in p and p.strip(" ,") else "comma" if "," in p else "and"
            for p in parts[1::2]]
    if count < 2 or len(seps) < count - 1 or not all(atoms):
        return None

    def fits(inner: list[str]) -> bool:
        for j, sep in enumerate(inner):
            if sep == "comma" and "and" not in inner[j + 1 :] and "oxford" not in inner[j + 1 :]:
                return False  # "agriculture, forestry": a list with no "and" to close it
            if sep == "oxford" and "comma" not in inner[:j]:
                return False  # "services, and capital": a comma before "and" ends 3 or more
        return True

    best: tuple[int, list[str]] | None = None
    for cuts in combinations(range(len(seps)), count - 1):
        if any(seps[c] != "comma" for c in cuts[:-1]) or seps[cuts[-1]] == "comma":
            continue
        bounds = [-1, *cuts, len(seps)]
        inner = [seps[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]
        if not all(fits(group) for group in inner):
            continue
        cost = max(len(group) for group in inner)
        if best is None or cost < best[0]:
            items = []
            for a, b in zip(bounds, bounds[1:], strict=False):
                words = [atoms[a + 1]]
                for j in range(a + 1, b):
                    words.append(parts[2 * j + 1] + atoms[j + 1])
                items.append("".join(words).strip())
            best = (cost, items)
    return best[1] if best else None


def split_determined_list(text: str) -> list[str]:
    """Split "the A, the B of C, D and E, and the F" at its determiners only (or at a repeated
    "of": "the indices of A, B and C, of D, and of E"): items that are long coordinated
    phrases keep their own commas and "and"s."""
    parts = re.split(r",\s*(?:and\s+)?(?=(?:the|of)\s)|\s+and\s+(?=(?:the|of)\s)", text)
    return [p.strip() for p in parts if p and p.strip()]


#: Prepositions that end the head a list's first item shares with the others: "exports to",
#: "sales of", "deficits with" ("the deficits with Japan and Taiwan"), "spending on".
LIST_HEAD_PREPOSITIONS = frozenset({"of", "to", "from", "in", "for", "with", "on"})


def list_head(first: str) -> str:
    """The shared head of a list's first item: "sales of" in "sales of mirrorless cameras",
    "exports to" in "exports to Japan", "sales of cars in" in "sales of cars in Beijing",
    "deficits with" in "deficits with Japan", "spending on" in "spending on food"."""
    cleaned = clean_metric(first) or ""
    words = cleaned.split()
    for j in range(len(words) - 1, 0, -1):
        if words[j].lower() == "to" and words[j - 1][:1].isdigit():
            continue  # "people aged 16 to 24": a band, not a head
        if words[j].lower() in LIST_HEAD_PREPOSITIONS:
            return " ".join(words[: j + 1])
    return ""


def list_tail(last: str) -> str:
    """A modifier after the last item that all items share ("traded in on ...")."""
    match = re.search(r"\b(traded|sold|made|produced|bought|imported|exported|in|on)\b.*$", last)
    if match and match.start() > 0:
        return last[match.start() :].strip()
    return ""


#: What is left of an owner named before a phrase: "'s (AWC) eastern market indicator".
_OWNERS_SHORT_NAME = re.compile(r"^\s*['’]s\s+\([A-Z][A-Za-z&]{1,8}\)\s+")


# A bound in brackets that defines what is measured: "Fast chargers (above 22 kW)".
_BRACKETED_BOUND = re.compile(
    r"\s*\((?:above|below|over|under|more than|less than|fewer than|up to)\s[^()]*\d[^()]*\)"
)
# A band that defines who pays a price, at the end of its name: "for consumers with an annual
# consumption between 2 500 and 5 000 kWh".
_BAND_AT_END = re.compile(r"\s+with\s[^,;()]*?\bbetween\s[\d\s,.]+\s(?:and|to)\s[\d\s,.]+\S*$")


@lru_cache(maxsize=1 << 14)
def clean_metric(text: str) -> str | None:
    """Drop leading articles and connectives, trailing auxiliaries and stray punctuation.

    A pure function of the text, asked for the same phrases many times: answers are cached.
    """
    text = _OWNERS_SHORT_NAME.sub("", re.sub(r"\s+", " ", text))
    text = _BAND_AT_END.sub("", _BRACKETED_BOUND.sub("", text))
    text = text.strip(" ,;:-–—(\"'“”")
    for _ in range(3):
        text = LEADING_NOISE.sub("", text).strip(" ,;:")
        text = TRAILING_NOISE.sub("", text).strip(" ,;:")
    text = text.strip(" ,;:-–—\"'“”")
    if text.count("(") > text.count(")"):
        text = text.replace("(", "").strip()
    return text or None


# Words between a credit cue and the name it credits: "according to the data released by".
_BEFORE_NAME = frozenset(
    {"the", "data", "figures", "statistics", "released", "published", "by", "from"}
)
# Nouns that say what an organization is, right before its name: "statistics agency DANE".
CREDIT_ROLE_NOUNS = frozenset(
    {"agency", "group", "firm", "provider", "body", "tracker", "consultancy", "office",
     "association", "company", "platform", "researcher", "institute"}
)  # fmt: skip


def _capital(doc: Doc | TokenCache, t: int) -> bool:
    """A word of a name: capitalized, capitals inside allowed ("LevelTen"), or "&"."""
    return bool(doc[t].text[:1].isupper() and (doc[t].is_alpha or doc[t].text == "&"))


def _listed_in_name(doc: Doc | TokenCache, comma: int, end: int) -> bool:
    """Whether a comma lists words inside a name: "the Federal Office of Industry, Trade and
    Labour said" (capitalized words up to an "and" and one more capitalized word)."""
    t = comma + 1
    while t < end and doc[t].text[:1].isupper() and doc[t].is_alpha:
        t += 1
    return t + 1 < end and t > comma + 1 and doc[t].lower_ == "and" and doc[t + 1].is_title


def strip_article(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE).strip()


def capitalized_name(
    doc: Doc | TokenCache, cue: Span, sent: Sentence, covered: set[int], min_words: int = 2
) -> tuple[int, int] | None:
    """The capitalized organization name next to a credit cue, as token bounds. After the cue
    a few small words that end in "from", "by" or "of" ("according to preliminary figures from
    Sensormatic Solutions") or in a role noun ("according to statistics agency X") are passed
    over; a name's word may have capitals inside ("LevelTen Energy")."""

    if cue.label_ == "CREDIT_BEFORE":
        t = cue.end
        while t < sent.end and doc[t].lower_ in _BEFORE_NAME:
            t += 1
        small = t
        while small < min(sent.end, t + 5) and doc[small].is_lower and doc[small].is_alpha:
            if doc[small].lower_ in ("from", "by", "of") or (
                doc[small].lower_ in CREDIT_ROLE_NOUNS
                and small + 1 < sent.end
                and _capital(doc, small + 1)
            ):
                t = small + 1
                while t < sent.end and doc[t].lower_ == "the":
                    t += 1
                break
            small += 1
        start = t
        while t < sent.end and (
            _capital(doc, t)
            or (
                doc[t].lower_ in NAME_CONNECTORS
                and t + 1 < sent.end
                and (_capital(doc, t + 1) or doc[t + 1].lower_ == "the")
            )
            or (doc[t].text == "," and t > start and _listed_in_name(doc, t, sent.end))
        ):
            t += 1
        end = t
    else:
        t = cue.start - 1
        if (
            t - 2 >= sent.start
            and doc[t].text == ")"
            and doc[t - 2].text == "("
            and doc[t - 1].text.isupper()
        ):
            t -= 3  # "the Federal Office of Industry, Trade and Labour (BIGA) said"
        end = t + 1
        while t >= sent.start and (
            _capital(doc, t)
            or doc[t].lower_ in NAME_CONNECTORS
            or (
                doc[t].text == ","
                and t > sent.start
                and _capital(doc, t - 1)
                and _listed_in_name(doc, t, end)
            )
        ):
            t -= 1
        start = t + 1
        while end > start and doc[end - 1].lower_ in WEEKDAYS | NAME_CONNECTORS | {"on"}:
            end -= 1  # "American Airlines on Thursday reported": no day ends a name
        for k in range(end - 1, start - 1, -1):
            if doc[k].lower_ in WEEKDAYS:  # days stand before a name, no part of it
                start = k + 1  # "On Thursday the Monetary Board cut": nor opens one
                break
        while start < end and doc[start].lower_ in NAME_CONNECTORS:
            start += 1
    if end - start < min_words or any(i in covered for i in range(start, end)):
        return None
    return start, end


def per_share_restatement(lower: Sequence[str], quantity: Span) -> bool:
    """Whether a quantity restates the figure before it per share: "$611 million, or 74 cents
    per share", "or $2.97 a share" (tokens in small letters)."""
    start, end = quantity.start, quantity.end
    return (
        start > 0
        and lower[start - 1] == "or"
        and end + 1 < len(lower)
        and lower[end] in ("a", "per")
        and lower[end + 1] in ("share", "diluted")
    )
