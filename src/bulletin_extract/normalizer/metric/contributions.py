"""Contributions to a change: "Gold output fell 11.8%, subtracting 1.9 percentage points from
the headline figure", "Transport contributed 0.31 percentage points to the annual rate",
"..., lifting the overall index by 0.62 percentage points". A figure in points that one part
adds to or takes from a whole's change is that part's contribution to it: "gold contribution
to the headline figure", not gold output itself."""

from __future__ import annotations

from ..context import Attacher, DocContext
from ..structures import Mention, Sentence
from ..vocabulary import PERIODS_TOKENS, PRONOUNS, QUALIFIERS, QUANT_TOKENS
from .checks import is_generic
from .rankings import RANKING_FOLLOWER

#: The rule id of a figure named as a part's contribution to a whole's change.
CONTRIBUTION = "metric.contribution"
#: Units of figures that add to a change: points of a rate or of an index.
_POINT_UNITS = frozenset(("percentage_point", "index_point"))
#: Verbs whose object is the figure a part adds or takes away: "adding 0.9 percentage points",
#: "contributed 0.12 points", "subtracted 0.7 percentage points from growth".
_ADDING_VERBS = frozenset(
    "add adds added adding contribute contributes contributed contributing subtract subtracts "
    "subtracted subtracting deduct deducts deducted deducting shave shaves shaved shaving "
    "knock knocks knocked knocking take takes took taking".split()
)
#: Verbs of those that need the whole named after the figure ("took 0.3 points off growth"):
#: without it they take or reach a level ("took 12% of the market").
_NEED_WHOLE = frozenset("take takes took taking knock knocks knocked knocking".split())
#: Words that open the whole a figure is added to or taken from.
_TO_WHOLE = frozenset(("to", "from", "off"))
#: Words between a verb and its figure that name nothing: "added a further 0.2 points",
#: "contributed an estimated 0.1 points", "adding about 0.3".
_BEFORE_FIGURE = frozenset(("a", "an", "further", "estimated", "another", "some"))
#: Words that end the phrase of the whole: "to growth, while ...", "to the rate as ...".
_WHOLE_ENDS = frozenset(
    "and or while whereas as but with after than compared since which that when".split()
)
#: Words a whole may hold inside it: "the change in the CPIH 12-month rate", "the annual rate
#: of output inflation".
_WHOLE_GLUE = frozenset(("in", "of", "the", "'s", "’s", "-"))
#: The nouns of a contribution: "the largest upward contribution, of 0.21 percentage points".
_CONTRIBUTION_NOUNS = frozenset(("contribution", "contributions"))
#: Words between such a noun (or its whole) and the figure: ", at 0.63", ", of 0.21".
_NOUN_LINKS = frozenset((",", "at", "of", "with"))
#: At most this many tokens in the name of a whole.
_WHOLE_MAX = 10


