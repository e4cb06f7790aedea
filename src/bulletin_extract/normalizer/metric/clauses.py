"""Clauses without a parse: the subject left of a number's predicate, and phrase bounds."""

from __future__ import annotations

from typing import Any

from ..context import Attacher, DocContext
from ..structures import Mention, Sentence
from ..vocabulary import (
    AGE_WORDS,
    AGENCY_TOKENS,
    AUXILIARIES,
    CHANGES,
    CREDITS,
    FORECASTERS,
    INTRO_PREPOSITIONS,
    NP_STOP,
    PERIODS_TOKENS,
    PHRASE_STOP,
    PREDICATE_WORDS,
    QUANT_TOKENS,
    STOPWORDS,
)
from .predicates import Predicates
from .words import ASIDE_OPENERS

_QUOTES = frozenset('"“”')


#: Nouns of what a body does, named with it: "exports by the Canadian Wheat Board".
# Participles of keeping watch on figures: "the reservoirs monitored by the CWC".
_WATCHING = frozenset("monitored tracked covered watched".split())
_DONE_BY_BODIES = frozenset(
    "exports imports sales purchases shipments spending investment investments lending "
    "borrowing output production issuance purchases".split()
)
#: Adverbs between an aside and its verb: "Core inflation, which ..., probably slowed".
_ADVERBS = frozenset("probably likely also still further again reportedly possibly".split())


#: Words that end a clause stating a level or a lack of change: "was flat and".
_CLAUSE_END_WORDS = frozenset("flat unchanged steady stable higher lower".split())

# Words after a participle that open an aside: "measured by", "calculated as", "based on".
_ASIDE_LINKS = frozenset("by as on in using".split())

#: Words before "like" that make it a verb or a likeness, not a list of examples.
_LIKE_AS_A_VERB = frozenset(
    "would i we they you feel feels felt look looks looked seem seems".split()
)


