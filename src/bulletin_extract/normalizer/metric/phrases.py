"""Noun phrases around a number that can name what it measures."""

from __future__ import annotations

import re

from ..context import Attacher, DocContext
from ..credit_words import FORECAST_VERBS, POLLED_VERBS
from ..structures import Mention, Sentence
from ..text import clean_metric
from ..vocabulary import (
    AGENCY_TOKENS,
    BASES,
    CHANGES,
    FORECAST_WORDS,
    GENERIC_COUNT_NOUNS,
    MARKERS,
    ORG_WORDS,
    PERIODS_TOKENS,
    PHRASE_STOP,
    PREDICATE_WORDS,
    QUALIFIERS,
    QUANT_TOKENS,
    SHARE_WORDS,
    STOPWORDS,
    modifier_word,
)
from .checks import is_generic
from .clauses import Clauses
from .words import BALANCE_NOUNS, CLAUSE_WORDS, FIGURE_VERBS, POINT_HEADS

# Words right after a number that compare it or say who recorded it: they name no figure.
_NOT_A_NAME_AFTER = frozenset(
    "more less fewer higher lower greater smaller bigger larger above below recorded reported "
    "registered posted seen estimated forecast expected predicted projected".split()
)


# Verbs by which a forecaster puts a figure on something, and the words that close the thing.
_FORECAST_VERBS = FORECAST_WORDS | FORECAST_VERBS | frozenset(("see", "project", "anticipate"))
_FORECASTER_NOUNS = frozenset("economists analysts forecasters traders markets investors".split())
_CHANGE_NOUNS = frozenset(
    "dip rise fall rebound increase decrease decline drop gain jump slump slowdown pickup "
    "contraction expansion acceleration easing reading level rate cut hike reduction".split()
)
# Change nouns that an indicator's name can stand before ("GDP growth of 1.7%"), and adjectives
# that only say how it changed ("a nominal increase of 5.1 percent").
_NAMED_CHANGES = frozenset(
    "growth increase rise decline fall drop gain contraction expansion".split()
)
_CHANGE_ADJECTIVES = frozenset(
    "real nominal annual monthly quarterly weekly daily yearly sharp modest slight strong steep "
    "small big large further additional overall average cumulative total net seasonal "
    "robust solid weak slow fast rapid".split()
)
_FORECAST_LINKS = frozenset(
    "at of to around near between by growing rising falling settling trending hovering".split()
)
#: Objects of a forecast verb that point back: "our models see it settling around 1.9%".
FORECAST_ANAPHORS = frozenset("it indicator index rate gauge figure".split())


#: Words before an amount that are no part of the object: "raised the rate by a cumulative
#: 450 basis points".
_AMOUNT_ADJECTIVES = frozenset("cumulative total combined further another additional".split())


