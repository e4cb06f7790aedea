"""The change direction of each number: increase, decrease or none."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from ..quantities import MULTIPLE_WORDS
from .context import Attacher, DocContext
from .credit_words import ANALYSTS
from .structures import Mention
from .text import per_share_restatement
from .units import is_money
from .vocabulary import (
    ADDED_WORDS,
    BASES,
    CHANGES,
    CLAUSE_OPENERS,
    COMPARATIVES,
    COUNTED_MOVES,
    DIRECTIONS,
    ESTIMATED_CHANGE_NOUNS,
    HOLD_VERBS,
    LESS_COMPARATIVES,
    MARKERS,
    MORE_COMPARATIVES,
    ODDS_NOUNS,
    ORDINALS,
    PARTICIPLE_OPENERS,
    PERIODS_TOKENS,
    POST_CUE_STOP,
    PREDICATE_WORDS,
    QUALIFIERS,
    QUANT_TOKENS,
    RATE_UNITS,
    SPLIT_LEADS,
    STOPWORDS,
    heads_clause,
)

#: Verbs of what a share of respondents did: "9% expect it to fall", "32% cited energy costs".
_RESPONDENT_VERBS = frozenset(
    "expect expects cited cite said say reported report reporting plan planned intend intended "
    "citing expecting planning".split()
)


# What a fall written "off" follows: "wood products, off 3.1 pct", "were off 0.8 pct".
_OFF_AFTER = frozenset([",", "was", "were", "is", "are"])


#: Verbs of a cut that the change cues leave to the headline rules: "trims rate to 2.25%".
_TRIM_VERBS = frozenset(("trim", "trims"))
#: Verbs of a balance moving to one side of zero: "swung to a surplus", "flipped to a loss".
_SWING_VERBS = frozenset(
    "swung swing swings swinging flipped flip flips flipping turned turn turns turning".split()
)
#: The sides of zero a balance that swung there rose to: "swung to a surplus".
_POSITIVE_SIDES = frozenset("surplus surpluses profit profits income".split())
#: Words between "to" and the side's noun: "to a net trade surplus", "to net income".
_BALANCE_FILLERS = frozenset("a an net trade primary its their operating".split())

#: Comparatives of a gap between two groups' growth: "3.1 percentage points faster than".
_GAP_COMPARATIVES = frozenset(("faster", "slower", "quicker"))
#: Words of an earlier time a comparison may name: "than that of the previous month".
_EARLIER_WORDS = frozenset("previous prior last earlier same preceding year month".split())
#: Shares a comparative may take of another level: "less than half of", "more than a third".
_SHARE_WORDS = frozenset("half third thirds quarter quarters fifth tenth".split())

#: Comparatives written after a list's last figure that speak for the whole list.
_LISTED_COMPARATIVES = COMPARATIVES | {"cheaper", "dearer", "costlier"}


class DirectionAttacher(Attacher):
    """Decides `direction`."""

    def _participle_after(self, m: Mention) -> bool:
        """ "after rising a revised 0.1%": a previous value with its own change word."""
        lower = self.tokens.lower
        t = m.span.start - 1
        while t >= 0 and (lower[t] in ("a", "an", "revised") or (QUALIFIERS, t) in self.cue_at):
            t -= 1
        return t >= 1 and (CHANGES, t) in self.cue_at and lower[t - 1] in ("after", "following")

    def attach(self, mentions: list[Mention]) -> None:
        tokens = self.tokens
        text, whitespace = tokens.text, tokens.whitespace
        self._units_at = {m.span.start: m.unit for m in mentions}  # for `_trailing_from_cue`
        self._moved_levels: set[int] = set()  # levels moved by a far ", up from" after them
        self._compared_levels: set[int] = set()  # levels moved only by a trailing comparison
        for i, m in enumerate(mentions):
            first = text[m.span.start]
            if m.unit == "times" and first.lower() in MULTIPLE_WORDS:
                m.direction = self._multiple_word_direction(m)
                continue
            if m.unit == "times" and m.value > 1 and self._times_an_earlier_level(m):
                m.direction = "increase"  # "more than four times the $7.3 billion collected
                continue  # in May 2024", "2.5 times the level of the same month last year"
            level = m.span.start > 0 and self.tokens.lower[m.span.start - 1] in ("to", "from")
            if (first[:1] in ("-", "−") or m.value < 0) and not level and self._signed_level(m):
                m.direction = None  # "housing held at -0.06", "a reading of -0.15": a level
                continue
            if (first[:1] in ("-", "−") or m.value < 0) and not level:
                # a signed change; not a negative level reached ("improved to -11.8 from
                # -13.1"), whose direction is its verb's
                m.direction = "decrease"
                continue
            sign = m.span.start - 1 if m.span.start else None
            if sign is not None and text[sign] in ("-", "−") and not whitespace[sign]:
                before = sign - 1 if sign else None
                if before is None or tokens.is_space[before] or text[before] in ("(", ",", ":"):
                    m.direction = "decrease"  # "(-$1.5 billion)": a sign before the symbol
                    continue
            if first[:1] == "+" or (
                sign is not None and text[sign] == "+" and not whitespace[sign]
            ):
                m.direction = "increase"
                continue
            if m.unit == "count" and self._counts_forecasters(m):
                m.direction = None  # "a Reuters poll of 17 economists": who was asked
                continue
            if m.unit == "count" and self._counts_things(m):
                # "two of the four groupings", "two more rate cuts"; but "Seven of the 18
                # industries reported growth, down from nine" is a count that fell
                trailing = self._count_compared(m)
                m.direction = DIRECTIONS[trailing.label_] if trailing is not None else None
                continue
            if m.unit in ("percent", "fraction") and self._share_of_respondents(m):
                # "17% of firms reported a fall in turnover, up from 14%": the fall is what they
                # reported; the share itself moved only by "up/down from"
                trailing = self._count_compared(m) or self._moved_from_after(m, past_moves=True)
                m.direction = DIRECTIONS[trailing.label_] if trailing is not None else None
                continue
            if self.ctx.names_a_target(m):
                m.direction = None  # "above the Fed's 2% target", "a growth target of 5%"
                continue
            moved = self._stock_move(m)
            if moved is not None:
                m.direction = moved  # "a 22 bcf draw", "an injection of 25 bcf"
                continue
            if self._bare_expectation(m):
                m.direction = None  # "short of the 0.5% Reuters estimate", "beating market
                continue  # forecasts of 3.9%": what was expected, stated as no change
            revised = self.ctx.revised_forecast(m)
            if revised is not None:
                # "cut its 2025 growth forecast to 0.5%": the verb moved it, not the "growth"
                # (also a range's second bound, and past a figure before: "shares fell 4.2%
                # after the drugmaker cut its outlook to a range of 8% to 11%")
                m.direction = revised.direction
                continue
            if self._gap_between_groups(m):
                m.direction = None  # "3.1 percentage points faster than that of all
                continue  # industries": a gap between two groups' rates, no move
            comparative = self._comparative_after(m, mentions[i + 1 : i + 2])
            if comparative is not None:
                m.direction = comparative
                continue
            post = self._post_cue(m, mentions[i + 1] if i + 1 < len(mentions) else None)
            if post is not None:
                m.direction = DIRECTIONS[post.label_]  # "compared with a 1.1 pct increase"
                m.rules.append(post.id_)
                continue
            move = self.ctx.participle_move(m)
            if move is not None:
                # "..., bringing total capacity to 237 GW": as the participle moves it, or as
                # the clause before moved its own figure ("cut its rate by 25 basis points,
                # taking the rate to 3.25%"); "leaving the ratio at 1.34 months": none but
                # its own "up from"
                way = move.direction
                if way == "clause":
                    cue = self._last_change_before(move.verb, m)
                    way = DIRECTIONS[cue.label_] if cue is not None else None
                elif way is None and (trailing := self._trailing_from_cue(m)) is not None:
                    way = DIRECTIONS[trailing.label_]  # "... at 1.34 months, up from 1.32"
                m.direction = way
                continue
            if self.ctx.from_value(m) and m.chain_kind != "from" and not self._participle_after(m):
                m.direction = None
                continue
            if m.chain_kind == "from" or self._participle_after(m):
                # "following a 0.6% increase", "after increases of 0.7 pct": the value's own
                # wording; a bare "up from 1.5%" states no change for 1.5.
                cue = self._left_cue(m, stop_at_marker=True)
                m.direction = DIRECTIONS[cue.label_] if cue is not None else None
                if cue is not None:
                    m.rules.append(cue.id_)
                continue
            if m.chained_to is not None and m.chain_kind in ("list", "range", "level", "paren"):
                head = mentions[m.chained_to]
                m.direction = head.direction
                if (
                    m.chain_kind in ("list", "range", "level")
                    and head.chained_to is None  # (not "fell 9% (-2.3 TWh) to 23 TWh")
                    and self._signed(head)
                    and not self._signed(m)
                    and self._left_cue(head) is None
                ):
                    # "kept its range at -0.2% to 0.0%", "-0.2% for 2025 and 0.3% for 2026": a
                    # minus sign with no change word is its own figure's, not the list's
                    m.direction = None
                if m.chain_kind == "paren" and any(
                    (PERIODS_TOKENS, t) in self.cue_at for t in range(head.span.end, m.span.start)
                ):
                    # "4.8% below the peak of August 2007 (281.5)": the bracket gives the level
                    # of the period named, not the change.
                    m.direction = None
                if m.direction is None and m.chain_kind == "level" and self.ctx.from_value(head):
                    # "rising from 1.5% in May to 1.9% in June": 1.9 takes the rise.
                    cue = self._left_cue(head)
                    m.direction = DIRECTIONS[cue.label_] if cue is not None else None
                if (
                    m.direction is None
                    and m.chain_kind in ("paren", "list")
                    and m.unit != head.unit
                ):
                    # "numbered 196,000, or 18% of the total, up from 15%": the share's own
                    own = self._trailing_from_cue(m)
                    m.direction = DIRECTIONS[own.label_] if own is not None else None
                continue
            swung = self._swung_to(m)
            if swung is not None:
                m.direction = swung  # "swung to a surplus of $64 million": the balance rose
                continue
            if self._trimmed(m):
                m.direction = "decrease"  # "Bank trims rate to 2.25%": the level it cut to
                continue
            cue = self._left_cue(m)
            if (
                cue is not None
                and m.unit == "count"
                and self.tokens.lower[cue.start] in COUNTED_MOVES
            ):
                continue  # "announced the most cuts in October, at 47,878": a count of cuts
            if cue is not None:
                m.direction = DIRECTIONS[cue.label_]
                m.rules.append(cue.id_)
                continue
            if self._taken_off(m):
                m.direction = "decrease"  # "taking 2.3 percentage points off the headline rate"
                continue
            trailing = self._trailing_from_cue(m)
            if trailing is not None:
                self._compared_levels.add(m.span.start)
            else:
                trailing = self._contribution_cue(m, mentions, i)
            if trailing is None:
                trailing = self._by_cue(m) or self._moved_from_after(m)
            if trailing is not None:
                m.direction = DIRECTIONS[trailing.label_]
                m.rules.append(trailing.id_)
                if m.span.start in self._moved_levels:
                    m.rules.append(MOVED_FROM_AFTER)
                    self._compared_levels.add(m.span.start)
                continue
            shared = elliptical_head(self.ctx, mentions, i)
            if shared is not None and mentions[shared].span.start in self._compared_levels:
                continue  # "was 38,700, up from 33,100, and solar 21,200": 21,200 compared with
                # nothing, a level that states no move of its own
            if shared is None and (shared := self._by_item_head(m, mentions, i)) is not None:
                m.rules.append(SHARED_BY_ITEM)
            if shared is not None:
                # "rose 11% in A, 6.5% in B and 3.6% in C": the list shares its verb.
                m.direction = mentions[shared].direction
        self._items_before_a_comparative(mentions)
        self._ranges_moved_from_a_range(mentions)
        self._followers_of_a_ranking(mentions)
        self._estimates_of_a_named_change(mentions)
        self._levels_reached_by_a_revision(mentions)

    def _stock_move(self, m: Mention) -> str | None:
        """The way a noun of a stock's move names: right after the amount ("a 22 bcf draw",
        "the 53 bcf build expected", "a 0.8 million-barrel draw", "a 98 bcf withdrawal") or
        before it with "of" ("an injection of 25 bcf", "a crude draw of 4.3 million barrels",
        "builds of 2.8 million and 1.0 million barrels"); else None. Of physical stocks only:
        of money they name provisions and flows told as amounts ("a net reserve build of $810
        million")."""
        if is_money(m.unit) or m.unit in RATE_UNITS:
            return None
        lower, n = self.tokens.lower, self.tokens.n
        end, start = m.span.end, m.span.start
        if end < n and lower[end] in STOCK_MOVES:
            return STOCK_MOVES[lower[end]]
        if start >= 2 and lower[start - 1] == "of" and lower[start - 2] in STOCK_MOVES:
            return STOCK_MOVES[lower[start - 2]]
        return None

    def _bare_expectation(self, m: Mention) -> bool:
        """Whether a figure is an expectation named with no change word of its own: "the
        0.5% Reuters estimate", "the 1.7% consensus", "market forecasts of 2.0%" (not "a 0.9%
        drop expected", "the 5.5% growth forecast", "expectations of a 1.5% fall")."""
        lower, cue_at = self.tokens.lower, self.cue_at
        sent = self.ctx.sentences[m.sentence]
        after = [m.span.end] if m.span.end < sent.end else []
        if after and self.tokens.is_alpha[after[0]] and lower[after[0]] not in _JOINS:
            after.append(after[0] + 1)  # "a 1.5 million-barrel draw", "a 0.2% decline"
        if any((CHANGES, k) in cue_at for k in after if k < sent.end):
            return False
        t = m.span.start - 1
        while t > sent.start and ((QUALIFIERS, t) in cue_at or lower[t] in ("a", "an")):
            t -= 1
        if t > sent.start and lower[t] in ("of", "for") and lower[t - 1] in _EXPECTED:
            return True
        if t < sent.start or lower[t] not in ("the", "'s", "’s"):
            return False
        for k in range(m.span.end, min(sent.end, m.span.end + 4)):
            if lower[k] in _EXPECTED:
                return True
            if not self.tokens.is_alpha[k] or (CHANGES, k) in cue_at:
                return False
        return False

    def _levels_reached_by_a_revision(self, mentions: list[Mention]) -> None:
        """ "has been revised up by 0.2 percentage points, from 0.3% to 0.5%", "was revised
        down from a first estimate of £12.1 billion to £11.6 billion", "revised its estimate
        up to 27.1 million tonnes": the figure an estimate was revised to takes the way it was
        revised, which its own words leave without a direction."""
        if not mentions:
            return
        sent = self.ctx.sentences[mentions[0].sentence]
        lower = self.tokens.lower
        for m in mentions:
            t = m.span.start - 1
            if m.direction is not None or t <= sent.start or lower[t] != "to":
                continue
            way = None
            for k in range(t - 1, max(sent.start, t - 25) - 1, -1):
                if lower[k] in (";", ":"):
                    break
                if lower[k] in _REVISED:
                    ahead = lower[k + 1 : t]
                    lead = lower[k - 1] if k > sent.start else ""
                    if lead in _REVISED_ADJECTIVE_LEADS:
                        break  # "the RBI's revised norms allow lenders to lend up to 85%"
                    if lead in _REVISED_WAYS:
                        way = _REVISED_WAYS[lead]
                    else:
                        way = next((_REVISED_WAYS[w] for w in ahead if w in _REVISED_WAYS), None)
                    break
            m.direction = way

    def _estimates_of_a_named_change(self, mentions: list[Mention]) -> None:
        """ "The March gain was initially reported at 1.5%", "The December decline was originally
        put at 0.2%", "Growth in May was first put at 0.4%": a sentence about the estimates of a
        change it names as its subject gives that change's direction to the estimates its own
        words leave without one (not to a value the estimate moved from: "revised up to 3.4%
        from 3.3%")."""
        if not mentions:
            return
        sent = self.ctx.sentences[mentions[0].sentence]
        lower = self.tokens.lower
        verb = next(
            (k for k in range(sent.start, min(sent.end, sent.start + 8)) if lower[k] in _BE),
            None,
        )
        if verb is None or verb == sent.start or not any(
            lower[k] in _ESTIMATE_VERBS for k in range(verb + 1, min(sent.end, verb + 4))
        ):
            return
        noun = verb - 1
        while noun > sent.start and verb - noun < 5 and (
            (PERIODS_TOKENS, noun) in self.cue_at or lower[noun] in ("in", "for", "the")
        ):
            noun -= 1  # past the change's own period: "Growth in the first quarter was"
        cue = self.cue_at.get((CHANGES, noun))
        if cue is None or lower[noun] not in ESTIMATED_CHANGE_NOUNS or cue.label_ not in DIRECTIONS:
            return
        for m in mentions:
            if (
                m.direction is None
                and m.span.start > verb
                and m.unit in RATE_UNITS  # the units a change's estimates are written in
                and m.chain_kind != "from"
                and "from" not in lower[max(sent.start, m.span.start - 5) : m.span.start]
            ):  # (not "revised up to 0.4% from 0.3%", "revised up from an originally reported
                # 9.8 pct": a value it came from has none)
                m.direction = DIRECTIONS[cue.label_]

    def _taken_off(self, m: Mention) -> bool:
        """ "taking 2.3 percentage points off the headline figure", "knocked 0.2 points off
        growth": an amount a verb takes off a whole is a fall of it."""
        lower = self.tokens.lower
        t = m.span.start - 1
        while t > 0 and (QUALIFIERS, t) in self.cue_at or lower[t] in ("a", "an", "further"):
            t -= 1
        end = m.span.end
        return (
            t >= 0
            and lower[t] in _TAKING_OFF
            and end < self.tokens.n
            and lower[end] == "off"
            and self.tok_sentence[end] == m.sentence
        )

    def _last_change_before(self, t: int, m: Mention) -> Span | None:
        """The last change cue of m's sentence before token t."""
        sent = self.ctx.sentences[m.sentence]
        return next(
            (
                self.cue_at[(CHANGES, k)]
                for k in range(t - 1, sent.start - 1, -1)
                if (CHANGES, k) in self.cue_at
            ),
            None,
        )

    def _items_before_a_comparative(self, mentions: list[Mention]) -> None:
        """ "were 3.9% and 2.7% cheaper respectively", "4 to 5 pct higher": the change word
        after a list's or a range's last figure is every item's."""
        for i in range(len(mentions) - 1, 0, -1):
            last = mentions[i]
            if (
                last.direction is None
                or last.chain_kind not in ("list", "range")
                or (CHANGES, last.span.end) not in self.cue_at
                or self.tokens.lower[last.span.end] not in _LISTED_COMPARATIVES
            ):
                continue
            j = i
            while (
                mentions[j].chain_kind in ("list", "range")
                and mentions[j].chained_to == j - 1
                and self._joined(mentions[j - 1], mentions[j])
                and (mentions[j].chain_kind == "range" or self._written_unit(mentions[j - 1]))
            ):
                j -= 1
                if mentions[j].direction is not None or mentions[j].unit != last.unit:
                    break
                mentions[j].direction = last.direction

    def _ranges_moved_from_a_range(self, mentions: list[Mention]) -> None:
        """ "now sees sales of $8.5 billion to $8.7 billion, up from $8.2 billion to $8.4 billion
        previously", "sees inflation at 4.5%-5.5%, down from its earlier 5%-6%": a range whose
        last bound is followed by ", up/down from" moved that way, both bounds (the range it
        moved from keeps its own words)."""
        for i in range(len(mentions) - 1):
            first, last = mentions[i], mentions[i + 1]
            if (
                first.direction is not None
                or last.direction is not None
                or last.chained_to != i
                or last.chain_kind not in ("list", "range", "level")
                or first.unit != last.unit
                or first.chain_kind == "from"
                or self.ctx.from_value(first)
                or not self._bounds(first, last)
            ):
                continue
            cue = self._trailing_from_cue(last)
            if cue is None:
                continue
            first.direction = last.direction = DIRECTIONS[cue.label_]
            first.rules.append(cue.id_)
            last.rules.append(cue.id_)

    def _bounds(self, first: Mention, second: Mention) -> bool:
        """Whether two figures are the bounds of a range: "4 to 5 pct", "4%-5%", "between 4%
        and 5%"."""
        lower = self.tokens.lower
        words = lower[first.span.end : second.span.start]
        if words in (("to",), ("-",), ("–",), ("—",)):
            return True
        return words == ("and",) and first.span.start > 0 and lower[first.span.start - 1] == (
            "between"
        )

    def _joined(self, first: Mention, second: Mention) -> bool:
        """Whether two figures are joined as items or bounds ("3% and 4%", "4 to 5 pct"), not
        only set side by side ("43.2 years, 0.1 years higher")."""
        words = {self.tokens.lower[t] for t in range(first.span.end, second.span.start)}
        return bool(words & {"and", "to", "-", "–"}) and words <= {"and", "to", "-", "–", ","}

    def _signed(self, m: Mention) -> bool:
        """Whether the figure is written with a minus sign ("-0.2%", "−1.5")."""
        first = self.tokens.text[m.span.start]
        start = m.span.start
        before = self.tokens.text[start - 1] if start > 0 else ""
        return first[:1] in ("-", "−") or (
            before in ("-", "−") and not self.tokens.whitespace[start - 1]
        )

    def _written_unit(self, m: Mention) -> bool:
        """Whether the figure writes its unit ("3.9%", "£2 billion"), not a bare number ("the
        index reached 150.2 and 3.1% higher": a level, then a change)."""
        return any(not (c.isdigit() or c in ".,") for c in self.ctx.text(m.span))

    def _followers_of_a_ranking(self, mentions: list[Mention]) -> None:
        """ "Nonstore retailers led the gains with a 2.3% increase, followed by clothing
        stores at 1.4%", "increased by 7.2%, followed by security services (6.5%)": a figure
        after "followed by" with no change word of its own moved as the leader's did."""
        if not mentions:
            return
        sent = self.ctx.sentences[mentions[0].sentence]
        by = self.ctx.followed_by(sent)
        if by is None:
            return
        for m in mentions:
            if (
                m.span.start <= by
                or m.direction is not None
                or m.chain_kind == "paren"  # "at 4.2% (£220,110)": the level it is of
                or self.ctx.from_value(m)
                or any((CHANGES, k) in self.cue_at for k in range(by + 2, m.span.start))
            ):
                continue
            # the leader is the last change before "followed by" in the follower's unit ("up
            # 7.6% to an average of £215,460, followed by Scotland at 4.2%": 7.6%)
            leader = next(
                (
                    n
                    for n in reversed(mentions)
                    if n.span.end <= by
                    and n.direction in ("increase", "decrease")
                    and n.unit == m.unit
                    and n.span.start not in self._moved_levels  # (a level that moved: "supplied
                    # 58% of imports (17.5 bcm), up from 45%, followed by Qatar (12%)")
                ),
                None,
            )
            if leader is not None:
                m.direction = leader.direction

    def _post_cue(self, m: Mention, nxt: Mention | None) -> Span | None:
        """A change noun or comparative right after the number: "a 15% increase", "3% higher"."""
        tokens = self.tokens
        n = tokens.n
        end = m.span.end
        # "a quarter-point Bank of England cut": a name of four words before the noun
        reach = 4 if end + 1 < n and tokens.is_title[end] and tokens.lower[end + 1] == "of" else 3
        limit = min(end + reach, nxt.span.start if nxt else n)
        if nxt is not None and self._restates(m, nxt):
            # "a £4.7 billion (11.9%) decrease", "a 104 pct or 600 mln dlr increase"
            end, limit = nxt.span.end, min(nxt.span.end + 4, n)
        bound = nxt.span.start if nxt else n
        for t in range(end, limit):
            if tokens.text[t] == ")" and t == end:
                continue
            basis = self.cue_at.get((BASES, t))
            if basis is not None and basis.start == t == end:
                # "a 14.5% year-on-year gain": a basis between the number and its noun (only
                # the word right after it, not "year on year at constant prices"); "a 0.4%
                # monthly gain": a basis cue that holds the noun
                inside = next(
                    (
                        self.cue_at[(CHANGES, k)]
                        for k in range(basis.start, basis.end)
                        if (CHANGES, k) in self.cue_at
                    ),
                    None,
                )
                cue = inside or (
                    self.cue_at.get((CHANGES, basis.end)) if basis.end < bound else None
                )
                return cue if cue is not None and cue.label_ != "NEUTRAL" else None
            named_of = t > end and self.of_in_name(t)
            if (
                tokens.is_punct[t]
                or tokens.is_space[t]
                or (tokens.lower[t] in POST_CUE_STOP and not named_of)
            ):
                break
            cue = self.cue_at.get((CHANGES, t))
            if cue is not None:
                after = self.tokens.lower[t + 1] if t + 1 < n else ""
                if tokens.lower[t] in ("up", "down") and after in ("from", "to"):
                    break
                if t > end and tokens.lower[t] in ("above", "below", "over", "under"):
                    break  # "90,000 industrial enterprises above designated size": a bound
                return cue
        return None

    def _comparative_after(self, m: Mention, following: list[Mention]) -> str | None:
        """ "19% more than in H1 2024", "3% less than a year earlier"; also after the
        number's restatement in another unit: "£4.9 billion, or 7.9%, higher than"."""
        n = self.tokens.n
        t = m.span.end
        while t < n and self.tokens.text[t] in (",", "or", "("):
            t += 1
            nxt = following[0] if following and following[0].span.start == t else None
            if nxt is None and (QUANT_TOKENS, t) in self.cue_at:
                return None  # a number that is no measurement stands between
            if nxt is not None and self.tokens.text[t - 1] not in ("or", "("):
                return None  # "Rs 20.13 trillion, 9.4 per cent higher": a level, then a change
            if nxt is not None:
                if nxt.unit == m.unit:
                    return None  # "£66.7 billion, £4.9 billion ... higher": a level, then a change
                t = nxt.span.end
                while t < n and self.tokens.text[t] in (",", ")"):
                    t += 1
                break
        word = self.tokens.lower[t] if t < n else ""
        if t + 1 < n and self.tokens.lower[t + 1] == "than" and self._than_another_figure(m, t):
            return None
        if t + 1 < n and self.tokens.lower[t + 1] == "than":
            if word in MORE_COMPARATIVES or word == "longer":
                return "increase"  # "0.2 points faster than in May": the rate picked up
            if word in LESS_COMPARATIVES or word == "shorter":
                return "decrease"
        if (
            t == m.span.end
            and t + 1 < n
            and (self.tokens.is_punct[t + 1] or (BASES, t + 1) in self.cue_at)
            and word in ("more", "less", "higher", "lower")
        ):
            # "spent 26,300 yuan per capita, 5.2 percent more, and ...": the comparison with
            # the time before, left unsaid
            return "increase" if word in ("more", "higher") else "decrease"
        if (
            t == m.span.end
            and word in ("more", "fewer", "less")
            and m.unit in ("percent", "fraction")
        ):
            # "placed 7.1% fewer orders", "used a fifth less gas", "flew 3% more passengers":
            # a share more or less of what the clause counts
            return "increase" if word == "more" else "decrease"
        return None

    def _than_another_figure(self, m: Mention, t: int) -> bool:
        """Whether a comparative at t, set off from m by a comma alone, compares a figure of
        its own, not m with its earlier value: a multiple or a share of a level ("€2.10/kg,
        more than three times the average", "24.1 EUR/MWh, less than half of the 80.2 EUR/MWh
        paid in Poland"), or a figure in another unit ("rose 0.4% to $80.1 billion, less than
        the 0.7% gain first reported": the change's). A figure in m's unit is its earlier value
        ("$80.1 billion, less than the $81.0 billion of May")."""
        tokens, n = self.tokens, self.tokens.n
        if t != m.span.end + 1 or tokens.text[m.span.end] != ",":
            return False
        k = t + 2
        if k < n and tokens.lower[k] in ("a", "an", "the"):
            k += 1
        if k >= n:
            return False
        if tokens.lower[k] in MULTIPLE_WORDS or tokens.lower[k] in _SHARE_WORDS:
            return True
        unit = self._units_at.get(k)
        return unit is not None and (unit != m.unit or unit in ("times", "fraction"))

    def _gap_between_groups(self, m: Mention) -> bool:
        """Whether a comparative of speed right after the figure compares with another group's
        growth, not an earlier one: "grew by 8.0 percent, 3.1 percentage points faster than
        that of all industries", "2.6 points slower than those of urban households" (a gap
        between groups' growth states no move); not "faster than that of the previous
        month"."""
        lower, n = self.tokens.lower, self.tokens.n
        t = m.span.end
        if t + 1 >= n or lower[t + 1] != "than" or lower[t] not in _GAP_COMPARATIVES:
            return False
        k = t + 2
        if k + 1 >= n or lower[k] not in ("that", "those") or lower[k + 1] != "of":
            return False
        ahead = range(k + 2, min(k + 6, n))
        return not any(
            (PERIODS_TOKENS, j) in self.cue_at or lower[j] in _EARLIER_WORDS for j in ahead
        )

    def _left_cue(self, m: Mention, stop_at_marker: bool = False) -> Span | None:
        """The nearest change word before the number in its clause."""
        tokens = self.tokens
        lower = tokens.lower
        sent = self.tok_sentence[m.span.start]
        t = m.span.start - 1
        steps = 0
        reached = False
        of_seen = False
        lead = [
            lower[x]
            for x in range(max(0, t - 3), t + 1)
            if (QUALIFIERS, x) not in self.cue_at and lower[x] not in ("just", "only")
        ]
        # "rose at a seasonally and inflation-adjusted annual rate of 0.7%": a long rate name
        reach = 16 if lead[-2:] in (["rate", "of"], ["pace", "of"]) else 10
        own = t  # the word right before the figure, past its qualifier
        while own > 0 and (QUALIFIERS, own) in self.cue_at:
            own -= 1
        if (
            own > 1
            and lower[own] == "off"
            and (
                lower[own - 1] in _OFF_AFTER
                or (tokens.is_alpha[own - 1] and "with" in lower[max(0, own - 5) : own - 1])
            )  # "..., with gasoline off 2.3%"
        ):
            # "followed by wood products, off 3.1 pct", "shares were off 2%": a fall
            doc = self.doc[own : own + 1].doc
            return Span(doc, own, own + 1, label="DECREASE", span_id="change.off")
        # "followed by clothing retailing, up 2.1%": the component's own change, after its
        # name and a comma (not the "up" of "up from 1.5%", which compares)
        own_change = own > 0 and lower[own] in ("up", "down") and lower[own - 1] == ","
        restated = self._restated_change_before_at(t)
        if restated is not None:
            t = restated  # "was down 27 ringgit, or 0.6%, at 4,236 ringgit": the level reached
        while t >= 0 and steps < reach and self.tok_sentence[t] == sent:
            word = lower[t]
            if tokens.text[t] in (";", ":", "—", "–") or tokens.is_space[t]:
                return None
            if (
                self.cue_at.get((QUALIFIERS, t)) is not None
                and t >= m.span.start - 4
                and not self.ctx.verb_up_to(t)
            ):
                t -= 1
                continue
            marker = self.cue_at.get((MARKERS, t))
            if own_change and t == own and (CHANGES, t) in self.cue_at:
                return self.cue_at[(CHANGES, t)]
            if stop_at_marker and marker is not None and marker.label_ == "FROM":
                return None
            cue = self.cue_at.get((CHANGES, t))
            if cue is not None and word in HIGHER_LOWER and self._before_noun(t):
                cue = None  # "higher inflation in rural areas at 4.6%": levels compared
            if cue is not None and self._noun_not_change(t):
                cue = None  # "the front-month contract averaged 34 €/MWh"
            if cue is not None and self._in_a_title(t):
                cue = None  # "Wage Growth in Poland averaged 8.12 percent": a name
            if cue is not None and word in ("below", "above") and of_seen:
                return None  # "below analysts' expectations of 50.5": the value compared with
            if word in HOLD_VERBS and not reached:
                # "weakens after the central bank holds rate at 6.50%": a level held (the cue
                # of "held at" kept as the reason); "the January decrease left the index at
                # 183.8": the change that is its subject; "assets held by the funds stood at
                # $98 billion, down from": no cue here, the comparison after it decides
                held = cue is not None and t + 1 < tokens.n and lower[t + 1] in _HELD_AT
                return self._change_subject(t, sent) or (cue if held else None)
            if word == "of":
                of_seen = True
            phrasal = t > 0 and self.tokens.lower[t - 1] in PARTICLE_UP
            if cue is not None and word == "up" and phrasal:
                cue = None  # "makes up two-thirds", "set up": a phrasal verb, not a rise
            if cue is not None and not reached and self._odds_of_move(t, sent):
                return None  # "the odds of a rate cut in December at 67%": odds change nothing
            if cue is not None and not (
                stop_at_marker and word in ("up", "down") and not (own_change and t == own)
            ):
                return cue
            if word == "to" and steps <= 3:
                reached = True  # "jumped more than a point to 5.8%": a level reached
            if (
                word in ("from", "than", "versus", "compared")
                and steps > 0
                and not (reached and word == "than")
            ):
                return None  # a value compared with: "higher than the peak of 73.0%"
            if (
                tokens.like_num[t]
                and lower[t] not in ORDINALS  # "fell for a second consecutive year, to"
                and not self.cue_at.get((PERIODS_TOKENS, t))
                and not self._duration_modifier(t)
            ):
                return None
            if tokens.text[t] == "," and steps > 2:
                return None
            t -= 1
            steps += 1
        return None

    def _restated_change_before_at(self, t: int) -> int | None:
        """For a level after "at" that follows a change and its restatement ("down 27
        ringgit, or 0.6%, at 4,236"), the token before the change's figure; else None."""
        lower, text = self.tokens.lower, self.tokens.text
        if t < 5 or lower[t] != "at" or text[t - 1] != ",":
            return None
        again = self.cue_at.get((QUANT_TOKENS, t - 2))
        if again is None or again.start < 3 or lower[again.start - 1] != "or":
            return None
        if text[again.start - 2] != ",":
            return None
        first = self.cue_at.get((QUANT_TOKENS, again.start - 3))
        return first.start - 1 if first is not None and first.start > 0 else None

    def _change_subject(self, verb: int, sent: int) -> Span | None:
        """A change noun a few words before a holding verb, in its clause: "The cut leaves the
        rate at 4%"."""
        for k in range(verb - 1, max(verb - 5, -1), -1):
            if self.tok_sentence[k] != sent or self.tokens.text[k] in (",", ";", ":"):
                return None
            if self.tokens.lower[k] in CLAUSE_OPENERS or self.tokens.lower[k] in _TIME_OPENERS:
                return None
            cue = self.cue_at.get((CHANGES, k))
            if cue is not None:
                noun = self.tokens.lower[k] in CHANGE_NOUNS or (
                    k > 0 and self.tokens.lower[k - 1] in ("the", "a", "an", "this", "that")
                )  # "the cut leaves", "this hike takes"
                return cue if noun else None
        return None

    def _signed_level(self, m: Mention) -> bool:
        """A negative reading of an index stated as a level, not a change: "expected a reading
        of -0.15", "from a downwardly revised -0.09", "held at -0.06" (a negative rate of
        change, "-0.3%", still states a fall)."""
        lower = self.tokens.lower
        t = m.span.start - 1
        if m.unit not in _RATES_OF_CHANGE and t > 0:
            # a price, margin or balance at a level: "prices averaged -38 €/MWh", "a clean dark
            # spread of -4 €/MWh", "the lowest hourly price, -400 €/MWh, was recorded"
            return lower[t] in _SIGNED_LEVEL_LEADS or (
                lower[t] == "," and self.tokens.is_alpha[t - 1] and lower[t - 1] not in _JOINS
            )
        if m.unit != "index_point":
            return False
        while t > 0 and lower[t] in ("a", "an", "revised", "downwardly", "upwardly"):
            t -= 1
        return t >= 0 and lower[t] in ("from", "at", "of", "was", "were", "is", "revised")

    def _times_an_earlier_level(self, m: Mention) -> bool:
        """Whether a multiple is of the same thing at an earlier time ("four times the $7.3
        billion collected in May 2024", "three times those of a year earlier"), not of
        another thing ("1.5 times its deposits")."""
        lower, n = self.tokens.lower, self.tokens.n
        end = m.span.end
        if end >= n or lower[end] not in ("the", "that", "those"):
            return False
        after = range(end, min(n, end + 8))
        if any(lower[t] in _NOT_EARLIER for t in after):
            return False  # "4.3 times the buffer norm of 13.54 mt for July 1", "four times the
            # capacity installed today"
        return any((PERIODS_TOKENS, t) in self.cue_at for t in after)

    def _multiple_word_direction(self, m: Mention) -> str | None:
        """ "doubled", "nearly triple the 54,064 in September": a rise; "double the 2%
        target": a comparison with a target, no change."""
        lower = self.tokens.lower
        if lower[m.span.start].endswith("ed"):
            return "increase"
        after = lower[m.span.end : m.span.end + 6]
        return None if any(w in ("target", "goal", "ceiling") for w in after) else "increase"

    def _odds_of_move(self, t: int, sent: int) -> bool:
        """Whether the change word at t is the move that odds before it are of: "the odds of
        a quarter-point rate cut", "the probability of another hike"."""
        lower = self.tokens.lower
        for k in range(t - 1, max(-1, t - 11), -1):
            if self.tok_sentence[k] != sent or (self.tokens.is_punct[k] and lower[k] != "-"):
                return False
            if lower[k] in ODDS_NOUNS:
                return lower[k + 1] == "of"
        return False

    def _share_of_respondents(self, m: Mention) -> bool:
        """ "17% of trading businesses reported a fall", "while 9% expect it to fall": a share
        of a group that did or said something (its verb after the group or the number)."""
        lower, n = self.tokens.lower, self.tokens.n
        end = m.span.end
        if end >= n:
            return False
        if lower[end] in _RESPONDENT_VERBS:
            return m.span.start > 0 and lower[m.span.start - 1] in SPLIT_LEADS
        if lower[end] != "of":
            return False
        sent = self.ctx.sentences[self.tok_sentence[m.span.start]]
        return self.group_clause(end + 1, sent) is not None

    def _count_compared(self, m: Mention) -> Span | None:
        """ "Seven of the 18 industries reported growth, down from nine": the ", up/down from"
        after a count (past its denominator), as the change cue of the count."""
        tokens = self.tokens
        sent = self.tok_sentence[m.span.start]
        for k in range(m.span.end, min(tokens.n - 2, m.span.end + 20)):
            if self.tok_sentence[k] != sent:
                return None
            if tokens.text[k] == "," and tokens.lower[k + 2] == "from":
                cue = self.cue_at.get((CHANGES, k + 1))
                if cue is not None and tokens.lower[k + 1] in ("up", "down"):
                    return cue
            if (
                tokens.like_num[k]
                and tokens.lower[k - 1] not in ("of", "the")
                and (PERIODS_TOKENS, k) not in self.cue_at
            ):
                return None
        return None

    def _moved_from_after(self, m: Mention, past_moves: bool = False) -> Span | None:
        """ "a 70% chance of a 25-basis-point cut at the June meeting, up from 45% a week ago",
        "18% of firms expect higher sales over the next 12 months, down from 24%", "totalled
        1.2 mln bags of 60 kilos in May, up from 0.9 mln": a level whose clause, past the words
        that say what it measures, ends in ", up/down from" and an earlier value in its own
        unit takes that move. The words between may hold figures of other units and, for the
        odds of a move or (`past_moves`) a share of a group that did or expects something, the
        move itself; not a figure in the level's unit, a change of its own (for other levels)
        or another clause ("while", "but", ";")."""
        tokens, cue_at = self.tokens, self.cue_at
        lower = tokens.lower
        end = m.span.end
        past_moves = past_moves or (end < tokens.n and lower[end] in ODDS_NOUNS)
        sent = self.ctx.sentences[self.tok_sentence[m.span.start]]
        units = self._units_at
        t = end
        while t < min(sent.end - 2, end + 28):
            quantity = cue_at.get((QUANT_TOKENS, t))
            if quantity is not None and quantity.start == t:
                if units.get(t) == m.unit:
                    return None  # another figure in the level's unit
                t = quantity.end
                continue
            if lower[t] in (";", ":") or lower[t] in _MOVED_STOPS:
                return None
            if tokens.text[t] == "," and lower[t + 2] == "from":
                cue = cue_at.get((CHANGES, t + 1))
                if cue is None or lower[t + 1] not in ("up", "down"):
                    return None
                k = t + 3
                while k < sent.end and ((QUALIFIERS, k) in cue_at or lower[k] in ("a", "an")):
                    k += 1
                value = cue_at.get((QUANT_TOKENS, k))
                if value is None or value.start != k or units.get(k) != m.unit:
                    return None
                self._moved_levels.add(m.span.start)
                return cue
            if (CHANGES, t) in cue_at and not past_moves:
                return None
            t += 1
        return None

    def _swung_to(self, m: Mention) -> str | None:
        """ "increase" for the figure of a balance that swung (or flipped, or turned) to a
        surplus or a profit: "swung to a surplus of $64 million", "flipped to net income of
        $1.9 billion"; else None. (A swing to a deficit or a loss lowers the balance but
        raises the deficit: it states no one way.)"""
        lower = self.tokens.lower
        sent = self.tok_sentence[m.span.start]
        t = self.before_qualifiers(m.span.start)
        if t < 3 or lower[t] != "of" or lower[t - 1] not in _POSITIVE_SIDES:
            return None
        k = t - 2
        while k >= 0 and lower[k] in _BALANCE_FILLERS:
            k -= 1
        if k < 1 or lower[k] != "to" or self.tok_sentence[k - 1] != sent:
            return None
        return "increase" if lower[k - 1] in _SWING_VERBS else None

    def _trimmed(self, m: Mention) -> bool:
        """Whether "trim" or "trims" moved the figure, by "to" or "by" after its object of at
        most three words: "Central bank trims rates to 2.25%", "will trim its dividend to 40
        cents", "trims key rate by 25 bps" (the change cues leave these verbs to the headline
        rules, which name the figure by the clause it opens); not a name ("CPI-trim")."""
        lower, text = self.tokens.lower, self.tokens.text
        sent = self.tok_sentence[m.span.start]
        t = self.before_qualifiers(m.span.start)
        if t < 1 or lower[t] not in ("to", "by"):
            return False
        for k in range(t - 1, max(t - 5, -1), -1):
            if self.tok_sentence[k] != sent or not self.tokens.is_alpha[k]:
                return False
            if lower[k] in _TRIM_VERBS:
                return k == 0 or text[k - 1] != "-"
        return False

    def _counts_forecasters(self, m: Mention) -> bool:
        """Whether a count is of the forecasters of a poll: "17 economists", "of 31
        analysts"."""
        lower = self.tokens.lower
        for t in range(m.span.end, min(self.tokens.n, m.span.end + 3)):
            if lower[t] in _POLLED:
                return True
            if not self.tokens.is_alpha[t]:
                return False
        return False

    def _counts_things(self, m: Mention) -> bool:
        """ "two of the four groupings", "two more cuts", "three further reductions": a count
        whose change noun is the thing counted, not a change of it; "prices rose in 11 Member
        States and fell in 9": the number of places where a change happened."""
        lower, end = self.tokens.lower, m.span.end
        if m.span.start > 0 and lower[m.span.start - 1] == "in":
            return True
        if heads_clause(lower, m.span.start, end):
            return True  # "while two reported modest declines": who did it, not a fall
        if end + 1 < self.tokens.n and lower[end] in ("or", "to") and self.tokens.like_num[end + 1]:
            end += 2  # "one or two more cuts"
        if end >= self.tokens.n:
            return False
        if lower[end] == "of":
            return True
        if lower[end] in COUNTED_MOVES or (
            end + 1 < self.tokens.n
            and lower[end + 1] in COUNTED_MOVES
            and self.tokens.is_alpha[end]
            and (CHANGES, end) not in self.cue_at
        ):
            return True  # "announced 153,074 job cuts", "307,638 cuts so far this year"
        return lower[end] in ADDED_WORDS and any(
            (CHANGES, t) in self.cue_at for t in range(end + 1, min(end + 3, self.tokens.n))
        )

    def _in_a_title(self, t: int) -> bool:
        """ "Wage Growth in Poland", "the GDP Growth Rate": a capitalized change noun inside
        an indicator's title names it; no change is stated (not at a sentence's start, and not
        in a line of capitals)."""
        text, lower = self.tokens.text, self.tokens.lower
        word = text[t]
        return (
            lower[t] in CHANGE_NOUNS
            and word[:1].isupper()
            and not word.isupper()
            and t > 0
            and not self.ctx.sentence_start(t)
            and (text[t - 1][:1].isupper() or text[t - 1].isupper())
            and self.tokens.is_alpha[t - 1]
            and not self._title_case_line(t)
        )

    def _title_case_line(self, t: int) -> bool:
        """Whether token t stands in a headline written in title case ("Canada Wholesale
        Sales Rise 1.2% in July"): most of its longer words are capitalized."""
        sent = self.ctx.sentences[self.tok_sentence[t]]
        words = [
            self.tokens.text[k]
            for k in range(sent.start, sent.end)
            if self.tokens.is_alpha[k] and len(self.tokens.text[k]) > 3
        ]
        return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)

    def _noun_not_change(self, t: int) -> bool:
        """ "the contract averaged", "futures contracts rose": the noun, not the verb."""
        lower = self.tokens.lower
        if lower[t] not in ("contract", "contracts") or t + 1 >= len(lower):
            return False
        nxt = lower[t + 1]
        return (
            (t > 0 and lower[t - 1] in ("the", "a", "futures", "its", "this", "that"))
            or nxt in PREDICATE_WORDS
            or (CHANGES, t + 1) in self.cue_at
            or nxt.endswith("ed")
        )

    def _trailing_from_cue(self, m: Mention) -> Span | None:
        """ "totalled 1.82 mln, up from 1.61 mln": a level followed by ", up from". When the
        change has its own amount ("totalled 2.1 mln, down 90,000 from a year earlier", like
        "reached 8,237.4 billion yuan, an increase of 6.1%"), that amount states the change
        and the level none."""
        tokens = self.tokens
        n = tokens.n
        end = m.span.end
        sent = self.tok_sentence[m.span.start]
        # The number's own period does not count: "4.2% in the three months to July, up from"
        window = [
            t
            for t in range(end, min(n, end + 24))
            if (PERIODS_TOKENS, t) not in self.cue_at and self.tok_sentence[t] == sent
        ][:16]
        reach = 9  # longer past a figure of another unit set off by a comma
        set_off = False  # whether a comma stands between the number and the word at hand
        for j, tok in enumerate(window):
            if j >= reach:
                break
            set_off = set_off or (j > 0 and tokens.text[window[j - 1]] == ",")
            cue = self.cue_at.get((CHANGES, tok))
            if cue is not None and tokens.lower[tok] in ("up", "down", "higher", "lower"):
                after = self.tokens.lower[tok + 1] if tok + 1 < n else ""
                if after == "from" and set_off:
                    value = next(
                        (q for t in window[j + 1 :] if (q := self.cue_at.get((QUANT_TOKENS, t)))),
                        None,
                    )
                    unit = self._units_at.get(value.start) if value is not None else None
                    if (
                        unit is not None
                        and unit != m.unit
                        and (reach > 9 or self._earlier_in(unit, m))
                    ):  # (nor "196,000, or 18% of the total, up from 15%": the share's)
                        return None  # "70 TWh ..., around 2.7% of total demand, up from 62
                        # TWh": said of the figure before, in its unit
                    return cue
                if after == "than" and set_off and self._earlier_value_after(tok + 2):
                    return cue  # "$14.2 billion in May, marginally lower than $14.9 billion in
                    # April": the level against its earlier value
            if tokens.like_num[tok] and tok > 0 and tokens.lower[tok - 1] == "per":
                continue  # "38.2 per 10,000 firms, down from 40.1": the rate's own base
            if tokens.like_num[tok] and (PERIODS_TOKENS, tok) not in self.cue_at:
                quantity = self.cue_at.get((QUANT_TOKENS, tok))
                if quantity is not None and per_share_restatement(tokens.lower, quantity):
                    continue  # "$611 million, or 74 cents per share, down from": a restatement
                if (
                    quantity is not None
                    and self._units_at.get(quantity.start, m.unit) != m.unit
                    and set_off
                    and quantity.end < n
                    and tokens.lower[quantity.end] == "of"
                ):
                    reach = 16  # "70 TWh in 2024, around 2.7% of total demand, up from 62 TWh"
                    continue
                if (
                    quantity is not None
                    and self._units_at.get(quantity.start, m.unit) != m.unit
                    and self.ctx.after_comma_or(quantity.start, end)
                ):
                    reach = 16  # "5.1%, or 1.7 million people, up from 4.8%": the restatement
                    continue
                break
        return None

    def _earlier_in(self, unit: str, m: Mention) -> bool:
        """Whether a figure in `unit` stands before m in its sentence."""
        sent = self.ctx.sentences[self.tok_sentence[m.span.start]]
        return any(sent.start <= s < m.span.start and u == unit for s, u in self._units_at.items())

    def _earlier_value_after(self, t: int) -> bool:
        """Whether a figure dated by a period phrase of its own starts at token t ("the")
        ("$14.9 billion in April", "the 3.0 trillion of a year earlier"), and is no forecast
        ("the $13.9 billion expected")."""
        lower, n = self.tokens.lower, self.tokens.n
        if t < n and lower[t] == "the":
            t += 1
        quantity = self.cue_at.get((QUANT_TOKENS, t)) if t < n else None
        if quantity is None:
            return False
        k = quantity.end
        while k < n and lower[k] in ("recorded", "reported", "seen", "of"):
            k += 1
        return k < n and (PERIODS_TOKENS, k) in self.cue_at

    def _restates(self, m: Mention, nxt: Mention) -> bool:
        """Whether `nxt` restates `m` in brackets or as an alternative: "4.7 bln (11.9%)"."""
        gap = list(self.tokens.lower[m.span.end : nxt.span.start])
        return gap in (["("], ["or"], [",", "or"])

    def _duration_modifier(self, t: int) -> bool:
        """ "a five-month low", "a 12-year high": a number inside a duration word."""
        return (
            t + 2 < self.tokens.n
            and self.tokens.text[t + 1] == "-"
            and self.tokens.lower[t + 2].rstrip("s") in DURATION_UNITS
        )

    def _before_noun(self, t: int) -> bool:
        """A comparative used as an adjective before its noun ("higher inflation")."""
        nxt = t + 1 if t + 1 < self.tokens.n else None
        return (
            nxt is not None
            and self.tokens.is_alpha[nxt]
            and self.tokens.lower[nxt] not in POST_CUE_STOP
            and self.tokens.lower[nxt] not in ("by", "at", "than", "to")
            and (QUANT_TOKENS, nxt) not in self.cue_at
        )

    def _contribution_cue(self, m: Mention, mentions: list[Mention], i: int) -> Span | None:
        """ "contributed 0.5 and 0.2 respectively to the overall decrease": a share of a
        change takes that change's direction."""
        lower = self.tokens.lower
        later = {t for n in mentions[i + 1 :] for t in range(n.span.start, n.span.end)}
        t, seen = m.span.end, 0
        sent = self.tok_sentence[m.span.start]
        while t < len(lower) and seen < 14 and self.tok_sentence[t] == sent:
            if t in later or lower[t] in ("and", ",", "respectively", "each"):
                t += 1
                seen += 1
                continue
            break
        words = range(t, min(len(lower), t + 5))
        if len(words) < 2 or lower[words[0]] != "to" or lower[words[1]] != "the":
            return None
        for tok in words[2:]:
            cue = self.cue_at.get((CHANGES, tok))
            if cue is not None:
                return cue if lower[tok] in CHANGE_NOUNS else None
            if not self.tokens.is_alpha[tok]:
                return None
        return None

    def _by_item_head(self, m: Mention, mentions: list[Mention], i: int) -> int | None:
        """ "rose 4.2 percent, and that by foreign-funded firms, including those from A, B
        and C, by 3.9 percent", "stocks jumped by 4.8 million barrels and distillates, which
        include diesel, by 2.5 million": an item that leaves out the verb and keeps only "by"
        and its figure shares the change of the last figure before it in its unit (past the
        value that change is compared with), however long the item's name."""
        tokens, cue_at = self.tokens, self.cue_at
        lower = tokens.lower
        t = self.before_qualifiers(m.span.start)
        if t < 0 or lower[t] != "by" or self.ctx.from_value(m):
            return None
        head = i - 1
        while head >= 0 and (
            mentions[head].chain_kind == "from" or self.ctx.from_value(mentions[head])
        ):
            head -= 1  # "rose by 3.4%, down from 3.5% in May, and core prices by 4.1%"
        if head < 0 or mentions[head].sentence != m.sentence:
            return None
        before = mentions[head]
        if before.direction is None or before.unit != m.unit:
            return None
        start = mentions[i - 1].span.end
        gap = [
            k
            for k in range(start, t)
            if not tokens.is_space[k] and (PERIODS_TOKENS, k) not in cue_at  # "in May 2025"
        ]
        if not gap or len(gap) > 30 or not {lower[k] for k in gap} & _ITEM_JOINS:
            return None
        joined = _hyphen_joined(self.ctx, gap)  # "foreign-funded"
        set_off = False  # inside ", which include diesel," or ", including those from A,"
        for a, k in zip([None, *gap], gap):
            word = lower[k]
            after_comma = a is not None and tokens.text[a] == ","
            if word == ",":
                set_off = False
            elif after_comma and word in _SET_OFF_OPENERS:
                set_off = True
            if (
                (CHANGES, k) in cue_at
                or word in _NOT_AN_ITEM
                or (tokens.like_num[k] and k + 1 < tokens.n and tokens.text[k + 1] != "-")
            ):
                return None
            if set_off:
                continue
            if (
                (word in PREDICATE_WORDS and word != "total")  # ("and total pay by 0.5%")
                or word in PARTICIPLE_OPENERS
                or word in _OUTDOING  # ", beating forecasts by 0.2%"
                or (
                    word.endswith("ed")
                    and k not in joined
                    and not _before_its_noun(self.ctx, k, gap)
                )  # ("used more gas than a year earlier, by 3%")
            ):
                return None
        return head

    def _by_cue(self, m: Mention) -> Span | None:
        """ "increased in Q2 compared with Q2 2013, by 4.5%", "slowed for food, drink and
        tobacco (16.9% ...)": "by" or a bracket points back to the clause's verb."""
        t = self.before_qualifiers(m.span.start)
        if t < 0 or (self.tokens.lower[t] != "by" and self.tokens.text[t] != "("):
            return None
        sent = self.tok_sentence[m.span.start]
        t -= 1
        while t >= 0 and m.span.start - t < 25 and self.tok_sentence[t] == sent:
            if self.tokens.text[t] in (";", ":") or (QUANT_TOKENS, t) in self.cue_at:
                return None
            cue = self.cue_at.get((CHANGES, t))
            if cue is not None and cue.label_ != "NEUTRAL":
                return cue
            t -= 1
        return None


