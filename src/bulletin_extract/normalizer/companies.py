"""Organizations the gazetteer does not know, recognized by the form of their name.

A company or another body credited for its own figures is named by capitalized words that end
in a legal or organizational suffix: "Nederlandse Verf Unie NV said its net profit rose 14 pct",
"according to Acme Holdings plc", "said Brightwater Group". Such a name is a credit only where
the wording makes it one: the subject of a credit verb ("said", "reported", "posted"), the name
after "according to", "data from" or an inverted verb ("said Acme Corp"), or the firm of an
economist or a poll. The name is kept as written, without a leading article.
"""

from __future__ import annotations

from bisect import bisect_left

from .context import Attacher, DocContext
from .credit_words import ANALYSTS, FORECASTER_NOUNS, INVERTED_VERBS, POLLED_VERBS
from .structures import Sentence
from .vocabulary import CREDITS, MONTH_WORDS, words

# The last word of an organization's name: legal forms and organizational nouns.
NAME_SUFFIXES = words(
    "nv n.v. inc inc. corp corp. co co. ltd ltd. plc ag sa s.a. spa s.p.a. gmbh group "
    "holdings holding bank corporation company limited llc lp bv b.v. ab asa oyj kk se bhd "
    "tbk pty industries enterprises partners institute association federation council "
    "airlines airways"
)
# Legal forms also written in small letters: "Tamsin Retail Group plc".
_SMALL_SUFFIXES = words("plc")
# Words that may join the words of a name: "Hongkong and Shanghai Banking Corp".
_CONNECTORS = words("and & of de van der von du la")
# Capitalized words that open a sentence or a clause but are no part of a name.
_LEADING = (
    words(
        "the a an in on at for but and also separately meanwhile however while after before "
        "shares profit sales analysts economists officials dutch british french german japanese "
        "american chinese italian spanish swiss swedish"
    )
    | MONTH_WORDS
)
# Verbs whose subject is credited for the figures it gives.
COMPANY_VERBS = words(
    "said says reported reports posted posts announced announces stated states noted notes "
    "added adds disclosed discloses"
)
# Words between a name and its verb: "Acme Corp <ACME.N> on Tuesday also said".
_BETWEEN = words("also today yesterday earlier separately previously on has had") | words(
    "monday tuesday wednesday thursday friday saturday sunday"
)
# Verbs after "said" that make what follows the firm's forecast: "said it expected profit to".
FORECAST_AFTER_SAID = words(
    "expected expects expect forecast forecasts sees saw predicted predicts projected projects "
    "anticipated anticipates estimated"
)
# "it said", "the company said": the organization credited last.
PRONOUN_SUBJECTS = words(
    "it company firm group concern carmaker automaker maker miner retailer insurer airline "
    "lender producer manufacturer operator developer chipmaker brewer parent giant chain"
)


def _is_suffix(word: str) -> bool:
    return word in NAME_SUFFIXES or (word.endswith(".") and word[:-1] in NAME_SUFFIXES)


# The words `_is_suffix` accepts, as one set.
_SUFFIX_FORMS = NAME_SUFFIXES | {f"{w}." for w in NAME_SUFFIXES}


