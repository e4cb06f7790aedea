"""Breakdowns: a figure for one place or group of an indicator ("6.5% in Wales")."""

from __future__ import annotations

from ..context import Attacher
from ..structures import Mention, Sentence
from ..vocabulary import (
    AGENCY_TOKENS,
    BASES,
    CHANGES,
    MARKERS,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    QUALIFIERS,
    QUANT_TOKENS,
    STOPWORDS,
)
from .checks import is_breakdown_name, item_of, split_breakdown, with_breakdown
from .words import BREAKDOWN_PREPOSITIONS, CLAUSE_WORDS, GROUP_WORDS


class Breakdowns(Attacher):
    """Find the breakdown a number is stated for and join it to its indicator."""

    def after(self, m: Mention, sent: Sentence) -> tuple[str, str] | None:
        """ "6.5% in Wales", "£4.7 billion to non-EU countries": the breakdown after a number."""
        doc = self.doc
        t = m.span.end
        if t >= sent.end or doc[t].lower_ not in BREAKDOWN_PREPOSITIONS:
            return None
        prep = doc[t].lower_
        words: list[str] = []
        j = t + 1
        if j < sent.end and doc[j].lower_ == "the":
            j += 1
        while j < sent.end and len(words) < 4:
            tok = doc[j]
            if any((key, j) in self.cue_at for key in (PERIODS_TOKENS, AGENCY_TOKENS, QUANT_TOKENS)):
                break
            hyphened = "-" in tok.text and tok.text[0].isalpha()
            if tok.is_title or (tok.is_upper and tok.is_alpha and len(tok) > 1) or hyphened:
                words.append(tok.text)
            elif words and tok.text in ("-", "–") and not tok.whitespace_:
                words[-1] += tok.text
            elif words and words[-1].endswith(("-", "–")):
                words[-1] += tok.text
            elif tok.lower_ in GROUP_WORDS or (tok.is_alpha and words and j + 1 < sent.end
                                              and doc[j + 1].lower_ in GROUP_WORDS):
                words.append(tok.text)
            else:
                break
            j += 1
        if not words:
            return None
        if j < sent.end and doc[j].is_alpha and doc[j].lower_ not in ("and", "or", "but", "while"):
            if not (doc[j - 1].lower_ in GROUP_WORDS or doc[j].lower_ in GROUP_WORDS):
                return None  # the capitals open a longer phrase: "in Euro terms"
        return prep, " ".join(words)

    def before(self, m: Mention, sent: Sentence, phrase: str) -> str | None:
        """ "..., with Japan increased 700 mln": the preposition that opens a found subject."""
        doc = self.doc
        first = phrase.split()[0]
        for t in range(m.span.start - 1, max(sent.start, m.span.start - 30), -1):
            if doc[t].text == first:
                prev = doc[t - 1] if t - 1 >= sent.start else None
                if prev is not None and prev.lower_ in BREAKDOWN_PREPOSITIONS:
                    return str(prev.lower_)
                return None
        return None

    def resolve(
        self,
        sent: Sentence,
        m: Mention,
        earlier: list[Mention],
        metric: str | None,
        carried: str | None,
    ) -> str | None:
        """Join the number's breakdown to the indicator it breaks down.

        `metric` is the phrase found for the number, `carried` the indicator named before it
        in the sentence or the paragraph.
        """
        own = self.after(m, sent)
        indicator = next((e.metric for e in reversed(earlier) if e.metric), None) or carried
        if own is not None:
            prep, place = own
            if metric and place.lower() in metric.lower():
                if metric.lower().strip() == place.lower() and indicator:
                    return with_breakdown(indicator, prep, place)  # "6.5% in Wales"
                return metric
            if metric and indicator and metric == indicator and split_breakdown(metric):
                return with_breakdown(metric, prep, place)  # carried from a sibling
            if metric:
                return f"{metric} {prep} {place}"  # "inflation was 11.0% in England"
            return with_breakdown(indicator, prep, place) if indicator else None
        if metric and indicator and metric != indicator and is_breakdown_name(metric):
            prep_before = self.before(m, sent, metric)
            if prep_before:
                return with_breakdown(indicator, prep_before, metric)  # ", with Japan rose"
        sibling = next((e for e in reversed(earlier) if e.metric), None)
        item = self.elliptic_item(m, sent) if sibling is not None else None
        if item and metric == indicator and indicator:
            found = split_breakdown(indicator)
            if found and is_breakdown_name(item):
                return with_breakdown(indicator, found[1], item)  # "..., France 3%"
            metric = item  # "The price of rice fell 27 pct, corn 18 pct"

        if metric and sibling is not None and sibling.unit == m.unit and sibling.metric:
            return item_of(sibling.metric, metric)
        return metric

    def elliptic_item(self, m: Mention, sent: Sentence) -> str | None:
        """ "..., corn 18 pct": the name right before a number that has no verb of its own."""
        doc = self.doc
        t = m.span.start - 1
        words: list[str] = []
        while t > sent.start and doc[t].is_alpha and len(words) < 3:
            if doc[t].lower_ in ("and", "or"):
                break
            if (
                doc[t].lower_ in STOPWORDS
                or doc[t].lower_ in PREDICATE_WORDS
                or doc[t].lower_ in CLAUSE_WORDS
                or doc[t].lower_ in ("up", "down", "off", "higher", "lower")
                or doc[t].lower_.endswith(("ing", "ly"))
                or any((key, t) in self.cue_at for key in (CHANGES, QUALIFIERS, MARKERS, BASES))
            ):
                return None
            words.insert(0, doc[t].text)
            t -= 1
        if not words or len(words) > 2 or t <= sent.start:
            return None
        if doc[t].lower_ not in (",", "and", "or"):
            return None
        before = t - 1 if doc[t].text != "," or doc[t - 1].lower_ not in ("and", "or") else t - 2
        if before < sent.start or not (
            (QUANT_TOKENS, before) in self.cue_at or doc[before].like_num
        ):
            return None  # the comma must close a figure: "22 pct, corn 18 pct"
        return " ".join(words)