#: Nouns of a stock's move and the way each names: "a 22 bcf draw", "an injection of 25 bcf".
STOCK_MOVES = {
    "draw": "decrease", "draws": "decrease", "drawdown": "decrease", "drawdowns": "decrease",
    "withdrawal": "decrease", "withdrawals": "decrease", "build": "increase",
    "builds": "increase", "build-up": "increase", "buildup": "increase",
    "injection": "increase", "injections": "increase",
}  # fmt: skip
#: The rule name of a figure that shares the change before it as an item with only "by".
SHARED_BY_ITEM = "direction:by_item"
#: The rule name of a level moved by a ", up/down from" at the end of its clause.
MOVED_FROM_AFTER = "direction:moved_from_after"
_ITEM_JOINS = frozenset({",", "and", "while", "whereas"})
#: Verbs of a figure that outdoes or trails another by an amount: "beating forecasts by 0.2%".
_OUTDOING = frozenset(
    "beat beats beating topped topping exceed exceeding outpace outpacing miss missed missing "
    "trail trailed trailing lag lagged lagging surpass surpassing outperform outperformed "
    "outperforming underperform underperformed underperforming outstrip outstripped "
    "outstripping".split()
)
#: Words after a comma that open a set-off inside an item's name, up to the next comma.
_SET_OFF_OPENERS = frozenset("which who including excluding mainly mostly chiefly notably".split())
#: Words of an item's gap that make the figure no item of the change before it.
_NOT_AN_ITEM = frozenset({";", ":", "than", "compared", "versus", "vs", "against", "after"})
#: Verbs that take an amount off a whole: "taking 2.3 percentage points off growth".
_TAKING_OFF = frozenset("take takes took taking knock knocks knocked knocking".split())
DURATION_UNITS = frozenset({"day", "week", "month", "quarter", "year", "decade"})
HIGHER_LOWER = frozenset({"higher", "lower"})
PARTICLE_UP = frozenset(
    {"make", "makes", "made", "making", "set", "sets", "take", "takes", "took", "taking",
     "end", "ends", "ended", "sum", "sums", "summed", "back", "backed", "line", "lined"}
)  # fmt: skip
CHANGE_NOUNS = frozenset(
    {
        "increase", "increases", "rise", "rises", "growth", "gain", "gains", "decrease",
        "decreases", "fall", "falls", "decline", "declines", "drop", "drops", "contraction",
        "reduction", "widening", "narrowing", "slowdown", "acceleration", "change",
    }
)  # fmt: skip
_HELD_AT = frozenset({"at", "steady", "unchanged", "flat", "stable"})
#: Nouns of a change a sentence about its estimates names as its subject: "The March gain was".
_CHANGE_NOUNS = frozenset(
    "gain gains rise rises increase increases decline declines drop drops fall falls decrease "
    "decreases".split()
)
_BE = frozenset(("was", "were"))
#: Nouns of what was expected: "the 0.5% Reuters estimate", "market forecasts of 2.0%".
_EXPECTED = frozenset(
    "forecast forecasts expectations estimate estimates consensus projection projections".split()
)
#: Verbs of revising an estimate, and the words that tell which way.
_REVISED = frozenset("revised revise revises revising".split())
_REVISED_WAYS = {
    "up": "increase", "upward": "increase", "upwards": "increase", "upwardly": "increase",
    "higher": "increase", "down": "decrease", "downward": "decrease", "downwards": "decrease",
    "downwardly": "decrease", "lower": "decrease",
}  # fmt: skip
#: Words before "revised" that make it an adjective: "the revised norms", "its revised plan".
_REVISED_ADJECTIVE_LEADS = frozenset("'s ’s the a an its their his her our".split())
#: Words of an estimate told after "was": "revised", "initially reported", "first put at".
_ESTIMATE_VERBS = frozenset(
    "revised reported put estimated published first initially originally previously".split()
)
#: Units of rates and of changes, whose written minus states a fall ("-0.3%", "-12 bp"); index
#: readings are levels only after the words `_signed_level` names.
_RATES_OF_CHANGE = RATE_UNITS | {"index_point"}
#: Words before a negative amount that make it a level: "averaged -38 €/MWh", "a spread of -4
#: €/MWh", "at around -6 €/MWh", "compared with -2.3 €/MWh a year earlier".
_SIGNED_LEVEL_LEADS = frozenset("averaged averaging average of around with".split())
_JOINS = frozenset(("and", "or", "but"))
# What a multiple compares with when it is no earlier level of the same thing: a norm, or now.
_NOT_EARLIER = frozenset(
    "norm norms target targets goal ceiling limit requirement minimum average today now "
    "current currently forecast forecasts expected expectations estimate estimates consensus"
    .split()
)
# Who answers a poll of forecasts: "a Reuters poll of 17 economists".
_POLLED = ANALYSTS | frozenset("forecasters traders respondents".split())
_TIME_OPENERS = frozenset({"after", "before", "since"})
#: Words that end the clause of a level before a trailing ", up from": another clause.
_MOVED_STOPS = frozenset("while whereas but although though".split())
LIST_GAP_STOP = frozenset(
    {"than", "compared", "from", "versus", "vs", "against", "to", "at", "after", "following",
     "while", "whereas", "when", "which", "since", "before", "with"}
)  # fmt: skip