class CompanyNames(Attacher):
    """Finds the organization names of a sentence by their form, and the role each plays."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self._suffixes: list[int] | None = None  # tokens that can end a name, found once

    def credits(self, sent: Sentence, covered: set[int]) -> list[tuple[int, int, str]]:
        """(start, end, role) of each name credited in a sentence; role is "source",
        "forecaster" or "speaker"."""
        found: list[tuple[int, int, str]] = []
        for start, end in self._names(sent, covered):
            role = self._role(sent, start, end)
            if role is not None:
                found.append((start, end, role))
        return found

    def name(self, start: int, end: int) -> str:
        """The name as written; a sentence's full stop that ends it is no part of it."""
        text = self.tokens.span_text(start, end).strip()
        last = self.tokens.lower[end - 1]
        if last.endswith(".") and last not in NAME_SUFFIXES and last.count(".") == 1:
            text = text[:-1]
        return text

    # ------------------------------------------------------------------ names
    def _names(self, sent: Sentence, covered: set[int]) -> list[tuple[int, int]]:
        if self._suffixes is None:
            self._suffixes = [t for t, w in enumerate(self.tokens.lower) if w in _SUFFIX_FORMS]
        at = bisect_left(self._suffixes, sent.start)
        if at == len(self._suffixes) or self._suffixes[at] >= sent.end:
            return []  # every name ends in a suffix (see `_trim`): none in this sentence
        out: list[tuple[int, int]] = []
        t = sent.start
        while t < sent.end:
            if not self._name_word(t) or t in covered:
                t += 1
                continue
            end = t
            while (
                end < sent.end
                and end not in covered
                and (
                    self._name_word(end)
                    or (
                        self.tokens.lower[end] in _CONNECTORS
                        and end + 1 < sent.end
                        and self._name_word(end + 1)
                    )
                )
            ):
                end += 1
            span = self._trim(t, end)
            if span is not None:
                out.append(span)
            t = end + 1
        return out

    def _trim(self, start: int, end: int) -> tuple[int, int] | None:
        """The name within a run of capitalized words: up to its last suffix, without the
        words that open a sentence ("The", "In March") or stand before "of" ("Chairman of")."""
        lower = self.tokens.lower
        while end > start and not _is_suffix(lower[end - 1]):
            end -= 1
        while start < end and (lower[start] in _LEADING or lower[start] in _CONNECTORS):
            start += 1
        for k in range(start, end):
            if lower[k] == "of" and not any(_is_suffix(lower[j]) for j in range(start, k)):
                start = k + 1  # "Chairman of Acme Corp": the firm
        content = [k for k in range(start, end - 1) if lower[k] not in _CONNECTORS]
        if not content or _is_suffix(lower[start]):
            return None
        return start, end

    def _name_word(self, t: int) -> bool:
        text = self.tokens.text[t]
        if not text[:1].isupper():
            return text in _SMALL_SUFFIXES
        return text.replace(".", "").replace("-", "").replace("&", "").isalpha()

    # ------------------------------------------------------------------ roles
    def _role(self, sent: Sentence, start: int, end: int) -> str | None:
        lower = self.tokens.lower
        t = self._skip_between(end, sent.end)
        if t < sent.end:
            w = lower[t]
            if w in COMPANY_VERBS:
                return "forecaster" if self.forecast_follows(t + 1, sent.end) else "source"
            if w in ANALYSTS:
                return "speaker"  # "Acme Bank economist Jane Doe said"
            if w in FORECASTER_NOUNS:
                return "forecaster"  # "an Acme Bank poll"
        p = start - 1
        if p > sent.start and lower[p] in ("the", "a", "an"):
            p -= 1
        if p < sent.start:
            return None
        if lower[p] == "by" and p > sent.start and lower[p - 1] in POLLED_VERBS:
            return "forecaster"  # "economists polled by Acme Research Institute"
        if lower[p] in ("at", "of", "with", "from") and any(
            lower[k] in ANALYSTS for k in range(max(sent.start, p - 6), p)
        ):
            return "speaker"  # "said Jane Doe, an economist at Acme Bank"
        cue = self.cue_at.get((CREDITS, p))
        if (cue is not None and cue.label_ == "CREDIT_BEFORE") or lower[p] in INVERTED_VERBS:
            return "source"  # "according to Acme Holdings plc", "said Acme Corp"
        return None

    def _skip_between(self, t: int, end: int) -> int:
        """The first word after a name past its ticker, a bracketed abbreviation and
        adverbs: "Acme Corp <ACME.N> on Tuesday said"."""
        lower = self.tokens.lower
        while t < end:
            w = lower[t]
            close = {"<": ">", "(": ")"}.get(w)
            if close is not None:
                k = t + 1
                while k < min(end, t + 6) and lower[k] != close:
                    k += 1
                if k >= min(end, t + 6):
                    return t
                t = k + 1
            elif w in _BETWEEN:
                t += 1
            else:
                return t
        return t

    def forecast_follows(self, t: int, end: int) -> bool:
        """Whether a credit verb goes on with a forecast: "said it expected", "said it
        expects net profit to"."""
        lower = self.tokens.lower
        return any(lower[k] in FORECAST_AFTER_SAID for k in range(t, min(end, t + 3)))
