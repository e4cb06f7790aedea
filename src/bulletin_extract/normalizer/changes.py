"""Direction, qualifier and comparison basis of each number."""

from __future__ import annotations

from spacy.tokens import Span

from .structures import BuilderState, Mention, Sentence
from .text import compare_periods
from .vocabulary import (
    AUXILIARY_FILLERS,
    BASES,
    BASES_BY_LABEL,
    BETWEEN,
    CHANGES,
    DIRECTIONS,
    MARKERS,
    PERIODS_TOKENS,
    POST_CUE_STOP,
    QUALIFIERS,
    QUALIFIERS_BY_LABEL,
    YEAR_TO,
)


class ChangeRules(BuilderState):
    """Direction, qualifier and comparison basis of each number."""

    def _attach_directions(self, mentions: list[Mention]) -> None:
        doc = self.doc
        for i, m in enumerate(mentions):
            first = m.span[0].text
            if first[:1] in ("-", "−") or m.value < 0:
                m.direction = "decrease"
                continue
            if first[:1] == "+":
                m.direction = "increase"
                continue
            if m.unit == "count" and m.span.end < len(doc) and doc[m.span.end].lower_ == "of":
                m.direction = None  # "two of the four groupings"
                continue
            comparative = self._comparative_after(m)
            if comparative is not None:
                m.direction = comparative
                continue
            post = self._post_cue(m, mentions[i + 1] if i + 1 < len(mentions) else None)
            if post is not None:
                m.direction = DIRECTIONS[post.label_]  # "compared with a 1.1 pct increase"
                m.rules.append(post.id_)
                continue
            if self._from_value(m) and m.chain_kind != "from":
                m.direction = None
                continue
            if m.chain_kind == "from":
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
                if m.direction is None and m.chain_kind == "level" and self._from_value(head):
                    # "rising from 1.5% in May to 1.9% in June": 1.9 takes the rise.
                    cue = self._left_cue(head)
                    m.direction = DIRECTIONS[cue.label_] if cue is not None else None
                continue
            cue = self._left_cue(m)
            if cue is not None:
                m.direction = DIRECTIONS[cue.label_]
                m.rules.append(cue.id_)
                continue
            trailing = self._trailing_from_cue(m)
            if trailing is not None:
                m.direction = DIRECTIONS[trailing.label_]
                m.rules.append(trailing.id_)
        _ = doc

    def _post_cue(self, m: Mention, nxt: Mention | None) -> Span | None:
        """A change noun or comparative right after the number: "a 15% increase", "3% higher"."""
        end = m.span.end
        limit = min(end + 3, nxt.span.start if nxt else len(self.doc))
        for t in range(end, limit):
            tok = self.doc[t]
            if tok.is_punct or tok.is_space or tok.lower_ in POST_CUE_STOP:
                break
            cue = self.cue_at.get((CHANGES, t))
            if cue is not None:
                after = self.doc[t + 1].lower_ if t + 1 < len(self.doc) else ""
                if tok.lower_ in ("up", "down") and after in ("from", "to"):
                    break
                return cue
        return None

    def _comparative_after(self, m: Mention) -> str | None:
        """ "19% more than in H1 2024", "3% less than a year earlier"."""
        doc = self.doc
        t = m.span.end
        if t + 1 < len(doc) and doc[t + 1].lower_ == "than":
            if doc[t].lower_ in ("more", "higher", "greater", "bigger", "larger"):
                return "increase"
            if doc[t].lower_ in ("less", "lower", "fewer", "smaller"):
                return "decrease"
        return None

    def _left_cue(self, m: Mention, stop_at_marker: bool = False) -> Span | None:
        """The nearest change word before the number in its clause."""
        doc = self.doc
        sent = self.tok_sentence[m.span.start]
        t = m.span.start - 1
        steps = 0
        while t >= 0 and steps < 10 and self.tok_sentence[t] == sent:
            tok = doc[t]
            if tok.text in (";", ":", "—", "–") or tok.is_space:
                return None
            if (
                self.cue_at.get((QUALIFIERS, t)) is not None
                and t >= m.span.start - 4
                and not self._verb_up_to(t)
            ):
                t -= 1
                continue
            marker = self.cue_at.get((MARKERS, t))
            if stop_at_marker and marker is not None and marker.label_ == "FROM":
                return None
            cue = self.cue_at.get((CHANGES, t))
            if cue is not None and not (stop_at_marker and tok.lower_ in ("up", "down")):
                return cue
            if tok.lower_ in ("from", "than", "versus", "compared") and steps > 0:
                return None  # a value compared with: "higher than the peak of 73.0%"
            if tok.like_num and not self.cue_at.get((PERIODS_TOKENS, t)):
                return None
            if tok.text == "," and steps > 2:
                return None
            t -= 1
            steps += 1
        return None

    def _trailing_from_cue(self, m: Mention) -> Span | None:
        """ "totalled 1.82 mln, up from 1.61 mln": a level followed by ", up from"."""
        doc = self.doc
        end = m.span.end
        window = doc[end : min(len(doc), end + 6)]
        for j, tok in enumerate(window):
            cue = self.cue_at.get((CHANGES, tok.i))
            if cue is not None and tok.lower_ in ("up", "down", "higher", "lower"):
                rest = [t.lower_ for t in window[j + 1 : j + 2]]
                if rest == ["from"] and any(t.text == "," for t in window[:j]):
                    return cue
            if tok.like_num:
                break
        return None

    def _attach_qualifiers(self, mentions: list[Mention]) -> None:
        doc = self.doc
        for m in mentions:
            t = m.span.start - 1
            while t >= 0 and doc[t].lower_ in ("a", "an", "the", "by"):
                t -= 1
            cue = self.cue_at.get((QUALIFIERS, t))
            verb_before = (
                cue is not None
                and cue.start > 0
                and (
                    doc[cue.start - 1].lower_ in AUXILIARY_FILLERS
                    or (CHANGES, cue.start - 1) in self.cue_at
                )
            )
            if cue is not None and cue.end == t + 1 and not (cue.label_ == "UP_TO" and verb_before):
                m.qualifier = QUALIFIERS_BY_LABEL[cue.label_]
                m.rules.append(cue.id_)
            elif m.chained_to is not None and m.chain_kind in ("list", "range"):
                m.qualifier = mentions[m.chained_to].qualifier

    def _attach_bases(
        self, sent: Sentence, mentions: list[Mention], carry: str | None
    ) -> str | None:
        """Give each change its comparison basis; return the basis the paragraph carries."""
        cues = self._spans_in(BASES, sent)
        stated = BASES_BY_LABEL[cues[0].label_] if cues else None
        derived = next((m.ref_basis for m in mentions if m.ref_basis), None)
        derived = derived or next((b for m in mentions if (b := self._basis_of_period(m))), None)
        for i, m in enumerate(mentions):
            limit = self._next_start(mentions, i, sent)
            local = next(
                (
                    c
                    for c in cues
                    if m.span.end <= c.start < limit
                    and c.start - m.span.end <= 6
                    and not any(t.text == "," for t in self.doc[m.span.end : c.start])
                ),
                None,
            )
            if local is None:
                reach = 8 if m.unit in ("percent", "percentage_point") else 3
                local = next(
                    (
                        c
                        for c in cues
                        if 0 <= m.span.start - c.end <= reach
                        and not any(t.text == "," for t in self.doc[c.end : m.span.start])
                    ),
                    None,
                )
            head = mentions[m.chained_to] if m.chained_to is not None else None
            rate = m.unit in ("percent", "percentage_point")
            if m.chain_kind == "level" or self._reached_level(m):
                # A level reached ("fell 0.4 pct to 99.7") has no basis; a rate keeps the one
                # its sentence states ("the 12-month rate rising from 1.5% to 1.9%").
                m.basis = stated if rate and stated else None
                continue
            if local is not None:
                m.basis = BASES_BY_LABEL[local.label_]
                m.rules.append(local.id_)
            elif m.ref_basis and m.ref_local:
                m.basis = m.ref_basis
            elif (period_basis := self._basis_of_period(m)) is not None:
                m.basis = period_basis
            elif head is not None and head.basis and (m.direction is not None or rate):
                m.basis = head.basis
            elif m.ref_basis and m.direction is not None:
                m.basis = m.ref_basis
            elif m.direction is not None and stated:
                m.basis = stated
                m.rules.append(cues[0].id_)
            elif m.direction is not None and derived:
                m.basis = derived  # one basis stated for the sentence applies to all its changes
            elif m.direction is not None and carry:
                m.basis = carry
            if m.direction is None and not rate:
                m.basis = None
        return stated or derived or carry

    def _reached_level(self, m: Mention) -> bool:
        t = m.span.start - 1
        while t >= 0 and (
            self.doc[t].lower_ in ("a", "an", "the", "record", "new", "high", "low")
            or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        return bool(t >= 0 and self.doc[t].lower_ == "to")

    def _basis_of_period(self, m: Mention) -> str | None:
        """Bases implied by the period phrase: "in the year to June", "between May and June"."""
        if m.period is None or m.period_dates is None:
            return None
        text = m.period.text.lower()
        if YEAR_TO.search(text):
            return "year_on_year"
        match = BETWEEN.search(text)
        if match:
            from ..periods import resolve_period

            later = resolve_period(match.group(2), None, m.period_dates)
            if later.start and later.end:
                earlier = resolve_period(match.group(1), None, (later.start, later.end))
                if earlier.start and earlier.end:
                    return compare_periods((earlier.start, earlier.end), (later.start, later.end))
        return None