class Clauses(Attacher):
    """Predicates, subjects and phrase boundaries of the surface metric rules."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.memo: dict[tuple[str, int], Any] = {}  # answers asked for more than once
        self.predicates = Predicates(ctx)

    def _boundary(self, t: int) -> bool:
        """Whether token t cannot be part of a metric phrase."""
        return self.predicates._boundary(t)

    def _predicate(self, sent: Sentence, m: Mention) -> int | None:
        """Token index of the verb or cue that governs the mention, searching leftwards."""
        return self.predicates._predicate(sent, m)

    def _subject_span(self, sent: Sentence, m: Mention) -> str | None:
        """The subject of the clause that states the mention, left of its predicate."""
        key = ("subject", m.span.start)
        if key not in self.memo:  # several metric rules ask for it
            # The subject depends on the predicate alone: numbers that share one share it.
            pred = self._predicate(sent, m)
            shared = ("subject_of", -1 if pred is None else pred)
            if shared not in self.memo:
                self.memo[shared] = self._find_subject_span(sent, m)
            self.memo[key] = self.memo[shared]
        subject: str | None = self.memo[key]
        return subject

    def _find_subject_span(self, sent: Sentence, m: Mention) -> str | None:
        pred = self._predicate(sent, m)
        if pred is None:
            return None
        words: list[int] = []
        t = pred - 1
        while t > sent.start and self.tokens.is_alpha[t] and self.tokens.lower[t] in _ADVERBS:
            t -= 1  # "Core inflation, which excludes food, probably slowed": past the adverb
        if self.tokens.text[t] != ",":
            t = pred - 1
        t = self._before_aside(t, sent)
        aside = t != pred - 1
        examples: list[int] = []  # the words of "such as A and B", set aside
        while t >= sent.start:
            # the token this step looks at (t may move before the step ends)
            tok, tok_text, tok_lower = t, self.tokens.text[t], self.tokens.lower[t]
            watched = self._watched_by(t, sent) if not words else None
            if watched is not None:
                # "Storage in the major reservoirs monitored by the Central Water Commission
                # (CWC) stood": who keeps the figures is no part of the name
                t = watched - 1
                continue
            by = self._by_body(t, sent)
            if by is not None:
                # "Grain exports by the Canadian Wheat Board rose": the body belongs to the name
                words.extend(range(t, by - 1, -1))
                t = by - 1
                continue
            if (
                (AGENCY_TOKENS, t) in self.cue_at
                and words
                and min(words) == t + 1
                and self.tokens.lower[t + 1] in _DONE_BY_BODIES
            ):
                # "Canadian Wheat Board exports rose": the body's own exports
                while t >= sent.start and (AGENCY_TOKENS, t) in self.cue_at:
                    words.append(t)
                    t -= 1
                continue
            if (AGENCY_TOKENS, t) in self.cue_at and words and min(words) == t + 1:
                first = t
                while first - 1 >= sent.start and (AGENCY_TOKENS, first - 1) in self.cue_at:
                    first -= 1
                if (
                    first - 1 >= sent.start
                    and self.tokens.lower[first - 1] in ("from", "to")
                    and (CREDITS, first - 1) not in self.cue_at  # not "according to AAA"
                ):
                    # "Imports from OPEC countries fell": a body named inside the breakdown
                    words.extend(range(t, first - 2, -1))
                    t = first - 2
                    continue
            if tok_text == ")":
                # A parenthesis belongs to the subject unless it holds numbers ("(base 1985)").
                open_at = next(
                    (
                        j
                        for j in range(t - 1, max(sent.start - 1, t - 15), -1)
                        if self.tokens.text[j] == "("
                    ),
                    None,
                )
                if open_at is None:
                    break
                if any((QUANT_TOKENS, x) in self.cue_at for x in range(open_at, t)):
                    break  # "energy prices fell (-0.4% vs -2.0%) and prices of goods rose"
                short_name = (
                    not words
                    and t - open_at == 2
                    and open_at > sent.start
                    and (AGENCY_TOKENS, open_at - 1) in self.cue_at
                )  # "by the Ministry of Road Transport and Highways (MoRTH) slowed": the
                # body's short name, read with the body
                if not short_name and not any(
                    self.tokens.like_num[x] or any(c.isdigit() for c in self.tokens.text[x])
                    for x in range(open_at, t + 1)
                ):
                    words.extend(range(t, open_at - 1, -1))
                t = open_at - 1
                continue
            if tok_text in _QUOTES:
                # A quoted word inside the name: 'the share saying jobs were "plentiful"'.
                open_at = next(
                    (
                        j
                        for j in range(t - 1, max(sent.start - 1, t - 6), -1)
                        if self.tokens.text[j] in _QUOTES
                    ),
                    None,
                )
                if (
                    open_at is not None
                    and open_at > sent.start
                    and all(
                        self.tokens.is_alpha[x] or self.tokens.text[x] == "-"
                        for x in range(open_at + 1, t)
                    )
                ):
                    words.extend(range(t - 1, open_at, -1))  # the words, not the marks
                    t = open_at - 1
                    continue
            if (
                tok_lower in ("which", "who")
                and t - 1 >= sent.start
                and self.tokens.text[t - 1] == ","
                and any(self.tokens.text[w] == "," for w in words)  # a comma crossed
            ):
                closing = max(w for w in words if self.tokens.text[w] == ",")
                own = [w for w in words if w > closing and self.tokens.is_alpha[w]]
                if own and self.tokens.lower[min(own)] not in STOPWORDS:
                    # "For the first five months, which began October 1, exports totalled":
                    # the subject stands after the clause
                    words = [w for w in words if w > closing]
                    break
                words.clear()  # a relative clause: "The index, which measures ..., fell"
                t -= 2
                continue
            if (
                tok_lower in ("which", "who")
                and t - 1 >= sent.start
                and self.tokens.text[t - 1] == ","
            ):
                words.clear()  # "led by energy prices, which climbed 2.1 pct"
                t -= 1
            if tok_lower in ("that", "those") and words and self.tokens.lower[t + 1] == "of":
                words.append(t)  # "and that of rural residents was": the pronoun heads it
                break
            if tok_lower in ("which", "that", "who") and not words:
                # "gas generation which increased 23%": the noun phrase before the pronoun.
                j = t - 1
                if j > sent.start and self.tokens.text[j] == "(":
                    j -= 1  # "imports of cars (which rose by 0.2 billion)"
                while (
                    j >= sent.start
                    and not self._boundary(j)
                    and self.tokens.lower[j] not in NP_STOP
                    and self.tokens.text[j] != ","
                ):
                    words.append(j)
                    j -= 1
                break
            if (
                tok_lower in ("and", "but")
                and words
                and t - 1 >= sent.start
                and self.tokens.text[t - 1] != ","
                and self._closes_clause(t - 1, sent)
                and not any(
                    (QUANT_TOKENS, w) in self.cue_at or self.tokens.like_num[w] for w in words
                )
            ):
                break  # "Household spending was flat and government spending rose 0.5%"
            if (
                tok_text == ","
                and words
                and t + 1 < pred
                and self.tokens.lower[t + 1] in ("and", "but", "while")
            ):
                j, seg = t - 1, []
                while j >= sent.start and self.tokens.text[j] not in (",", ";", ":"):
                    seg.append(j)
                    j -= 1
                if any(
                    (QUANT_TOKENS, x) in self.cue_at
                    or self.tokens.lower[x] in PREDICATE_WORDS
                    or (CHANGES, x) in self.cue_at
                    for x in seg
                ):
                    break  # ", and wind generation fell 4%": a new clause starts here
            if (
                tok_text == ","
                and words
                and not aside
                and self.tokens.text[pred - 1] == ","
                and t < pred - 1
                and not any(self.tokens.lower[w] in PREDICATE_WORDS for w in words)
            ):
                # An appositive right before the verb: "Trade with ASEAN, China's largest
                # trading partner, reached": the subject is what precedes it.
                words.clear()
                t -= 1
                continue
            if tok_text == "," and words and self._clause_comma(t, sent):
                if (
                    self.tokens.lower[t + 1] == "whose"
                    and t - 1 >= sent.start
                    and self.tokens.is_title[t - 1]
                ):
                    words.append(t - 1)  # "Russia, whose share dropped": "Russia share"
                break
            if (PERIODS_TOKENS, t) in self.cue_at:
                # "The median price of a home in January reached": skip the time phrase.
                t -= 1
                continue
            if (
                tok_text in ("-", "–")
                and not self.tokens.whitespace[tok]
                and t > 0
                and not self.tokens.whitespace[t - 1]
            ):
                words.append(t)  # an inner hyphen: "year-on-year growth"
                t -= 1
                continue
            if tok_lower in ("with", "among") and t > sent.start and self.tokens.text[t - 1] != ",":
                words.append(t)  # a preposition inside the name: "Canadians with jobs"
                t -= 1
                continue
            if tok_lower == "as" and [self.tokens.lower[w] for w in words[-2:]] in (
                ["whole", "a"],
                ["group", "a"],
            ):
                del words[-2:]  # "imports of cars as a whole rose": skip the aside
                t -= 1
                continue
            if words and self._examples_open(t, sent):
                # "Revenue from emerging businesses such as cloud computing and big data
                # reached": the examples are no part of the name
                examples = words[:]
                words.clear()
                t -= 1 if tok_lower == "like" else 2
                if t >= sent.start and self.tokens.text[t] == ",":
                    t -= 1  # "Exports of electronics, such as phones, jumped"
                continue
            if tok_text != "," and self._boundary(t):
                if tok_lower == "whose" and t - 2 >= sent.start and self.tokens.text[t - 1] == ",":
                    words.append(t - 2)  # "Russia, whose share dropped": "Russia share"
                break
            words.append(t)
            t -= 1
        if examples and (not words or self.tokens.lower[min(words)] in _ASIDE_LINKS):
            # "and 1.06 mln in transport industries such as carmakers, down 170,000": with no
            # noun phrase of its own before them, the examples are what names the figure
            words, t = examples, min(examples) - 1
        words = [
            w
            for w in words
            if (PERIODS_TOKENS, w) not in self.cue_at and self.tokens.lower[w] != "whose"
        ]
        if not words or len(words) > 24:
            return None  # a long stretch is a clause, not the name of an indicator
        if (
            self.tokens.text[pred - 1] == ","
            and t >= sent.start
            and (QUANT_TOKENS, t) in self.cue_at
        ):
            return None  # "settled at $82.10 a barrel, up 1.2%": the figure's unit, not a name
        order = sorted(set(words))
        noun = self._noun_before_participle(pred, sent)
        if noun:
            return noun  # "pointing to GDP rising at a 4.2% pace", "offset by oil imports falling"
        if self.tokens.lower[pred].endswith("ing"):
            # "X showed continued growth ... increasing by 1.6%": a participle's subject is
            # the subject of the main verb before it.
            verb = next(
                (
                    k
                    for k, w in enumerate(order)
                    if self.tokens.lower[w] in PREDICATE_WORDS or (CHANGES, w) in self.cue_at
                ),
                None,
            )
            if verb:
                order = order[:verb]
        bracketed = self._bracketed(order)
        if len(order) - len(bracketed) > 12:
            # A long stretch usually opens with a frame ("In its estimates for June on the
            # amount spent ..."): keep what follows the first preposition and article (not
            # one inside a bracket: "revenue (excluding the operations of the bank)").
            for k in range(1, len(order) - 3):
                if order[k] in bracketed:
                    continue
                if self.tokens.lower[order[k]] == "the" and self.tokens.lower[order[k - 1]] in (
                    "on",
                    "of",
                    "for",
                    "about",
                ):
                    order = order[k:]
                    break
        return "".join(
            self.tokens.text_with_ws[w]
            if j + 1 < len(order) and order[j + 1] == w + 1
            else self.tokens.text[w] + " "
            for j, w in enumerate(order)
        ).strip()

    def _examples_open(self, t: int, sent: Sentence) -> bool:
        """Whether token t opens a list of examples after a noun: "such as", "like"."""
        lower = self.tokens.lower
        if t - 1 < sent.start or not self.tokens.is_alpha[t - 1]:
            return False
        if lower[t] == "as":
            return lower[t - 1] == "such"
        return lower[t] == "like" and lower[t - 1] not in _LIKE_AS_A_VERB

    def _closes_clause(self, t: int, sent: Sentence) -> bool:
        """Whether token t ends a clause of its own: a change word, a level word, or a figure
        with no more than its unit or basis after it ("rose 0.8% to $298.40 per short ton",
        "was flat"), with a verb in the clause; not the first item of a subject ("Exports
        and", "the total import and")."""
        lower = self.tokens.lower
        if t + 2 < sent.end and lower[t + 2] in ("above", "over", "older", "under", "below"):
            return False  # "aged 60 and above"
        back = range(t, max(sent.start, t - 3) - 1, -1)
        figure = next((k for k in back if (QUANT_TOKENS, k) in self.cue_at), None)
        ends = (
            (CHANGES, t) in self.cue_at
            or lower[t] in _CLAUSE_END_WORDS
            or (
                figure is not None
                and (self.tokens.is_alpha[t] or figure == t)
                and not any(
                    lower[k] in ("and", "or") or self._boundary(k) for k in range(figure + 1, t + 1)
                )
            )
        )
        if not ends:
            return False
        j = t
        while j >= sent.start and self.tokens.text[j] not in (",", ";", ":"):
            if lower[j] in PREDICATE_WORDS or (CHANGES, j) in self.cue_at:
                return True
            j -= 1
        return False

    def _body_start(self, t: int, sent: Sentence) -> int | None:
        """Where the organization named up to token t starts, with its "the" ("the Central
        Water Commission"), or None when no organization ends at t."""
        if (AGENCY_TOKENS, t) not in self.cue_at:
            return None
        k = t
        while k > sent.start and (AGENCY_TOKENS, k - 1) in self.cue_at:
            k -= 1
        if k > sent.start and self.tokens.lower[k - 1] == "the":
            k -= 1
        return k

    def _watched_by(self, t: int, sent: Sentence) -> int | None:
        """The participle before "by" and an organization that ends at t ("monitored by the
        Central Water Commission", "tracked by the agency"), or None."""
        k = self._body_start(t, sent)
        if k is None or k - 2 <= sent.start or self.tokens.lower[k - 1] != "by":
            return None
        participle, owner = self.tokens.lower[k - 2], self.tokens.lower[k - 3]
        if participle not in _WATCHING or owner in FORECASTERS:
            return None  # (not "a poll tracked by Reuters": the forecasters)
        return k - 2

    def _by_body(self, t: int, sent: Sentence) -> int | None:
        """The "by" before an organization named at t that ends the subject's noun ("exports
        by the Canadian Wheat Board"), or the "in" or "at" ("headcount in the Civil
        Service"), or None."""
        k = self._body_start(t, sent)
        if k is None or k - 2 < sent.start:
            return None
        prep, noun = self.tokens.lower[k - 1], self.tokens.lower[k - 2]
        if prep == "by":
            return k - 1 if noun in _DONE_BY_BODIES else None
        if (
            prep in ("in", "at", "within")
            and self.tokens.is_alpha[k - 2]
            and noun not in STOPWORDS
            and noun not in FORECASTERS
            and (AGENCY_TOKENS, k - 2) not in self.cue_at
        ):
            return k - 1  # "Headcount in the Civil Service rose": the body's headcount
        return None

    def _bracketed(self, order: list[int]) -> set[int]:
        """The tokens of `order` that stand inside round brackets, the brackets included."""
        inside: set[int] = set()
        depth = 0
        for w in order:
            text = self.tokens.text[w]
            if text == "(":
                depth += 1
            if depth:
                inside.add(w)
            if text == ")" and depth:
                depth -= 1
        return inside

    def _before_aside(self, t: int, sent: Sentence) -> int:
        """Skip an aside between commas that ends at t: "The PMI, which measures services
        activity, rose" and "Exports to Germany, one of the largest markets, stood at" name
        the indicator before it."""
        if t - 2 < sent.start or self.tokens.text[t] != ",":
            return t
        figure = recorded = False
        for j in range(t - 1, max(sent.start, t - 25), -1):
            if self.tokens.text[j] in (";", ":"):
                return t
            recorded = recorded or (QUANT_TOKENS, j) in self.cue_at
            if self.tokens.lower[j] != "one" and (  # "Exports to Germany, one of its ..."
                self.tokens.like_num[j] or recorded or (CHANGES, j) in self.cue_at
            ):
                figure = True  # a clause with a figure of its own, unless a relative clause
            if self.tokens.text[j] == ",":
                opener = self.tokens.lower[j + 1]
                if opener == "with" and not recorded and j - 1 >= sent.start:
                    # "Rates for jumbo loans, with balances greater than $806,500, fell", "Exports,
                    # with prices rising, fell": what is measured, no figure of its own
                    return j - 1 if self.tokens.is_alpha[j - 1] else t
                if figure and opener not in ("which", "who", "whose"):
                    return t  # "Manufacturing, which carries a weight of 77%, slowed": aside
                # "Output, measured by the index of production, slowed", "The jobless rate,
                # calculated as a share of the workforce, eased": a participle aside.
                participle = opener.endswith("ed") and self.tokens.lower[j + 2] in _ASIDE_LINKS
                if (
                    (opener in ASIDE_OPENERS or participle)
                    and j - 1 >= sent.start
                    and (self.tokens.is_alpha[j - 1] or self.tokens.text[j - 1] == ")")
                ):  # (also after a short name in brackets: "Benchmark (EPB), the average")
                    return j - 1
                return t
        return t

    def _clause_comma(self, t: int, sent: Sentence) -> bool:
        """Whether the comma at t closes an introductory clause rather than a list item."""
        following = t + 1
        j = t - 1
        while (
            j > sent.start
            and self.tokens.text[j - 1] not in (",", ";", ":")
            and not self.tokens.is_space[j - 1]
        ):
            j -= 1
        if self.tokens.lower[j] in ("and", "but", "while") and j + 1 < t:
            j += 1
        if self.tokens.lower[j] in INTRO_PREPOSITIONS:
            return True  # "during the shopping festival, trade-in orders ..."
        if self.tokens.lower[following] in ("the", "a", "an", "its", "their", "whose"):
            return True
        if (
            self.tokens.is_title[following]
            and not self.ctx.sentence_start(t + 1)
            and self.tokens.lower[following] not in ("and",)
        ) and (AGENCY_TOKENS, t + 1) not in self.cue_at:
            return True
        # A long segment with a verb before the comma is a clause of its own.
        j, seg = t - 1, []
        while (
            j >= sent.start
            and self.tokens.text[j] not in (",", ";", ":")
            and not self.tokens.is_space[j]
        ):
            seg.append(j)
            j -= 1
        has_verb = any(
            self.tokens.lower[x] in PREDICATE_WORDS
            or (CHANGES, x) in self.cue_at
            or (self.tokens.lower[x].endswith("ed") and len(self.tokens.text[x]) > 4)
            for x in seg
        )
        return len(seg) >= 4 and has_verb

    def _phrase_from(self, t: int, sent: Sentence) -> str:
        tokens = self.tokens
        words: list[str] = []
        while t < sent.end:
            tok_text, tok_lower = tokens.text[t], tokens.lower[t]
            if (
                tok_lower in ("from", "to", "and", "over")
                and words
                and (words[-1].strip().lower() in AGE_WORDS or self.tokens.like_num[t - 1])
            ):
                # "people aged from 16 to 64", "aged 16 and over": an age band is part of the name
                words.append(tokens.text_with_ws[t])
                t += 1
                continue
            if (
                tok_text in ("'", "’")
                and words
                and words[-1].endswith("s")
                and t > 0
                and not tokens.whitespace[t - 1]
                and t + 1 < sent.end
                and tokens.is_alpha[t + 1]
            ):
                words[-1] += tokens.text_with_ws[t]  # "the producers' revenue": whose, plural
                t += 1
                continue
            if tok_text in ('"', "“", "”", "'", "‘", "’") and tok_text != "'":
                if tokens.whitespace[t] and words:
                    words[-1] = words[-1].rstrip() + " "
                t += 1  # quoted names inside a phrase: the 26 "Silk Road" pavilions
                continue
            if (
                tokens.is_punct[t] and tok_text not in ("-", "&", "/", "(", ")")
            ) or tokens.is_space[t]:
                break
            inner_hyphen = (
                tok_text in ("-", "–")
                and not tokens.whitespace[t]
                and t > 0
                and not self.tokens.whitespace[t - 1]
            )
            if (
                tok_lower in PHRASE_STOP
                or tok_lower in AUXILIARIES
                or (self._boundary(t) and tok_text not in ("(", ")") and not inner_hyphen)
            ):
                break
            words.append(tokens.text_with_ws[t])
            t += 1
        return "".join(words).strip()

    def _noun_words_before(
        self,
        j: int,
        sent: Sentence,
        allowed_cues: tuple[str, ...] = (),
        stop: tuple[str, ...] = (),
        hyphens: bool = False,
    ) -> list[int]:
        """Indices of the run of plain words that ends at j: a noun phrase's words; with
        `hyphens`, also the hyphens inside a compound ("share-based compensation")."""
        tokens = self.tokens
        words: list[int] = []
        while j >= sent.start:
            if (
                hyphens
                and words
                and j - 1 >= sent.start
                and tokens.hyphen_joins(j)
                and tokens.is_alpha[j - 1]
            ):
                words.append(j)  # "share-based": one word
                j -= 1
                continue
            if not (
                tokens.is_alpha[j]
                and tokens.lower[j] not in STOPWORDS
                and tokens.lower[j] not in PREDICATE_WORDS
                and tokens.lower[j] not in stop
                and not self._boundary(j)
                and not ((CHANGES, j) in self.cue_at and tokens.lower[j] not in allowed_cues)
            ):
                break
            words.append(j)
            j -= 1
        if words and tokens.text[words[-1]] == "-":
            words.pop()  # (never a compound's first part missing)
        return words

    def _noun_before_participle(self, pred: int, sent: Sentence) -> str | None:
        """The noun phrase right before an "-ing" predicate, after "to", "by" or "with"."""
        if not self.tokens.lower[pred].endswith("ing") or pred - 1 <= sent.start:
            return None
        words = self._noun_words_before(pred - 1, sent)
        if not words or len(words) > 5:
            return None
        j = min(words) - 1
        while j >= sent.start and self.tokens.lower[j] in ("the", "a", "an"):
            j -= 1
        if j < sent.start or self.tokens.lower[j] not in ("to", "by", "with"):
            return None
        return self.tokens.span_text(min(words), pred)