class Phrases(Attacher):
    """Phrase rules of the surface metric strategy."""

    def __init__(self, ctx: DocContext, clauses: Clauses) -> None:
        super().__init__(ctx)
        self.clauses = clauses

    def _object_before_semicolon(self, sent: Sentence, m: Mention) -> str | None:
        doc = self.doc
        semi = next(
            (t for t in range(m.span.start - 1, sent.start, -1) if self.tokens.text[t] == ";"), None
        )
        if semi is None or not self.tokens.is_alpha[semi - 1]:
            return None
        j = semi - 1
        while (
            j > sent.start
            and self.tokens.is_alpha[j - 1]
            and self.tokens.lower[j - 1] not in STOPWORDS
            and self.tokens.lower[j - 1] not in PREDICATE_WORDS
            and (CHANGES, j - 1) not in self.cue_at
        ):
            j -= 1
        return str(doc[j:semi].text)

    def _bracketed_after_name(self, sent: Sentence, m: Mention) -> str | None:
        """ "the record solar power generation (45 TWh)": the noun phrase before the bracket."""
        doc = self.doc
        t = m.span.start - 1
        if (
            t <= sent.start
            or self.tokens.text[t] != "("
            or m.span.end >= sent.end
            or self.tokens.text[m.span.end] != ")"
        ):
            return None
        words = self.clauses._noun_words_before(t - 1, sent, allowed_cues=("upward", "downward"))
        if not words:
            return None
        name = " ".join(self.tokens.text[w] for w in sorted(words))
        tail = doc[m.span.end + 1 : min(sent.end, m.span.end + 3)]
        if (
            len(tail)
            and tail[0].lower_ in ("from", "in", "of")
            and (CHANGES, words[0]) not in self.cue_at
        ):
            rest = self.clauses._phrase_from(tail[0].i + 1, sent)
            if rest:
                name = f"{name} {tail[0].text} {rest}"
        return clean_metric(name)

    def _noun_of(self, sent: Sentence, m: Mention) -> str | None:
        """ "a total investment of US$3.1 billion", "a median price of 94,600 dlrs", "a food
        inflation rate of 6.3%"; not a generic noun alone ("a rate of 2%", "a total of 31")."""
        if m.unit in ("fraction", "times"):
            return None
        t = m.span.start - 1
        while t >= sent.start and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t - 1 < sent.start or self.tokens.lower[t] != "of":
            return None
        words = self.clauses._noun_words_before(
            t - 1, sent, allowed_cues=BALANCE_NOUNS, stop=("record", "total")
        )
        j = min(words, default=t) - 1
        if self.tokens.lower[j] == "total" and words:
            words.append(j)  # "a total investment of"
        elif not words or self.tokens.lower[t - 1] in ("record", "total"):
            return None
        name = clean_metric(" ".join(self.tokens.text[w] for w in sorted(words)))
        if is_generic(name) or (name or "").split()[-1].lower() in POINT_HEADS:
            return None  # "a weight of 10%", "the pre-crisis peak of 73.0%": whose, is elsewhere
        if name and name.lower() in BALANCE_NOUNS:
            # "The current account posted a surplus of $3.5 billion": whose surplus it is.
            owner = clean_metric(self.clauses._subject_span(sent, m) or "")
            if owner and len(owner.split()) <= 4 and not is_generic(owner):
                return f"{owner} {name}"
        return name

    def _bracketed_after_period(self, m: Mention) -> bool:
        t = m.span.start - 1
        return t > 0 and self.tokens.text[t] == "(" and (PERIODS_TOKENS, t - 1) in self.cue_at

    def _change_noun_of(self, m: Mention) -> bool:
        """Whether the number follows "a rise of", "an increase of", "a fall of"."""
        t = m.span.start - 1
        while t >= 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        return t >= 1 and self.tokens.lower[t] == "of" and (CHANGES, t - 1) in self.cue_at

    def _named_change(self, sent: Sentence, m: Mention) -> str | None:
        """ "GDP growth of 1.7%", "wage growth of 3.2%": a change noun whose indicator is
        named right before it (not "a rise of", "an annual increase of")."""
        t = m.span.start - 1
        while t >= 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t < 2 or self.tokens.lower[t - 1] not in _NAMED_CHANGES:
            return None
        words = self.clauses._noun_words_before(t - 2, sent)
        words = [
            w
            for w in words
            if (BASES, w) not in self.cue_at
            and self.tokens.lower[w] not in _CHANGE_ADJECTIVES
            and not modifier_word(self.tokens.lower[w])
        ]
        if not words or words != list(range(t - 2, t - 2 - len(words), -1)):
            return None
        name = clean_metric(" ".join(self.tokens.text[w] for w in sorted(words)))
        if not name or is_generic(name):
            return None
        return f"{name} {self.tokens.text[t - 1]}"

    def _object_of_verb(self, sent: Sentence, m: Mention, determined: bool = False) -> str | None:
        """The object between a change verb and "by"/"to" + the number; if `determined`, only
        an object opened by "its", "their" or "the" ("lifted the index by 0.4%", not "rose
        sharply by 5%")."""
        doc = self.doc
        pred = self.clauses._predicate(sent, m)
        if pred is None or ((CHANGES, pred) not in self.cue_at and determined):
            return None
        t = pred
        opened = False
        while t < m.span.start and (
            (CHANGES, t) in self.cue_at
            or self.tokens.lower[t] in PREDICATE_WORDS
            or self.tokens.lower[t] in FIGURE_VERBS
            or self.tokens.lower[t] in ("its", "their", "the")
        ):
            opened = opened or self.tokens.lower[t] in ("its", "their", "the")
            t += 1  # "cut its key overnight rate by 25 basis points"
        if determined and not opened:
            return None
        end = m.span.start
        while end > t and (
            self.tokens.lower[end - 1] in ("by", "to", "a", "an", "the", "of")
            or self.tokens.lower[end - 1] in _AMOUNT_ADJECTIVES
            or (QUALIFIERS, end - 1) in self.cue_at
            or (PERIODS_TOKENS, end - 1) in self.cue_at  # "its projection for 2025 to 4.8%"
        ):
            end -= 1
        words = doc[t:end]
        if len(words) > 3 and words[-1].text == ")" and words[-3].text == "(":
            body = doc[t : end - 3]  # "its official cash rate (OCR) by": the name's initials
            if not all(w.is_alpha for w in body) or not words[-2].is_upper:
                return None
        elif not len(words) or len(words) > 6 or not all(w.is_alpha for w in words):
            return None
        if words[0].lower_ in STOPWORDS or any((MARKERS, w.i) in self.cue_at for w in words):
            return None
        if words[-1].lower_ in ("for", "on", "at", "in", "with"):
            return None  # "had called for 655,000": a verb and its preposition, no object
        return clean_metric(words.text)

    def _forecast_object(self, sent: Sentence, m: Mention) -> str | None:
        """What a forecaster puts a figure on: "the RBA now sees trimmed mean inflation at
        2.6%", "expects core inflation to ease to 2.4%", "forecast retail sales growth of
        0.5%" (the noun phrase between the forecast verb and its "at", "of" or "to")."""
        lower, text = self.tokens.lower, self.tokens.text
        verb = None
        for t in range(m.span.start - 1, max(sent.start, m.span.start - 14) - 1, -1):
            if (QUANT_TOKENS, t) in self.cue_at or text[t] in (";", ":", ","):
                return None
            if lower[t] in _FORECAST_VERBS:
                verb = t
                break
        if verb is None:
            return None
        end = verb + 1
        while end < m.span.start and lower[end] not in _FORECAST_LINKS:
            if (
                not self.tokens.is_alpha[end]
                and text[end] not in ("-", "'s")
                and not (text[end].isdigit() and (QUANT_TOKENS, end) not in self.cue_at)
            ):
                return None  # but "expect 30-year rates to average ..."
            if (PERIODS_TOKENS, end) in self.cue_at:
                return None
            end += 1
        start = verb + 1
        while start < end and lower[start] in ("the", "its", "their", "a", "an", "slightly"):
            start += 1
        if start < end and lower[start] in _CHANGE_NOUNS:
            # "expected a dip in construction output of 1.1%": what dips
            if start + 1 >= end or lower[start + 1] not in ("in", "of"):
                return None
            start += 2
        words = [w for w in lower[start:end] if w not in ("the", "its", "their", "a", "an")]
        if len(words) == 1 and words[0] in FORECAST_ANAPHORS:
            return words[0]  # "see it settling around": the caller resolves what it is
        if not words or len(words) > 6 or end == m.span.start or words[0] in STOPWORDS:
            return None
        if words[-1] in ORG_WORDS or words[-1] in _FORECASTER_NOUNS:
            return None  # "expected the central bank to keep the rate at 4.50%"
        phrase = clean_metric(self.tokens.span_text(start, end).strip())
        if phrase and words == ["growth"]:
            return phrase  # "The RBI projects growth of 6.5 per cent": what it projects
        return phrase if phrase and not is_generic(phrase) else None

    def _line_label(self, sent: Sentence, m: Mention) -> str | None:
        """ "clothing & footwear: prices, overall, rose": the heading before a colon."""
        doc = self.doc
        colon = next(
            (t for t in range(sent.start, m.span.start) if self.tokens.text[t] == ":"), None
        )
        if colon is None or colon - sent.start > 10 or colon == sent.start:
            return None
        head = doc[sent.start : colon]
        if any(
            t.lower_ in PREDICATE_WORDS or (CHANGES, t.i) in self.cue_at or t.like_num for t in head
        ):
            return None
        return head.text.strip() or None

    def _list_item(self, head: Mention, m: Mention) -> str | None:
        """ "onshore wind dropping by 17% and offshore wind by 22%": the item's own name."""
        doc = self.doc
        between = [
            t for t in doc[head.span.end : m.span.start] if (PERIODS_TOKENS, t.i) not in self.cue_at
        ]
        cut = max(
            (k for k, t in enumerate(between) if t.lower_ in ("and", ",", "or", ")")), default=-1
        )
        own = [
            t
            for t in between[cut + 1 :]
            if t.lower_ not in ("by", "of", "(", "at", "to")
            and (QUALIFIERS, t.i) not in self.cue_at
        ]  # "and nearly 22%": the qualifier is no name
        if not own or any(not t.is_alpha for t in own):
            return None
        return clean_metric(" ".join(t.text for t in own))

    def _counted_noun(self, sent: Sentence, m: Mention) -> str | None:
        """ "31 countries", "more than 15,000 types of products", "two of the four groupings"."""
        if m.unit != "count":
            return None
        doc = self.doc
        t = m.span.end
        if t < sent.end and self.tokens.lower[t] == "of":
            t += 1
            while t < sent.end and (
                self.tokens.lower[t] in ("the", "a", "all")
                or (self.tokens.like_num[t] and (QUANT_TOKENS, t) not in self.cue_at)
                or doc[t].is_digit
            ):
                t += 1
        while t < sent.end and self.tokens.text[t] in ('"', "“", "”"):
            t += 1
        if (
            t >= sent.end
            or not self.tokens.is_alpha[t]
            or self.tokens.lower[t] in STOPWORDS
            or (CHANGES, t) in self.cue_at
        ):
            return None
        word = self.tokens.lower[t]
        if word in PREDICATE_WORDS or word in CLAUSE_WORDS or word in GENERIC_COUNT_NOUNS:
            return None  # "a reading below 50 indicates contraction": a verb, not a noun
        phrase = self.clauses._phrase_from(t, sent)
        if phrase and phrase.endswith(" by"):
            # "economists polled by Reuters": the pollster names the survey counted
            lower = self.tokens.lower
            by = next((k for k in range(t + 1, sent.end - 1) if lower[k] == "by"), None)
            pollster = self.cue_at.get((AGENCY_TOKENS, by + 1)) if by is not None else None
            if pollster is not None and lower[by - 1] in POLLED_VERBS:
                phrase = f"{phrase} {pollster.text}"
        return clean_metric(phrase) if phrase else None

    def _clause_starts_at(self, sent: Sentence, m: Mention) -> bool:
        t = m.span.start - 1
        while t >= sent.start and (
            self.tokens.lower[t] in ("a", "an", "the", "just", "some")
            or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        return t < sent.start or self.tokens.text[t] in (",", ";", ":", "(", "-", "–", "—")

    def _after_number_metric(self, sent: Sentence, m: Mention) -> str | None:
        """ "73.1% of people aged 16 to 64 were in work", "42 pence was spent in food stores"."""
        t = m.span.end
        if t < sent.end and self.tokens.lower[t] == "of":
            t += 1
        if t < sent.end and ((CHANGES, t) in self.cue_at or (MARKERS, t) in self.cue_at):
            return None
        lead = t + 1 if t < sent.end and self.tokens.lower[t] in ("was", "were", "is", "are") else t
        if lead < sent.end and self.tokens.lower[lead] in ("in", "on", "for", "at"):
            lead += 1  # "11 pence in stores selling automotive fuel"
        if (
            lead >= sent.end
            or not self.tokens.is_alpha[lead]
            or self.tokens.lower[lead] in STOPWORDS
            or self.tokens.lower[lead] in _NOT_A_NAME_AFTER
        ):
            return None  # "0.7% more than in August", "the 8.5% recorded in September"
        words: list[str] = []
        tokens = self.tokens
        while t < sent.end:
            if (
                tokens.text[t] in (",", ";", ":", ".")
                or tokens.is_space[t]
                or (QUANT_TOKENS, t) in self.cue_at
            ):
                break
            if (PERIODS_TOKENS, t) in self.cue_at:
                t += 1
                continue
            words.append(tokens.text_with_ws[t])
            t += 1
        text = "".join(words).strip()
        text = re.sub(r"^(?:was|were|is|are|had been|has been|have been)\s+", "", text)
        return clean_metric(text) if text else None

    def _nominal_metric(self, sent: Sentence, m: Mention) -> str | None:
        """Metrics named inside a noun phrase around the number.

        "a 15% increase in EU gas consumption", "a 21% EV share in the EU car market",
        "a decrease of 2.5% in water & waste management", "a dip in construction output
        of 1.1%".
        """
        tokens = self.tokens
        start = self.clauses._past_bracket(m.span.end, sent)
        after = range(start, min(sent.end, start + 3))
        for j, tok in enumerate(after):
            word = tokens.lower[tok]
            if tokens.is_punct[tok] or word in (
                "from",
                "to",
                "than",
                "on",
                "compared",
                "of",
                "the",
            ):
                break
            if (CHANGES, tok) in self.cue_at or word in SHARE_WORDS:
                k = self.clauses._past_bracket(tok + 1, sent)
                nxt = k if k < sent.end else None
                if nxt is not None and tokens.lower[nxt] in ("in", "of", "for"):
                    phrase = self.clauses._phrase_from(nxt + 1, sent)
                    if phrase:
                        lead = tokens.span_text(start, tok + 1) if word in SHARE_WORDS else ""
                        if lead:
                            owner = self.clauses._subject_span(sent, m)
                            owner = clean_metric(owner) if owner else None
                            lead = f"{owner} {lead}" if owner and len(owner.split()) <= 3 else lead
                        return clean_metric(
                            f"{lead} {tokens.text[nxt]} {phrase}" if lead else phrase
                        )
                break
            if (
                j == 0
                and m.unit in ("percent", "percentage_point")
                and self._determined(m)
                and tokens.is_alpha[tok]
                and word not in STOPWORDS
                and word not in PHRASE_STOP
                and (PERIODS_TOKENS, tok) not in self.cue_at
                and (BASES, tok) not in self.cue_at
                and (MARKERS, tok) not in self.cue_at
                and word not in FORECAST_WORDS
                and word not in _NOT_A_NAME_AFTER
                and word not in ("pct", "percent", "per", "points")
            ):
                # "below 2.0% inflation", "a 21% EV share": the noun after the number.
                phrase = self.clauses._phrase_from(tok, sent)
                owner = self._possessor(m, sent)
                if phrase and owner:
                    return clean_metric(f"{owner} {phrase}")  # "the Fed's 2% target"
                if phrase:
                    return clean_metric(phrase)
        # "a decrease of 2.5% in X": a change noun and "of" before, "in X" after.
        before = m.span.start - 1
        while before >= sent.start and (
            (QUALIFIERS, before) in self.cue_at or self.tokens.lower[before] in ("a", "an")
        ):
            before -= 1
        if (
            (
                before - 1 >= sent.start
                and self.tokens.lower[before] == "of"
                and self.tokens.lower[before - 1] in SHARE_WORDS
            )
            and m.span.end < sent.end
            and self.tokens.lower[m.span.end] in ("in", "of")
        ):
            phrase = self.clauses._phrase_from(m.span.end + 1, sent)
            owner = self.clauses._subject_span(sent, m)
            owner = clean_metric(owner) if owner else None
            if phrase:
                lead = (
                    f"{owner} {self.tokens.text[before - 1]}"
                    if owner and len(owner.split()) <= 3
                    else self.tokens.text[before - 1]
                )
                return clean_metric(f"{lead} {self.tokens.text[m.span.end]} {phrase}")
        if (
            before - 1 >= sent.start
            and self.tokens.lower[before] == "of"
            and (CHANGES, before - 1) in self.cue_at
        ):
            if m.span.end < sent.end and self.tokens.lower[m.span.end] == "in":
                phrase = self.clauses._phrase_from(m.span.end + 1, sent)
                if phrase:
                    return clean_metric(phrase)
            # "a dip in construction output of 1.1%"
            t = before - 1
            while (
                t > sent.start
                and not self.clauses._boundary(t - 1)
                and (CHANGES, t) not in self.cue_at
            ):
                t -= 1
            if t < before - 1 and (CHANGES, t) in self.cue_at and self.tokens.lower[t + 1] == "in":
                return clean_metric(self.tokens.span_text(t + 2, before))
        return None

    def _determined(self, m: Mention) -> bool:
        """Whether an article, possessive or qualifier stands before the number ("a 21% share",
        "the central bank's 2% target")."""
        t = m.span.start - 1
        return t >= 0 and (
            self.tokens.lower[t] in ("a", "an", "the", "its", "their", "'s", "’s")
            or (QUALIFIERS, t) in self.cue_at
        )

    def _possessor(self, m: Mention, sent: Sentence) -> str | None:
        """ "the Federal Reserve's 2% goal": the owner named before the number, with its "'s"."""
        doc = self.doc
        t = m.span.start - 1
        if t <= sent.start or self.tokens.lower[t] not in ("'s", "’s"):
            return None
        j = t - 1
        while (
            j >= sent.start
            and t - j <= 4
            and self.tokens.is_alpha[j]
            and self.tokens.lower[j] not in STOPWORDS
        ):
            j -= 1
        return str(doc[j + 1 : t + 1].text) if j + 1 < t else None

    def _in_phrase(self, m: Mention) -> str | None:
        """ "output increased by 1.0% in services": the sector named after the number."""
        doc = self.doc
        t = m.span.end
        if (
            t < len(doc)
            and self.tokens.lower[t] == "in"
            and (PERIODS_TOKENS, t + 1) not in self.cue_at
        ):
            words = []
            for tok in doc[t + 1 : t + 6]:
                if (
                    not (tok.is_alpha or tok.text in ("&", "-"))
                    or (PERIODS_TOKENS, tok.i) in self.cue_at
                    or tok.lower_ in ("and", "compared", "from", "to", "but")
                ):
                    break
                words.append(tok.text)
            if words:
                return " ".join(words)
        return None
