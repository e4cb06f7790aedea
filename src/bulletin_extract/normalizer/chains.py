"""How the numbers of a sentence continue each other: lists, ranges, levels, values restated.

`ChainRules.link` sets `chained_to` and `chain_kind` on the mentions of a sentence ("rose 0.4
pct to 99.7": a level; "between 5% and 6%": a range; "22.5%, 20.9% and 15.5% respectively":
a list; "up from 1.5%": the value a change started from; "(0.7% previously)": a restatement),
and lets a number written without its unit take the one its partner states.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from ..quantities import (
    SCALE_WORDS,
    written_scale,
)
from .context import Attacher, DocContext
from .structures import Mention
from .units import (
    UnitRules,
    is_money,
)
from .vocabulary import (
    AUXILIARY_FILLERS,
    BASES,
    CHANGES,
    CLAUSE_OPENERS,
    COUNTING_UNITS,
    CREDIT_VERBS,
    FORECASTERS,
    HOLD_VERBS,
    LIST_GLUE,
    MARKERS,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    QUALIFIERS,
    RATE_MOVES,
    RATE_UNITS,
    REACH_WORDS,
    is_participle,
)

# Words between a verb of reaching and the level: "to reach a record 2.08 million".
REACH_FILLERS = frozenset({"a", "an", "record", "new", "fresh", "high", "low", "of", "at"})


def _to_a_range(words: list[str], verbs: list[str]) -> bool:
    """ "cut by a quarter point in September, to a target range between 4% and 4.25%": the
    range reached, set off by a comma after the change's period."""
    if verbs or "range" not in words or words[-1] not in ("between", "of"):
        return False
    return words[0] == "to" or any(a == "," and b == "to" for a, b in pairwise(words))


#: A change word written after its number ("2.2% higher at $0.9 billion"): no verb of a clause.
_AFTER_WORDS = frozenset("higher lower up down more less".split())