class Contributions(Attacher):
    """Names the figures of a sentence that are contributions to a whole's change, and
    remembers the whole named last ("Diamonds rose 5.1%, adding 0.9 percentage points" after
    "... from the headline figure" adds to the same headline figure)."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self._whole: str | None = None  # the whole named last in the document

    def _last_whole(self, named: dict[int, str]) -> str | None:
        """The whole the sentence named last, else the one the document named last."""
        return next(reversed(named.values()), None) or self._whole

    def name(self, sent: Sentence, mentions: list[Mention]) -> None:
        """Rename the contributions among one sentence's figures."""
        named: dict[int, str] = {}  # mention -> the whole it contributes to
        by = self.ctx.followed_by(sent)
        for i, m in enumerate(mentions):
            if m.unit not in _POINT_UNITS or "contribution" in (m.metric or "").lower():
                continue
            found = self._contribution(sent, m, mentions, i, named)
            head = m.chained_to
            if found is None and head in named and mentions[head].unit == m.unit:
                found = (m.metric, named[head])  # "0.4 and 0.2 percentage points"
            elif found is None and named and (
                RANKING_FOLLOWER in m.rules or (by is not None and m.span.start > by)
            ):
                found = (m.metric, self._last_whole(named))  # "followed by coal (-0.6
                # percentage points)"
            if found is None:
                continue
            item, whole = found
            if not item or is_generic(item) or not whole:
                continue
            named[i] = whole
            m.metric = f"{item} contribution to {whole}"
            m.rules.append(CONTRIBUTION)
        if named:
            self._whole = self._last_whole(named)

    def _contribution(
        self, sent: Sentence, m: Mention, mentions: list[Mention], i: int, named: dict[int, str]
    ) -> tuple[str | None, str | None] | None:
        """(the part, the whole) when m is what a part adds to or takes from a whole."""
        lower, text = self.tokens.lower, self.tokens.text
        whole: str | None
        moved = self.ctx.participle_move(m)
        if moved is not None and lower[moved.end] in ("by", "down", "up"):
            # "..., lifting the overall index by about 0.62 percentage points": the part is
            # what the clause before measured, the whole is the participle's object
            earlier = _earlier_part(mentions, i, moved.verb)
            whole = self.tokens.span_text(moved.start, moved.end).strip()
            return (earlier, whole) if earlier else None
        k = m.span.start - 1
        while k > sent.start and ((QUALIFIERS, k) in self.cue_at or lower[k] in _BEFORE_FIGURE):
            k -= 1
        if k <= sent.start:
            return None
        noun = self._contribution_noun(sent, m)
        if noun is not None:
            whole = self._whole_at(noun + 1, sent) or self._last_whole(named)
            return (m.metric, whole) if whole else None
        verb = lower[k]
        if verb in ("by",) and k - 2 > sent.start and lower[k - 1] in ("down", "up"):
            # "..., dragging it down by about 0.09 percentage points": the whole named before
            before = self._last_whole(named)
            if lower[k - 2] in PRONOUNS and lower[k - 3].endswith("ing") and before:
                earlier = _earlier_part(mentions, i, k - 3)
                return (earlier, before) if earlier else None
            return None
        if verb not in _ADDING_VERBS:
            return None
        whole = self._whole_after(sent, m, mentions, i)
        if whole is None:
            if verb in _NEED_WHOLE:
                return None
            participle = verb.endswith("ing") and text[k - 1] == ","
            if named or participle:
                # "..., while clothing contributed 0.12"; "Diamonds rose 5.1%, adding 0.9
                # percentage points" (the whole named before)
                whole = self._last_whole(named)
            if whole is None:
                return None
        if verb.endswith("ing") and text[k - 1] == ",":
            earlier = _earlier_part(mentions, i, k)
            if earlier and (m.metric is None or m.metric == earlier or _is_whole(m, whole)):
                return (earlier, whole)
        return (m.metric, whole)

    def _contribution_noun(self, sent: Sentence, m: Mention) -> int | None:
        """The "contribution" a figure after it measures: "made the largest upward
        contribution to the annual rate, at 0.63 percentage points", "provided the largest
        downward contribution, of 0.21 percentage points"; None without one."""
        lower = self.tokens.lower
        k = m.span.start - 1
        while k > sent.start and (
            (QUALIFIERS, k) in self.cue_at or lower[k] in _BEFORE_FIGURE or lower[k] in _NOUN_LINKS
        ):
            k -= 1
        for j in range(k, max(sent.start, k - _WHOLE_MAX) - 1, -1):
            if lower[j] in _CONTRIBUTION_NOUNS:
                return j if j == k or lower[j + 1] == "to" else None
            if (QUANT_TOKENS, j) in self.cue_at or lower[j] in (";", ":", "(", ")"):
                return None
        return None

    def _whole_after(
        self, sent: Sentence, m: Mention, mentions: list[Mention], i: int
    ) -> str | None:
        """The whole named after a figure: "to the annual rate", "from second-quarter GDP
        growth", "off the headline figure" (past the figures of a list and "respectively")."""
        lower = self.tokens.lower
        later = {t for n in mentions[i + 1 :] for t in range(n.span.start, n.span.end)}
        t = m.span.end
        while t < sent.end and (t in later or lower[t] in ("and", ",", "respectively", "each")):
            t += 1
        return self._whole_at(t, sent)

    def _whole_at(self, t: int, sent: Sentence) -> str | None:
        """The whole named by "to", "from" or "off" at token t, or None."""
        lower, text = self.tokens.lower, self.tokens.text
        if t >= sent.end or lower[t] not in _TO_WHOLE:
            return None
        start = t + 1
        end = start
        while end < sent.end and end - start < _WHOLE_MAX:
            word = lower[end]
            if (QUANT_TOKENS, end) in self.cue_at:
                break
            period = self.cue_at.get((PERIODS_TOKENS, end))
            if period is not None:
                after = period.end
                if not (  # "from second-quarter GDP growth": a period that modifies a noun
                    after < sent.end
                    and self.tokens.is_alpha[after]
                    and lower[after] not in _WHOLE_ENDS
                    and "-" in self.tokens.span_text(end, after)
                ):
                    break
                end = after
                continue
            if word in _WHOLE_ENDS or not (
                self.tokens.is_alpha[end]
                or word in _WHOLE_GLUE
                or "-" in text[end]
                or (text[end].isalnum() and not text[end].isdigit())  # "M3", "CPIH"
            ):
                break
            end += 1
        while end > start and lower[end - 1] in _WHOLE_GLUE:
            end -= 1  # "to growth in" before a period
        if end == start or all(lower[k] in _WHOLE_GLUE for k in range(start, end)):
            return None
        if end - start == 1 and lower[start] in PRONOUNS:
            return self._whole
        return self.tokens.span_text(start, end).strip()


def _earlier_part(mentions: list[Mention], i: int, verb: int) -> str | None:
    """The metric of the last figure before a participle's clause: "Copper output dropped
    7.2%, taking ..." -> "Copper output"."""
    for e in reversed(mentions[:i]):
        if e.span.end <= verb and e.metric and not is_generic(e.metric):
            return e.metric
    return None


def _is_whole(m: Mention, whole: str) -> bool:
    """Whether a figure's metric names the whole rather than the part."""
    metric = (m.metric or "").lower()
    return bool(metric) and metric in whole.lower()
