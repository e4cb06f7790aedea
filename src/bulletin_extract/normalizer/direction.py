"""The change direction of each number: increase, decrease or none."""

from __future__ import annotations

from spacy.tokens import Span

from .context import Attacher
from .structures import Mention
from .vocabulary import (
    CHANGES,
    DIRECTIONS,
    MARKERS,
    PERIODS_TOKENS,
    POST_CUE_STOP,
    QUALIFIERS,
)


class DirectionAttacher(Attacher):
    """Decides `direction`."""

    def attach(self, mentions: list[Mention]) -> None:
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
            if self.ctx.from_value(m) and m.chain_kind != "from":
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
                if m.direction is None and m.chain_kind == "level" and self.ctx.from_value(head):
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
                and not self.ctx.verb_up_to(t)
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