def _hyphen_joined(ctx: DocContext, tokens: list[int]) -> set[int]:
    """The hyphens of `tokens` written inside a word, with the part after each ("oil-fired")."""
    joined: set[int] = set()
    for t in tokens:
        if ctx.tokens.text[t] == "-" and t - 1 in tokens and t + 1 in tokens:
            joined |= {t, t + 1}
    return joined


def _before_its_noun(ctx: DocContext, t: int, words: list[int]) -> bool:
    """Whether a word in "-ed" describes the noun right after it, in the item's own name
    ("and ordinary rolled steel products 3.2 pct", "and refined products 2%"), rather than
    telling what was done ("as companies rushed in goods")."""
    nxt = t + 1
    return (
        nxt in words
        and ctx.tokens.is_alpha[nxt]
        and ctx.tokens.lower[nxt] not in STOPWORDS
        and not ctx.tokens.lower[nxt].endswith("ed")
    )


def elliptical_head(ctx: DocContext, mentions: list[Mention], i: int) -> int | None:
    """The mention whose verb an elliptical list item shares, or None.

    "rose 11.0% in A, 6.5% in B and 3.6% in C", "cotton was down 22 pct, corn 18 pct":
    between the previous number and this one stand only a breakdown (words without a verb,
    a change word or a comparison) and a list joiner.
    """
    if i == 0 or ctx.from_value(mentions[i]):
        return None
    prev, cur = mentions[i - 1], mentions[i]
    head = i - 1
    while head >= 0 and (mentions[head].chain_kind == "from" or ctx.from_value(mentions[head])):
        head -= 1  # "(15.4% vs 17.3%), Y (6.8% vs 10.5%)": the list is of the primary values
    if head < 0:
        return None
    if prev.unit != cur.unit:
        # "rose 6.8 pct to 10,940 billion lire and exports 1.9 pct": the item's verb is the
        # one of the last figure in its unit, past the level that change reached
        # "rose to £290,000 (3.1%) in England, £208,000 (2.7%) in Wales": likewise past the
        # change in brackets after the level
        same = [j for j in range(head) if mentions[j].unit == cur.unit]
        if not same or prev.chain_kind not in ("level", "paren") or prev.chained_to != same[-1]:
            return None
        closers = (",", "and", ")") if prev.chain_kind == "paren" else (",", "and")
        between = [
            t
            for t in range(prev.span.end, cur.span.start)
            if not ctx.tokens.is_space[t]
            and ctx.tokens.lower[t] not in closers
            and (PERIODS_TOKENS, t) not in ctx.cue_at  # "to 91.5 mt during April-October,"
        ]
        if between and ctx.tokens.lower[between[-1]] == "by":
            between.pop()  # "fell by 6% to 58 TWh, and oil-fired output by 11%": a by-clause
        joined = _hyphen_joined(ctx, between)  # "oil-fired": one word
        named = [t for t in between if t not in joined and ctx.tokens.lower[t] not in STOPWORDS]
        if len(named) > 4 or any(  # ("and those from the United States 12.1 pct to 58,300")
            (
                not ctx.tokens.is_alpha[t]
                and ctx.tokens.lower[t] not in ("'s", "’s")
                and t not in joined
            )
            or (
                ctx.tokens.lower[t].endswith("ed")
                and t not in joined
                and not _before_its_noun(ctx, t, between)
            )
            for t in between
        ):  # ("and Hyderabad's 12 per cent to 44,885 units": an owner's item)
            return None  # "to $713.6 billion, as companies rushed in goods ahead of a 10%"
        head = same[-1]
    tokens = ctx.tokens
    text, lower = tokens.text, tokens.lower
    gap = [
        t
        for t in range(prev.span.end, cur.span.start)
        if (PERIODS_TOKENS, t) not in ctx.cue_at and not tokens.is_space[t]
    ]
    if gap and gap[0] == prev.span.end and tokens.lower[gap[0]] in HIGHER_LOWER:
        # "were 3.2% higher, and alcohol and tobacco 5.9%": the comparative is the earlier
        # figure's own verb, which the item shares
        gap = gap[1:]
    words = {lower[t] for t in gap}
    bracketed = bool(gap) and text[gap[0]] == ")" and text[gap[-1]] == "("
    if not gap or len(gap) > (20 if words & {"those", "that"} or bracketed else 12):
        return None  # ("and those of housing, water, electricity, gas and other fuels 1.1%",
        # "), and housing, water, electricity, gas & other fuels (2.9% vs 3.5%)": a name
        # between the brackets of two items)
    joiners, stops = {",", "and", "(", ")"}, words & LIST_GAP_STOP
    by_clause = lower[gap[-1]] == "by" and stops <= {"while", "whereas", "to", "from"}
    if by_clause:
        # "... while those of iron ore by 1.4%", "and those to Asia by 11.3%": a by-clause
        # without a verb shares the one before
        joiners, stops = joiners | stops, set()
    passed: set[int] = set()  # markers that belong to the item, not to a clause of its own
    if stops and stops <= {"from", "to", "with"} and words & {"those", "that"}:
        # "fell 24.6 pct and those from the United States 9.1 pct", "rose 2.9%, those with
        # consumer goods makers 1.8%": a breakdown
        stops, passed = set(), {t for t in gap if lower[t] in ("from", "to", "with")}
    head_start = mentions[head].span.start
    if (
        stops == {"to"}
        and lower[gap[-1]] == "to"
        and head_start > 0
        and lower[head_start - 1] == "to"
        and sum(lower[t] == "to" for t in gap) == 1
    ):
        stops, passed = set(), {gap[-1]}  # "eased to 3.4%, and services inflation to 4.5%"
    rest = [t for t in gap if lower[t] not in (",", "and")]
    sentence_start = ctx.sentences[ctx.tok_sentence[head_start]].start
    if (
        stops in ({"to"}, {"from"}, {"at"})
        and len(rest) >= 2
        and lower[rest[0]] in stops
        and (
            all(text[t][:1].isupper() for t in rest[1:])
            or (
                lower[rest[0]] in ("to", "at")  # (not "from an average of": a value compared)
                and lower[rest[0]] in lower[max(sentence_start, head_start - 12) : head_start]
            )
        )
    ):
        # "exports to Asia rose 2.2%, and to Africa 0.8%", "spending at grocers rose 4%, and
        # at pharmacies 2.5%": the item names what the head's subject names, by the same word
        stops, passed = set(), {rest[0]}
    if not words & joiners or stops:
        return None
    if any(text[a] == "," and lower[b] in PARTICIPLE_OPENERS for a, b in pairwise(gap)):
        return None  # ", leaving a surplus of $4.3 billion": a clause of its own
    if "having" in words:
        return None  # "up 0.4% at 18.412, having touched 18.455 earlier": a level of its own
    if any(
        (CHANGES, t) in ctx.cue_at
        or (
            (MARKERS, t) in ctx.cue_at
            and t not in passed
            and not (by_clause and (tokens.is_alpha[t + 1] or lower[t] == "respectively"))
            and not (lower[t] == "respectively" and "and" in lower[t + 1 : t + 3])
        )  # ("..., respectively, and in Poland by 11%", "..., respectively, and Ohio 1.2%": the
        # list's verb)
        or lower[t] in PREDICATE_WORDS
        or text[t] in (";", ":")
        or (tokens.like_num[t] and text[t + 1] != "-")  # not "two-wheeler"
        or _verb_of_its_own(ctx, t, gap, cur)
        for t in gap
    ):
        return None
    return head


def _verb_of_its_own(ctx: DocContext, t: int, gap: list[int], cur: Mention) -> bool:
    """Whether a word in "-ed" right before the item's figure is the item's own verb ("...,
    up 18% on 2024, and covered 13.1% of demand"), not a word of its name ("and refined
    products 2%", "and seasonally adjusted sales 3%")."""
    lower = ctx.tokens.lower
    return (
        t == gap[-1]
        and t + 1 == cur.span.start
        and lower[t].endswith("ed")
        and ctx.tokens.is_alpha[t]
        and t - 1 in gap
        and lower[t - 1] in ("and", ",")
    )