class ChainRules(Attacher):
    """Decides `chained_to` and `chain_kind`, and shares units along the links."""

    def __init__(self, ctx: DocContext, units: UnitRules) -> None:
        super().__init__(ctx)
        self.units = units

    @staticmethod
    def _reached(words: list[str], verbs: list[str]) -> bool:
        """ "fell by 132,000 to reach 2.08 million", "rose 2%, reaching 695 TWh": the number
        after a verb of reaching, in the same clause, is the level the change arrived at."""
        k = len(words)
        while k > 0 and words[k - 1] in REACH_FILLERS:
            k -= 1
        if k < 2 or words[k - 1] not in REACH_WORDS or words[k - 2] not in ("to", ","):
            return False
        before = words[: k - 2]
        return "," not in before and all(v == words[k - 1] for v in verbs)

    def _item_after_comparison(self, marker: Span, between: list[int]) -> bool:
        """Whether a list item ", and (by)" opens after the comparison's words, before the
        number: the comparison's object was what stood between them."""
        lower = self.tokens.lower
        after = [t for t in between if t >= marker.end]
        return any(
            self.tokens.text[t] == "," and k + 1 < len(after) and lower[after[k + 1]] == "and"
            for k, t in enumerate(after[:-1])
        ) and any(t > marker.end for t in after[:1])

    def _past_a_compared_period(self, between: list[int]) -> bool:
        """ "fell by 9% compared with the year to March 2024, to 212,000", "rose 4% against
        2023, to 1.2 million": the change, the period it is compared with, then the level it
        reached. `between` holds the words between the two numbers less the period's."""
        lower = self.tokens.lower
        closed = False
        while between and lower[between[0]] == ")":
            between = between[1:]  # "fell by £96 million (2.6%) compared with ..., to"
            closed = True
        words = [lower[t] for t in between]
        lead = 2 if words[:2] in (["compared", "with"], ["compared", "to"]) else 0
        if not lead and words[:1] in (["against"], ["versus"], ["vs"], ["vs."]):
            lead = 1
        if not lead:
            return closed and words == [",", "to"]  # (a comparison read as the period's own)
        return (
            words[lead:] == [",", "to"]
            and between[lead] > between[lead - 1] + 1  # the period compared, in between
        )

    def _past_a_poll(self, mentions: list[Mention], i: int) -> int:
        """The value a previous value stands beside: the one before it, or the one before a
        poll's size ("beat the 1.1% forecast in a poll of 14 economists and reversed a 0.8%
        decline in July": the decline is set beside the forecast, not the 14)."""
        prev, cur = mentions[i - 1], mentions[i]
        after = prev.span.end
        if (
            i >= 2
            and prev.unit == "count"
            and cur.unit != "count"
            and after < len(self.tokens.lower)
            and self.tokens.lower[after] in FORECASTERS
        ):
            return i - 2
        if (
            i >= 2
            and prev.unit != cur.unit
            and prev.chained_to == i - 2
            and prev.chain_kind in ("list", "paren")
            and mentions[i - 2].unit == cur.unit
            and self._restates_after_or(mentions[i - 2], prev)
        ):
            return i - 2  # "34% of capacity, or about 20 bcm, down from 58%": past the restatement
        return i - 1

    def _restates_after_or(self, first: Mention, second: Mention) -> bool:
        """ "34% of capacity, or about 20 bcm": the second figure restates the first in another
        unit, set off by ", or" after the first's own words."""
        words = [
            self.tokens.lower[t]
            for t in range(first.span.end, second.span.start)
            if (QUALIFIERS, t) not in self.cue_at
        ]
        return (
            self.ctx.after_comma_or(second.span.start, first.span.end)
            and len(words) <= 6
            and "," not in words[:-2]
        )

    def _range_moved_from(self, mentions: list[Mention], i: int) -> bool:
        """Whether mention i - 1 is a value moved from ("up from $8.2 billion") right after a
        range's last bound in its unit ("$8.5 billion to $8.7 billion, up from"), so that "to"
        and mention i close the range moved from. Amounts only: a rate's "up from 3% to 5%"
        keeps the reading of a rate moved to its level."""
        prev, cur = mentions[i - 1], mentions[i]
        if prev.chain_kind != "from" or prev.chained_to is None or prev.unit != cur.unit:
            return False
        if cur.unit in RATE_UNITS:
            return False
        head = mentions[prev.chained_to]
        if head.unit != cur.unit or head.chained_to is None or head.chain_kind not in (
            "list",
            "range",
            "level",  # ("sales of $8.5 billion to $8.7 billion": read as a level reached)
        ):
            return False
        bound = mentions[head.chained_to]
        return self.tokens.lower[bound.span.end : head.span.start] in (
            ("to",),
            ("-",),
            ("–",),
            ("and",),
        )

    def _money_range(self, first: Mention, second: Mention, dash: bool) -> bool:
        """ "₹20,000-25,000 crore", "€10-12 billion", "$3.2 to $3.9 billion": an amount in a
        currency and a bound that writes the scale, the first no bigger than the second before
        scaling; after a dash also "a $60-65 range", a bare number of its size."""
        if not is_money(first.unit) or written_scale(self.ctx.text(first.span)) != 1:
            return False
        scale = written_scale(self.ctx.text(second.span))
        if scale > 1:
            return second.unit in (first.unit, "count") and 0 < first.value <= second.value / scale
        size = 0 < first.value <= second.value <= 10 * first.value
        return dash and second.unit == "count" and size

    def link(self, mentions: list[Mention]) -> None:
        """Link each mention to the one it continues: a list item, a range bound, a level
        reached ("fell 0.4 pct to 99.7"), a bracketed restatement, or a previous value
        ("up from 1.5%", "after a 0.3 pct rise")."""
        text, lower = self.tokens.text, self.tokens.lower
        for i in range(1, len(mentions)):
            prev, cur = mentions[i - 1], mentions[i]
            skip = self._period_tokens_between(prev.span.end, cur.span.start)
            between = [
                t
                for t in range(prev.span.end, cur.span.start)
                if t not in skip and not self.tokens.is_space[t]
            ]
            while len(between) > 1 and (QUALIFIERS, between[-1]) in self.cue_at:
                between.pop()  # "fell 3% to around 166 bcm": the qualifier is the number's
            if len(between) > 1 and prev.unit == "count" and lower[between[0]] in COUNTING_UNITS:
                between.pop(0)  # "6.35 lakh units in October, Honda ... 5.72 lakh": the count's
            words = [lower[t] for t in between]
            if any(text[t] in (";", ":") or "\n" in text[t] for t in between):
                continue
            after = cur.span.end
            if (
                cur.unit == "count"
                and after + 1 < len(lower)
                and lower[after] in ("was", "were")
                and is_participle(lower[after + 1])
            ):
                continue  # "..., and 2,950 were listed": the subject of a clause of its own
            marker = next(
                (
                    self.cue_at[(MARKERS, t)]
                    for t in between
                    if (MARKERS, t) in self.cue_at
                    and self.cue_at[(MARKERS, t)].label_ == "FROM"
                    # a bare "from" only right before the number: "up from 1.5%", not
                    # "with demand from the power sector down 11%"
                    and (self.cue_at[(MARKERS, t)].id_ != "marker.from" or self.ctx.from_value(cur))
                ),
                None,
            )
            verbs = [
                lower[t]
                for t in between
                if (CHANGES, t) in self.cue_at
                or lower[t] in PREDICATE_WORDS
                or lower[t] in HOLD_VERBS
                or (lower[t] in AUXILIARY_FILLERS and lower[t] not in ("to", "seasonally"))
                or lower[t] in CREDIT_VERBS
            ]
            clause_break = any(text[t] == "," or lower[t] in CLAUSE_OPENERS for t in between)
            if marker is not None and any(
                t > marker.start and (lower[t] in CLAUSE_OPENERS or lower[t] in HOLD_VERBS)
                for t in between
            ):
                # "fell to 1.62% after the data, while the yuan traded at 7.35"; "slipped 0.4%
                # after Banxico kept its rate at 7.00%": a clause of its own
                marker = None
            if marker is not None and self._item_after_comparison(marker, between):
                # "dropped 0.4% compared with the previous three months, and by 2.0% ...": the
                # comparison took a period; the figure after ", and" is an item of its own
                marker = None
            past_compared = self._past_a_compared_period(between)
            if past_compared:
                marker = None  # the comparison's own object was a period, not this number
            if (marker is not None and marker.start > prev.span.end - 1) or (
                words[-1:] == ["against"] and not verbs and self.ctx.from_value(cur)
            ):
                # "up from 1.5%"; "226.4 billion marks at the end of February, against 225.1
                # billion at the end of January"
                cur.chained_to, cur.chain_kind = self._past_a_poll(mentions, i), "from"
            elif words[-1:] == ["("] and len(words) <= 3 and not marker:
                cur.chained_to, cur.chain_kind = i - 1, "paren"
            elif (
                words[-2:] == ["(", "to"]
                or [
                    lower[t]
                    for k, t in enumerate(between)
                    if (BASES, t) not in self.cue_at and not (k == 0 and lower[t] in RATE_MOVES)
                ]
                == [",", "to"]
                or past_compared
            ):
                # "(to 99.7)", "rose by 2.9%, to £292,000", "fell 7% year-on-year in the first
                # half, to 1.05 million units", "a 25-basis-point cut, to 1.00%": the level the
                # move named right after the number reaches
                cur.chained_to, cur.chain_kind = i - 1, "level"
            elif words in (["to"], ["-"], ["–"]) and self._range_moved_from(mentions, i):
                # "sales of $8.5 billion to $8.7 billion, up from $8.2 billion to $8.4 billion":
                # the range moved from, bound to bound (not a level the value moved to)
                cur.chained_to, cur.chain_kind = i - 1, "range"
            elif words in (["to"], ["-"], ["–"]) and self._money_range(
                prev, cur, dash=words != ["to"]
            ):
                cur.chained_to, cur.chain_kind = i - 1, "range"  # "€10-12 billion", "$60-65"
            elif words and all(w in LIST_GLUE for w in words) and "(" in words:
                cur.chained_to, cur.chain_kind = i - 1, "paren"
            elif not words or all(w in LIST_GLUE for w in words):
                cur.chained_to, cur.chain_kind = i - 1, "list"
            elif words in (["to"], ["-"], ["–"]) and prev.unit == "count" and cur.unit != "count":
                cur.chained_to, cur.chain_kind = i - 1, "range"
            elif (
                (
                    words == ["and", "to"]
                    or (
                        words[:1] == ["and"]
                        and words[-1:] == ["to"]
                        and len(words) <= 5
                        and not verbs
                        and all(self.tokens.is_alpha[t] for t in between)
                    )
                )
                and prev.chain_kind == "from"
                and prev.chained_to is not None
                and (
                    mentions[prev.chained_to].unit == cur.unit
                    or (
                        words != ["and", "to"]
                        and cur.unit == "count"
                        and all(
                            self.tokens.like_num[t] or self.tokens.lower[t] in SCALE_WORDS
                            for t in range(cur.span.start, cur.span.end)
                        )
                    )
                )  # (a bare number after a second subject is in the first one's unit)
            ):
                # "fell to 6.1% in Ontario from 6.4% and to 8.2% in Quebec": a second level
                # reached, listed with the first (not the level the value before moved to);
                # "rose to 512,400 tonnes from 438,900 and corn to 791,200": the same verb for
                # a second subject
                cur.chained_to, cur.chain_kind = prev.chained_to, "list"
            elif (
                (
                    not clause_break
                    and (
                        (words[-1] in ("to", "at") and not verbs)
                        or (
                            ("to" in words or "at" in words)
                            and not verbs
                            and words[-1]
                            in ("of", "record", "adjusted", "rate", "a", "level", "high", "low")
                        )
                    )
                )
                or (
                    len(words) >= 2
                    and words[0] in _AFTER_WORDS
                    and words[-1] == "at"
                    and all(
                        text[t] == "," or (BASES, t) in self.cue_at for t in between[1:-1]
                    )
                )  # "with coal 6.1% higher at 12 million tonnes", "was 4% lower year on
                # year, at roughly 68 bcm"
                or self._reached(words, verbs)
                or _to_a_range(words, verbs)
            ):
                cur.chained_to, cur.chain_kind = i - 1, "level"
            elif (
                not verbs
                and words[0] in ("and", ",", "while", "but", "whereas")
                and len(words) <= (7 if words[0] == "," else 5)
                and all(self.tokens.is_alpha[t] or text[t] == "&" for t in between[1:])
                and (
                    words[0] != ","
                    or all(
                        self.tokens.is_title[t] or lower[t] == "the" or text[t] == "&"
                        for t in between[1:]
                    )
                )  # ", the Netherlands 33,900", ", Honda Motorcycle & Scooter India 5.72
                # lakh": a name; not ", peaking at 10.6%"
                and (
                    prev.unit == cur.unit
                    or (
                        cur.unit == "count" and cur.span.label_ == "NUMBER" and prev.unit != "count"
                    )
                )
            ):
                # "Exports reached RMB 17.61 trillion and imports RMB 11.96 trillion"; "the
                # United States taking 41,200 tonnes, the Netherlands 33,900": an item whose
                # unit is written once
                cur.chained_to, cur.chain_kind = i - 1, "list"
            elif (
                not verbs
                and words[-1] in ("and", "by", "or")
                and len(words) <= 6
                and not (cur.unit == "count" and prev.unit != "count")  # "forecast by 22"
            ):
                # "output increased by 1.0% in services and by 0.4% in production"
                cur.chained_to, cur.chain_kind = i - 1, "list"
        self._respective_levels(mentions)
        for m in mentions:
            head = mentions[m.chained_to] if m.chained_to is not None else None
            if (
                head is not None
                and head.unit == "index_point"
                and m.unit == "count"
                and ("," not in self.ctx.text(m.span) or m.chain_kind == "level")
            ):
                m.unit = "index_point"  # "stood at 161.4 in March, compared with 157.8"
        for i, m in enumerate(mentions[:-1]):
            nxt = mentions[i + 1]
            if nxt.chain_kind in ("range", "list", "level") and m.unit == "count":
                gap = list(lower[m.span.end : nxt.span.start])
                lead = self.tokens.lower[m.span.start - 1] if m.span.start > 0 else ""
                changed = (CHANGES, m.span.start - 1) in self.cue_at or lead == "by"
                bounds = (
                    gap in (["to"], ["-"], ["–"]) and (nxt.unit != "count" or not changed)
                ) or (gap == ["and"] and lead == "between")
                # "0.1 to 0.2 percentage points", "between 5 and 6%", "30 to 40 billion": the
                # bare bound takes the other's unit, and its scale if it has none.
                if bounds and (
                    nxt.unit != "count"
                    or written_scale(self.ctx.text(m.span)) < written_scale(self.ctx.text(nxt.span))
                ):
                    self.units._take_unit(m, nxt, range_bound=True)
                    nxt.chain_kind = "range"
        self.units._share_units(mentions)

    def _respective_levels(self, mentions: list[Mention]) -> None:
        """ "dropped by $12 and $8 a ton, respectively, to $318 and $329", "rose by 9 and 3
        percentage points on the week, to 104% and 89%, respectively": a list of levels after
        ", to" that a list of changes as long reached, item by item."""
        lower, text = self.tokens.lower, self.tokens.text
        for i in range(2, len(mentions)):
            cur = mentions[i]
            if cur.chained_to is not None:
                continue
            prev = mentions[i - 1]
            skip = self._period_tokens_between(prev.span.end, cur.span.start)
            words = [
                t
                for t in range(prev.span.end, cur.span.start)
                if t not in skip and not self.tokens.is_space[t]
            ]
            if len(words) < 2 or lower[words[-1]] != "to" or text[words[-2]] != ",":
                continue
            if any((CHANGES, t) in self.cue_at or lower[t] in PREDICATE_WORDS for t in words):
                continue
            changes = [i - 1]
            while mentions[changes[0]].chain_kind == "list" and len(changes) < 6:
                changes.insert(0, mentions[changes[0]].chained_to)  # type: ignore[arg-type]
            levels = [i]
            for j in range(i + 1, len(mentions)):
                if mentions[j].chain_kind != "list" or mentions[j].chained_to != levels[-1]:
                    break
                levels.append(j)
            sent_end = self.ctx.sentences[self.tok_sentence[cur.span.start]].end
            after = lower[mentions[levels[-1]].span.end : sent_end]
            if len(changes) != len(levels) or len(levels) < 2:
                continue
            if "respectively" not in [lower[t] for t in words] and "respectively" not in after:
                continue
            for change, level in zip(changes, levels, strict=True):
                mentions[level].chained_to, mentions[level].chain_kind = change, "level"

    def _period_tokens_between(self, start: int, end: int) -> set[int]:
        return {t for t in range(start, end) if (PERIODS_TOKENS, t) in self.cue_at}
