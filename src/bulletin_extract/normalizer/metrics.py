"""The indicator phrase each number measures."""

from __future__ import annotations

import re

from .structures import BuilderState, Mention, Sentence
from .text import clean_metric, list_head, list_tail, split_list
from .vocabulary import (
    AGE_WORDS,
    AGENCY_TOKENS,
    ANAPHORS,
    AUXILIARIES,
    AUXILIARY_FILLERS,
    BARE_HEADS,
    BASES,
    CHANGES,
    CREDIT_VERBS,
    FORECAST_WORDS,
    FORECASTERS,
    GENERIC_COUNT_NOUNS,
    GENERIC_SUBJECTS,
    INTRO_PREPOSITIONS,
    MARKERS,
    NOT_NAME_WORDS,
    NP_STOP,
    ORG_WORDS,
    PERIODS_TOKENS,
    PHRASE_STOP,
    PREDICATE_WORDS,
    PRONOUNS,
    QUALIFIER_VERBS,
    QUALIFIERS,
    QUANT_TOKENS,
    SHARE_WORDS,
    SHARED_HEADS,
    STOPWORDS,
    SUBJECT_BOUNDARY,
)


class MetricRules(BuilderState):
    """The indicator phrase each number measures."""

    def _attach_metrics(self, sent: Sentence, mentions: list[Mention]) -> None:
        doc = self.doc
        resp = [c for c in self._spans_in(MARKERS, sent) if c.label_ == "RESPECTIVELY"]
        for i, m in enumerate(mentions):
            if m.chained_to is not None and m.chain_kind in (
                "list",
                "range",
                "level",
                "from",
                "paren",
            ):
                head = mentions[m.chained_to]
                m.metric, m.base_metric = head.metric, head.base_metric
                if m.chain_kind == "list":
                    own = self._list_item(head, m)
                    tail = self._in_phrase(m)
                    if own:
                        m.metric = own
                    elif tail and head.base_metric and head.base_metric.lower() in GENERIC_SUBJECTS:
                        m.metric = f"{tail} {head.base_metric}"
                continue
            m.metric = self._metric_for(sent, m, mentions[:i])
        for cue in resp:
            group = [m for m in mentions if m.span.end <= cue.start]
            if not group:
                continue
            # The values listed before "respectively": same unit, close together.
            head_index = len(group) - 1
            while head_index > 0:
                prev, cur = group[head_index - 1], group[head_index]
                gap = doc[prev.span.end : cur.span.start]
                if prev.unit != cur.unit or len(gap) > 6 or any(t.text in (";", ":") for t in gap):
                    break
                head_index -= 1
            items_group = group[head_index:]
            if len(items_group) < 2:
                continue
            subject = self._subject_span(sent, items_group[0])
            items = split_list(subject) if subject else []
            if len(items) < len(items_group):
                # "Exports reached X and imports Y, an increase of 6.9% and a decrease of
                # 1.2% respectively": the items are the figures named before.
                named = [m.metric for m in group[:head_index] if m.metric]
                if len(named) >= len(items_group):
                    for m, name in zip(items_group, named[-len(items_group) :], strict=True):
                        m.metric = name
                        m.rules.append(cue.id_)
                continue
            if subject is None:
                continue
            items = items[-len(items_group) :] if len(items) > len(items_group) else items
            first_full = subject if len(split_list(subject)) == len(items) else None
            item_head = list_head(split_list(subject)[0] if first_full is None else items[0])
            trailing = list_tail(items[-1])
            # "Food, shelter and transportation prices": the last item's head noun is shared.
            last_words = items[-1].split()
            shared = (
                last_words[-1]
                if len(last_words) > 1 and last_words[-1].lower() in SHARED_HEADS
                else ""
            )
            for m, raw in zip(items_group, items, strict=True):
                item = clean_metric(raw) or raw
                name = item if not shared or item.endswith(shared) else f"{item} {shared}"
                if item_head and not item.lower().startswith(item_head.lower()):
                    name = f"{item_head} {name}"
                if trailing and not name.endswith(trailing):
                    name = f"{name} {trailing}"
                m.metric = clean_metric(name)
                m.rules.append(cue.id_)
        _ = doc

    def _boundary(self, t: int) -> bool:
        """Whether token t cannot be part of a metric phrase."""
        tok = self.doc[t]
        if tok.is_space or tok.lower_ in SUBJECT_BOUNDARY or tok.lower_ in CREDIT_VERBS:
            return True
        return any((key, t) in self.cue_at for key in (PERIODS_TOKENS, AGENCY_TOKENS, QUANT_TOKENS))

    def _subject_span(self, sent: Sentence, m: Mention) -> str | None:
        """The subject of the clause that states the mention, left of its predicate."""
        key = ("subject", m.span.start)
        if key not in self.memo:  # several metric rules ask for it
            self.memo[key] = self._find_subject_span(sent, m)
        subject: str | None = self.memo[key]
        return subject

    def _find_subject_span(self, sent: Sentence, m: Mention) -> str | None:
        doc = self.doc
        pred = self._predicate(sent, m)
        if pred is None:
            return None
        words: list[int] = []
        t = pred - 1
        while t >= sent.start:
            tok = doc[t]
            if tok.text == ")":
                # A parenthesis belongs to the subject unless it holds numbers ("(base 1985)").
                open_at = next(
                    (
                        j
                        for j in range(t - 1, max(sent.start - 1, t - 15), -1)
                        if doc[j].text == "("
                    ),
                    None,
                )
                if open_at is None:
                    break
                if not any(
                    x.like_num or any(c.isdigit() for c in x.text) for x in doc[open_at : t + 1]
                ):
                    words.extend(range(t, open_at - 1, -1))
                t = open_at - 1
                continue
            crossed_comma = any(doc[w].text == "," for w in words)
            if (
                tok.lower_ in ("which", "who")
                and t - 1 >= sent.start
                and doc[t - 1].text == ","
                and crossed_comma
            ):
                words.clear()  # a relative clause: "The index, which measures ..., fell"
                t -= 2
                continue
            if tok.lower_ in ("which", "who") and t - 1 >= sent.start and doc[t - 1].text == ",":
                words.clear()  # "led by energy prices, which climbed 2.1 pct"
                t -= 1
            if tok.lower_ in ("which", "that", "who") and not words:
                # "gas generation which increased 23%": the noun phrase before the pronoun.
                j = t - 1
                while j >= sent.start and not self._boundary(j) and doc[j].lower_ not in NP_STOP:
                    words.append(j)
                    j -= 1
                break
            if (
                tok.text == ","
                and words
                and t + 1 < pred
                and doc[t + 1].lower_ in ("and", "but", "while")
            ):
                j, seg = t - 1, []
                while j >= sent.start and doc[j].text not in (",", ";", ":"):
                    seg.append(j)
                    j -= 1
                if any(
                    (QUANT_TOKENS, x) in self.cue_at
                    or doc[x].lower_ in PREDICATE_WORDS
                    or (CHANGES, x) in self.cue_at
                    for x in seg
                ):
                    break  # ", and wind generation fell 4%": a new clause starts here
            if (
                tok.text == ","
                and words
                and doc[pred - 1].text == ","
                and t < pred - 1
                and not any(doc[w].lower_ in PREDICATE_WORDS for w in words)
            ):
                # An appositive right before the verb: "Trade with ASEAN, China's largest
                # trading partner, reached": the subject is what precedes it.
                words.clear()
                t -= 1
                continue
            if tok.text == "," and words and self._clause_comma(t, sent):
                if doc[t + 1].lower_ == "whose" and t - 1 >= sent.start and doc[t - 1].is_title:
                    words.append(t - 1)  # "Russia, whose share dropped": "Russia share"
                break
            if (PERIODS_TOKENS, t) in self.cue_at:
                # "The median price of a home in January reached": skip the time phrase.
                t -= 1
                continue
            if (
                tok.text in ("-", "–")
                and not tok.whitespace_
                and t > 0
                and not doc[t - 1].whitespace_
            ):
                words.append(t)  # an inner hyphen: "year-on-year growth"
                t -= 1
                continue
            if tok.lower_ in ("with", "among") and t > sent.start and doc[t - 1].text != ",":
                words.append(t)  # a preposition inside the name: "Canadians with jobs"
                t -= 1
                continue
            if tok.text != "," and self._boundary(t):
                if tok.lower_ == "whose" and t - 2 >= sent.start and doc[t - 1].text == ",":
                    words.append(t - 2)  # "Russia, whose share dropped": "Russia share"
                break
            words.append(t)
            t -= 1
        words = [
            w for w in words if (PERIODS_TOKENS, w) not in self.cue_at and doc[w].lower_ != "whose"
        ]
        if not words or len(words) > 24:
            return None  # a long stretch is a clause, not the name of an indicator
        order = sorted(set(words))
        if doc[pred].lower_.endswith("ing"):
            # "X showed continued growth ... increasing by 1.6%": a participle's subject is
            # the subject of the main verb before it.
            verb = next(
                (
                    k
                    for k, w in enumerate(order)
                    if doc[w].lower_ in PREDICATE_WORDS or (CHANGES, w) in self.cue_at
                ),
                None,
            )
            if verb:
                order = order[:verb]
        if len(order) > 12:
            # A long stretch usually opens with a frame ("In its estimates for June on the
            # amount spent ..."): keep what follows the first preposition and article.
            for k in range(1, len(order) - 3):
                if doc[order[k]].lower_ == "the" and doc[order[k - 1]].lower_ in (
                    "on",
                    "of",
                    "for",
                    "about",
                ):
                    order = order[k:]
                    break
        return "".join(
            doc[w].text_with_ws
            if j + 1 < len(order) and order[j + 1] == w + 1
            else doc[w].text + " "
            for j, w in enumerate(order)
        ).strip()

    def _clause_comma(self, t: int, sent: Sentence) -> bool:
        """Whether the comma at t closes an introductory clause rather than a list item."""
        doc = self.doc
        following = doc[t + 1]
        j = t - 1
        while j > sent.start and doc[j - 1].text not in (",", ";", ":") and not doc[j - 1].is_space:
            j -= 1
        if doc[j].lower_ in ("and", "but", "while") and j + 1 < t:
            j += 1
        if doc[j].lower_ in INTRO_PREPOSITIONS:
            return True  # "during the shopping festival, trade-in orders ..."
        if following.lower_ in ("the", "a", "an", "its", "their", "whose"):
            return True
        if (
            following.is_title
            and not self._sentence_start(t + 1)
            and following.lower_ not in ("and",)
        ) and (AGENCY_TOKENS, t + 1) not in self.cue_at:
            return True
        # A long segment with a verb before the comma is a clause of its own.
        j, seg = t - 1, []
        while j >= sent.start and doc[j].text not in (",", ";", ":") and not doc[j].is_space:
            seg.append(doc[j])
            j -= 1
        has_verb = any(
            x.lower_ in PREDICATE_WORDS
            or (CHANGES, x.i) in self.cue_at
            or (x.lower_.endswith("ed") and len(x) > 4)
            for x in seg
        )
        return len(seg) >= 4 and has_verb

    def _predicate(self, sent: Sentence, m: Mention) -> int | None:
        """Token index of the verb or cue that governs the mention, searching leftwards."""
        key = ("predicate", m.span.start)
        if key not in self.memo:
            self.memo[key] = self._find_predicate(sent, m)
        pred: int | None = self.memo[key]
        return pred

    def _find_predicate(self, sent: Sentence, m: Mention) -> int | None:
        doc = self.doc
        t = m.span.start - 1
        while t >= sent.start and (
            doc[t].lower_ in ("a", "an", "by") or self._adjacent_qualifier(t, m)
        ):
            if doc[t].lower_ in QUALIFIER_VERBS or self._verb_up_to(t):
                break
            t -= 1
        while t >= sent.start and m.span.start - t <= 12:
            tok = doc[t]
            if (CHANGES, t) in self.cue_at and self._after_marker_noun(t, sent) is not None:
                t = self._after_marker_noun(t, sent)  # "showed no change after a fall of 0.7%"
                continue
            if (
                (CHANGES, t) in self.cue_at
                or tok.lower_ in PREDICATE_WORDS
                or tok.lower_ in QUALIFIER_VERBS
            ):
                verb = self._verb_before_noun_cue(t, sent)
                if verb is not None:
                    t = verb
                # Step over auxiliaries: "has exceeded", "was up", "is estimated to be".
                while t - 1 >= sent.start and (
                    doc[t - 1].lower_ in PREDICATE_WORDS or doc[t - 1].lower_ in AUXILIARY_FILLERS
                ):
                    t -= 1
                return int(t)
            if (QUANT_TOKENS, t) in self.cue_at or tok.text in (";", ":"):
                return None
            t -= 1
        return None

    def _adjacent_qualifier(self, t: int, m: Mention) -> bool:
        cue = self.cue_at.get((QUALIFIERS, t))
        if cue is None:
            return False
        end = cue.end
        while end < m.span.start and self.doc[end].lower_ in ("a", "an", "the"):
            end += 1
        return bool(end == m.span.start)

    def _verb_before_noun_cue(self, t: int, sent: Sentence) -> int | None:
        """ "saw a marginal increase of 3%": the verb before a change noun."""
        doc = self.doc
        j = t - 1
        seen_article = False
        while j >= sent.start and t - j <= 4:
            if doc[j].lower_ in ("a", "an"):
                seen_article = True
            elif doc[j].lower_ in PREDICATE_WORDS and (CHANGES, t) in self.cue_at and t - j <= 2:
                return j  # "recorded sales growth of 21.5%"
            elif seen_article and (
                doc[j].lower_ in PREDICATE_WORDS
                or (CHANGES, j) in self.cue_at
                or doc[j].lower_.endswith("ed")
                or doc[j].lower_ in ("saw", "see", "sees", "drove", "led", "posted", "showed")
            ):
                return j
            elif self._boundary(j):
                return None
            j -= 1
        return None

    def _object_before_semicolon(self, sent: Sentence, m: Mention) -> str | None:
        doc = self.doc
        semi = next(
            (t for t in range(m.span.start - 1, sent.start, -1) if doc[t].text == ";"), None
        )
        if semi is None or not doc[semi - 1].is_alpha:
            return None
        j = semi - 1
        while (
            j > sent.start
            and doc[j - 1].is_alpha
            and doc[j - 1].lower_ not in STOPWORDS
            and doc[j - 1].lower_ not in PREDICATE_WORDS
            and (CHANGES, j - 1) not in self.cue_at
        ):
            j -= 1
        return str(doc[j:semi].text)

    def _metric_for(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        self.semicolon_object = self._object_before_semicolon(sent, m)
        nominal = self._nominal_metric(sent, m)
        if nominal:
            return nominal
        counted = self._counted_noun(sent, m)
        if counted:
            return counted
        after = self._past_bracket(m.span.end, sent)
        if (
            m.unit in ("percent", "fraction")
            and after < sent.end
            and self.doc[after].lower_ == "of"
        ):
            # "73.1% of people aged 16 to 64", "provided 55% of the EU's pipeline gas"
            phrase = clean_metric(self._phrase_from(after + 1, sent) or "")
            if (
                phrase
                and phrase.lower() in ("total", "all", "whole", "overall total")
                and earlier
                and earlier[-1].metric
            ):
                # "accounting for 17.6% of the total"
                return f"{earlier[-1].metric} share of the total"
            if phrase and phrase.split()[0].lower() not in STOPWORDS | {"which", "whom"}:
                return phrase
        named = self._bracketed_after_name(sent, m)
        if named:
            return named
        if earlier and self._bracketed_after_period(m):
            return earlier[-1].metric  # "the largest increase since July 2013 (2.5%)"
        noun_of = self._noun_of(sent, m)
        if noun_of:
            return noun_of
        if earlier and self._change_noun_of(m):
            return earlier[-1].metric  # "..., the second consecutive increase of 0.8%"
        subject = self._subject_span(sent, m)
        metric = clean_metric(subject) if subject else None
        if (
            subject
            and metric
            and subject.lower().startswith(("these ", "those "))
            and self.semicolon_object
        ):
            metric = self.semicolon_object  # "came from services; these industries rose"
        elif metric and metric.lower() == "there":
            metric = self._after_number_metric(sent, m)
        elif metric and (
            self._is_source_subject(metric) or metric.split()[0].lower() in FORECAST_WORDS
        ):
            # "Economists had expected a 0.4 pct rise", "The department had reported a 0.2 pct
            # rise": the subject says who spoke; the indicator is the one under discussion.
            metric = (earlier[-1].metric if earlier else None) or (
                self.history[-1] if self.history else None
            )
        elif metric and self._not_a_name(metric):
            metric = None
        elif (
            metric
            and len(metric.split()) == 1
            and metric.lower() in BARE_HEADS
            and (label := self._line_label(sent, m))
        ):
            metric = f"{label} {metric}"  # "clothing & footwear: prices, overall, rose"
        elif metric and (
            metric.lower() in PRONOUNS
            or metric.lower().split()[0] in ANAPHORS
            or (len(metric.split()) == 1 and metric.lower() in BARE_HEADS)
        ):
            metric = self._antecedent(metric, earlier)
        pred = self._predicate(sent, m)
        org_subject = (
            pred is not None and pred > sent.start and (AGENCY_TOKENS, pred - 1) in self.cue_at
        )
        if org_subject or (subject and self._is_org_name(subject)):
            obj = self._object_of_verb(sent, m)
            if obj:
                metric = obj  # "The Bank of England cut interest rates by 25 basis points"
        if not metric and self._clause_starts_at(sent, m):
            metric = self._after_number_metric(sent, m)
        m.base_metric = metric
        if metric:
            tail = self._in_phrase(m)
            if tail and metric.lower() in GENERIC_SUBJECTS:
                return f"{tail} {metric}"
            return metric
        if earlier:
            return earlier[-1].metric
        # Fall back on the metric of a record in the sentence just before, if any.
        if self.history and self.history_sentence >= m.sentence - 2:
            return self.history[-1]
        return None

    def _bracketed_after_name(self, sent: Sentence, m: Mention) -> str | None:
        """ "the record solar power generation (45 TWh)": the noun phrase before the bracket."""
        doc = self.doc
        t = m.span.start - 1
        if (
            t <= sent.start
            or doc[t].text != "("
            or m.span.end >= sent.end
            or doc[m.span.end].text != ")"
        ):
            return None
        words = self._noun_words_before(t - 1, sent, allowed_cues=("upward", "downward"))
        if not words:
            return None
        name = " ".join(doc[w].text for w in sorted(words))
        tail = doc[m.span.end + 1 : min(sent.end, m.span.end + 3)]
        if (
            len(tail)
            and tail[0].lower_ in ("from", "in", "of")
            and (CHANGES, words[0]) not in self.cue_at
        ):
            rest = self._phrase_from(tail[0].i + 1, sent)
            if rest:
                name = f"{name} {tail[0].text} {rest}"
        return clean_metric(name)

    def _noun_words_before(
        self,
        j: int,
        sent: Sentence,
        allowed_cues: tuple[str, ...] = (),
        stop: tuple[str, ...] = (),
    ) -> list[int]:
        """Indices of the run of plain words that ends at j: a noun phrase's words."""
        doc = self.doc
        words: list[int] = []
        while (
            j >= sent.start
            and doc[j].is_alpha
            and doc[j].lower_ not in STOPWORDS
            and doc[j].lower_ not in PREDICATE_WORDS
            and doc[j].lower_ not in stop
            and not self._boundary(j)
            and not ((CHANGES, j) in self.cue_at and doc[j].lower_ not in allowed_cues)
        ):
            words.append(j)
            j -= 1
        return words

    def _noun_of(self, sent: Sentence, m: Mention) -> str | None:
        """ "a total investment of US$3.1 billion", "a median price of 94,600 dlrs"."""
        if m.unit in ("percent", "percentage_point", "basis_point", "fraction", "times"):
            return None
        doc = self.doc
        t = m.span.start - 1
        while t >= sent.start and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t - 1 < sent.start or doc[t].lower_ != "of":
            return None
        level_words = ("rate", "level", "record", "total")
        words = self._noun_words_before(t - 1, sent, stop=level_words)
        j = min(words, default=t) - 1
        if doc[j].lower_ == "total" and words:
            words.append(j)  # "a total investment of"
        elif not words or doc[t - 1].lower_ in ("rate", "level", "record", "total"):
            return None
        return clean_metric(" ".join(doc[w].text for w in sorted(words)))

    def _after_marker_noun(self, t: int, sent: Sentence) -> int | None:
        """For a change noun after "after a"/"following a", the token before the marker."""
        doc = self.doc
        j = t - 1
        while j > sent.start and doc[j].lower_ in ("a", "an", "the"):
            j -= 1
        marker = self.cue_at.get((MARKERS, j))
        if (
            j < t - 1
            and marker is not None
            and marker.label_ == "FROM"
            and marker.start > sent.start
        ):
            return int(marker.start - 1)
        return None

    def _bracketed_after_period(self, m: Mention) -> bool:
        t = m.span.start - 1
        return t > 0 and self.doc[t].text == "(" and (PERIODS_TOKENS, t - 1) in self.cue_at

    def _change_noun_of(self, m: Mention) -> bool:
        """Whether the number follows "a rise of", "an increase of", "a fall of"."""
        t = m.span.start - 1
        while t >= 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        return t >= 1 and self.doc[t].lower_ == "of" and (CHANGES, t - 1) in self.cue_at

    def _is_org_name(self, subject: str | None) -> bool:
        return bool(subject) and self.gazetteer.lookup(subject or "") is not None

    def _object_of_verb(self, sent: Sentence, m: Mention) -> str | None:
        """The object between a change verb and "by"/"to" + the number."""
        doc = self.doc
        pred = self._predicate(sent, m)
        if pred is None:
            return None
        t = pred
        while t < m.span.start and (
            (CHANGES, t) in self.cue_at or doc[t].lower_ in PREDICATE_WORDS
        ):
            t += 1
        end = m.span.start
        while end > t and (
            doc[end - 1].lower_ in ("by", "to", "a", "an", "the", "of")
            or (QUALIFIERS, end - 1) in self.cue_at
        ):
            end -= 1
        words = doc[t:end]
        if not len(words) or len(words) > 6 or not all(w.is_alpha for w in words):
            return None
        if words[0].lower_ in STOPWORDS or any((MARKERS, w.i) in self.cue_at for w in words):
            return None
        return clean_metric(words.text)

    def _is_source_subject(self, metric: str) -> bool:
        words = metric.lower().split()
        return all(w in ORG_WORDS or w in FORECASTERS or w in STOPWORDS for w in words)

    def _not_a_name(self, metric: str) -> bool:
        """Subjects that are function words or clauses, not indicator names."""
        words = metric.lower().split()
        if all(w in STOPWORDS or w in NOT_NAME_WORDS or w.endswith("ly") for w in words):
            return True
        if words[-1] in STOPWORDS or words[-1] in ("has", "have", "had", "we", "it"):
            return True  # a truncated clause: "no change after a"
        return any(w in NOT_NAME_WORDS for w in words[:1] + words[-1:])

    def _line_label(self, sent: Sentence, m: Mention) -> str | None:
        """ "clothing & footwear: prices, overall, rose": the heading before a colon."""
        doc = self.doc
        colon = next((t for t in range(sent.start, m.span.start) if doc[t].text == ":"), None)
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
        own = [t for t in between[cut + 1 :] if t.lower_ not in ("by", "of", "(", "at", "to")]
        if not own or any(not t.is_alpha for t in own):
            return None
        return clean_metric(" ".join(t.text for t in own))

    def _counted_noun(self, sent: Sentence, m: Mention) -> str | None:
        """ "31 countries", "more than 15,000 types of products", "two of the four groupings"."""
        if m.unit != "count":
            return None
        doc = self.doc
        t = m.span.end
        if t < sent.end and doc[t].lower_ == "of":
            t += 1
            while t < sent.end and (
                doc[t].lower_ in ("the", "a", "all")
                or (doc[t].like_num and (QUANT_TOKENS, t) not in self.cue_at)
                or doc[t].is_digit
            ):
                t += 1
        while t < sent.end and doc[t].text in ('"', "“", "”"):
            t += 1
        if (
            t >= sent.end
            or not doc[t].is_alpha
            or doc[t].lower_ in STOPWORDS
            or (CHANGES, t) in self.cue_at
        ):
            return None
        if doc[t].lower_ in PREDICATE_WORDS or doc[t].lower_ in GENERIC_COUNT_NOUNS:
            return None
        phrase = self._phrase_from(t, sent)
        return clean_metric(phrase) if phrase else None

    def _antecedent(self, anaphor: str, earlier: list[Mention]) -> str | None:
        """ "the index", "it", "these industries": the latest metric that fits."""
        head = anaphor.lower().split()[-1]
        candidates = [m.metric for m in reversed(earlier) if m.metric]
        candidates += list(reversed(self.history[-30:]))
        for c in candidates:
            if head in c.lower().split() and len(c.split()) > len(anaphor.split()) - 1:
                return c
        if head in PRONOUNS and candidates:
            return candidates[0]
        if anaphor.lower().split()[0] in ("these", "those") and self.semicolon_object:
            return self.semicolon_object  # "came from services; these industries rose"
        if len(anaphor.split()) == 1 and head in BARE_HEADS and self.history:
            return f"{anaphor} of {self.history[-1]}"  # "The supply ... was 5.9 months"
        return anaphor if head not in PRONOUNS else None

    def _clause_starts_at(self, sent: Sentence, m: Mention) -> bool:
        t = m.span.start - 1
        while t >= sent.start and (
            self.doc[t].lower_ in ("a", "an", "the", "just", "some")
            or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        return t < sent.start or self.doc[t].text in (",", ";", ":", "(", "-", "–", "—")

    def _after_number_metric(self, sent: Sentence, m: Mention) -> str | None:
        """ "73.1% of people aged 16 to 64 were in work", "42 pence was spent in food stores"."""
        doc = self.doc
        t = m.span.end
        if t < sent.end and doc[t].lower_ == "of":
            t += 1
        if t < sent.end and ((CHANGES, t) in self.cue_at or (MARKERS, t) in self.cue_at):
            return None
        lead = t + 1 if t < sent.end and doc[t].lower_ in ("was", "were", "is", "are") else t
        if lead < sent.end and doc[lead].lower_ in ("in", "on", "for", "at"):
            lead += 1  # "11 pence in stores selling automotive fuel"
        if lead >= sent.end or not doc[lead].is_alpha or doc[lead].lower_ in STOPWORDS:
            return None
        words: list[str] = []
        while t < sent.end:
            tok = doc[t]
            if tok.text in (",", ";", ":", ".") or tok.is_space or (QUANT_TOKENS, t) in self.cue_at:
                break
            if (PERIODS_TOKENS, t) in self.cue_at:
                t += 1
                continue
            words.append(tok.text_with_ws)
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
        doc = self.doc
        start = self._past_bracket(m.span.end, sent)
        after = doc[start : min(sent.end, start + 3)]
        for j, tok in enumerate(after):
            if tok.is_punct or tok.lower_ in ("from", "to", "than", "on", "compared", "of", "the"):
                break
            if (CHANGES, tok.i) in self.cue_at or tok.lower_ in SHARE_WORDS:
                k = self._past_bracket(tok.i + 1, sent)
                nxt = doc[k] if k < sent.end else None
                if nxt is not None and nxt.lower_ in ("in", "of", "for"):
                    phrase = self._phrase_from(nxt.i + 1, sent)
                    if phrase:
                        lead = doc[start : tok.i + 1].text if tok.lower_ in SHARE_WORDS else ""
                        if lead:
                            owner = self._subject_span(sent, m)
                            owner = clean_metric(owner) if owner else None
                            lead = f"{owner} {lead}" if owner and len(owner.split()) <= 3 else lead
                        return clean_metric(f"{lead} {nxt.text} {phrase}" if lead else phrase)
                break
            if (
                j == 0
                and m.unit in ("percent", "percentage_point")
                and self._determined(m)
                and tok.is_alpha
                and tok.lower_ not in STOPWORDS
                and tok.lower_ not in PHRASE_STOP
                and (PERIODS_TOKENS, tok.i) not in self.cue_at
                and (BASES, tok.i) not in self.cue_at
                and (MARKERS, tok.i) not in self.cue_at
                and tok.lower_ not in FORECAST_WORDS
                and tok.lower_ not in ("pct", "percent", "per", "points")
            ):
                # "below 2.0% inflation", "a 21% EV share": the noun after the number.
                phrase = self._phrase_from(tok.i, sent)
                if phrase:
                    return clean_metric(phrase)
        # "a decrease of 2.5% in X": a change noun and "of" before, "in X" after.
        before = m.span.start - 1
        while before >= sent.start and (
            (QUALIFIERS, before) in self.cue_at or doc[before].lower_ in ("a", "an")
        ):
            before -= 1
        if (
            (
                before - 1 >= sent.start
                and doc[before].lower_ == "of"
                and doc[before - 1].lower_ in SHARE_WORDS
            )
            and m.span.end < sent.end
            and doc[m.span.end].lower_ in ("in", "of")
        ):
            phrase = self._phrase_from(m.span.end + 1, sent)
            owner = self._subject_span(sent, m)
            owner = clean_metric(owner) if owner else None
            if phrase:
                lead = (
                    f"{owner} {doc[before - 1].text}"
                    if owner and len(owner.split()) <= 3
                    else doc[before - 1].text
                )
                return clean_metric(f"{lead} {doc[m.span.end].text} {phrase}")
        if (
            before - 1 >= sent.start
            and doc[before].lower_ == "of"
            and (CHANGES, before - 1) in self.cue_at
        ):
            if m.span.end < sent.end and doc[m.span.end].lower_ == "in":
                phrase = self._phrase_from(m.span.end + 1, sent)
                if phrase:
                    return clean_metric(phrase)
            # "a dip in construction output of 1.1%"
            t = before - 1
            while t > sent.start and not self._boundary(t - 1) and (CHANGES, t) not in self.cue_at:
                t -= 1
            if t < before - 1 and (CHANGES, t) in self.cue_at and doc[t + 1].lower_ == "in":
                return clean_metric(doc[t + 2 : before].text)
        return None

    def _determined(self, m: Mention) -> bool:
        """Whether an article or qualifier stands before the number ("a 21% share")."""
        t = m.span.start - 1
        return t >= 0 and (
            self.doc[t].lower_ in ("a", "an", "the", "its", "their")
            or (QUALIFIERS, t) in self.cue_at
        )

    def _past_bracket(self, t: int, sent: Sentence) -> int:
        """The token after a short bracket that opens at t ("(-22 TWh)"), else t."""
        if t < sent.end and self.doc[t].text == "(":
            close = next(
                (x for x in range(t, min(sent.end, t + 8)) if self.doc[x].text == ")"), None
            )
            if close is not None:
                return close + 1
        return t

    def _phrase_from(self, t: int, sent: Sentence) -> str:
        doc = self.doc
        words: list[str] = []
        while t < sent.end:
            tok = doc[t]
            if (
                tok.lower_ in ("from", "to", "and", "over")
                and words
                and (words[-1].strip().lower() in AGE_WORDS or doc[t - 1].like_num)
            ):
                # "people aged from 16 to 64", "aged 16 and over": an age band is part of the name
                words.append(tok.text_with_ws)
                t += 1
                continue
            if tok.text in ('"', "“", "”", "'", "‘", "’") and tok.text != "'":
                if tok.whitespace_ and words:
                    words[-1] = words[-1].rstrip() + " "
                t += 1  # quoted names inside a phrase: the 26 "Silk Road" pavilions
                continue
            if (tok.is_punct and tok.text not in ("-", "&", "/", "(", ")")) or tok.is_space:
                break
            inner_hyphen = (
                tok.text in ("-", "–")
                and not tok.whitespace_
                and t > 0
                and not doc[t - 1].whitespace_
            )
            if (
                tok.lower_ in PHRASE_STOP
                or tok.lower_ in AUXILIARIES
                or (self._boundary(t) and tok.text not in ("(", ")") and not inner_hyphen)
            ):
                break
            words.append(tok.text_with_ws)
            t += 1
        return "".join(words).strip()

    def _in_phrase(self, m: Mention) -> str | None:
        """ "output increased by 1.0% in services": the sector named after the number."""
        doc = self.doc
        t = m.span.end
        if t < len(doc) and doc[t].lower_ == "in" and (PERIODS_TOKENS, t + 1) not in self.cue_at:
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
