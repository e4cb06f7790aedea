"""The organization credited for each number."""

from __future__ import annotations

from spacy.tokens import Span

from ..components import AGENCIES
from .context import Attacher
from .structures import Credit, Mention, Sentence
from .text import capitalized_name, strip_article
from .vocabulary import CREDITS, FORECAST_WORDS, FORECASTERS, ORG_WORDS, TARGET_WORDS


class AgencyAttacher(Attacher):
    """Finds the credits of a sentence and decides `agency`."""

    def attach(
        self,
        mentions: list[Mention],
        credits: list[Credit],
        current: Credit | None,
        by_country: dict[str, Credit],
        countries: set[str],
    ) -> None:
        for m in mentions:
            kind = self._is_forecast(m)
            if kind:
                # Forecasts, targets and policy figures: credited in their own sentence only,
                # to whoever made or set them.
                forecasters = [c for c in credits if c.forecast]
                if forecasters:
                    org: Credit | None = forecasters[0]
                elif kind == "target":
                    org = self._sentence_org(m)
                elif credits and not self._forecaster_named(m):
                    org = credits[0]  # "expected to be 2.2%, according to a flash estimate from X"
                else:
                    org = None
                if org is not None:
                    m.agency = org.name
                    m.rules.append(org.rule)
                continue
            if credits:
                best = credits[0]
                m.agency = best.name
                m.rules.append(best.rule)
                continue
            credit = current
            if (
                credit is not None
                and credit.country
                and countries
                and credit.country not in countries
            ):
                other = next((by_country[c] for c in countries if c in by_country), None)
                credit = other
            if credit is not None:
                m.agency = credit.name
                m.rules.append(credit.rule)

    def _credits(self, sent: Sentence, agencies: list[Span]) -> list[Credit]:
        doc = self.doc
        credits: list[Credit] = []
        cues = self.ctx.spans_in(CREDITS, sent)
        sentence_has_forecast = any(c.label_ == "FORECAST" for c in cues)
        covered: set[int] = set()
        for a in agencies:
            if a.label_ != "AGENCY":
                continue
            covered.update(range(a.start, a.end))
            org = self.ctx.gazetteer.by_id(a.id_)
            nxt = doc[a.end : min(sent.end, a.end + 3)]
            if any(
                (CREDITS, t.i) in self.cue_at and self.cue_at[(CREDITS, t.i)].label_ == "NON_CREDIT"
                for t in nxt
            ):
                continue
            before = doc[max(sent.start, a.start - 10) : a.start]
            credited = any(self._credit_label(t.i) == "CREDIT_BEFORE" for t in before) or any(
                self._credit_label(t.i) == "CREDIT_BEFORE"
                and self.cue_at[(CREDITS, t.i)].id_.startswith("credit.source")
                for t in doc[sent.start : a.start]
            )
            after = doc[a.end : min(sent.end, a.end + 3)]
            credited = credited or any(
                self._credit_label(t.i) == "CREDIT_AFTER"
                and all(
                    x.lower_ in ("'s", "’s", "also", "has", "had", "have", "on", "last", "today")
                    or x.i == t.i
                    for x in after[: t.i - a.end + 1]
                )
                for t in after
            )
            if not credited:
                continue
            lead = [t for t in before if t.lower_ not in ("the", "a")]
            forecast = (
                sentence_has_forecast
                and bool(lead)
                and lead[-1].lower_ in ("by", "expected", "forecast", "predicted", "projected")
                and any(self._credit_label(t.i) == "FORECAST" for t in before)
            )
            credits.append(Credit(org.name, org.country, a.id_, forecast))
        # Generic names resolved by the country the text is about: "the finance ministry said".
        if not credits:
            country = self._sentence_country(sent) or self.ctx.country
            for cue in cues:
                if cue.label_ == "CREDIT_AFTER":
                    head = doc[max(sent.start, cue.start - 3) : cue.start]
                    if len(head) and head[-1].lower_ in ORG_WORDS and country:
                        org = self.ctx.gazetteer.lookup(head.text, country=country)
                        if org is not None:
                            credits.append(Credit(org.name, org.country, cue.id_))
                            break
        # Organizations the gazetteer does not know: "the X Agency said", "released by the X".
        known = bool(credits)
        for cue in cues:
            if known:
                break
            if cue.label_ not in ("CREDIT_BEFORE", "CREDIT_AFTER"):
                continue
            name_span = capitalized_name(doc, cue, sent, covered)
            if name_span is None:
                continue
            name = doc[name_span[0] : name_span[1]].text
            org = self.ctx.gazetteer.lookup(name)
            if org is not None:
                credits.append(Credit(org.name, org.country, cue.id_))
            elif any(w.lower() in ORG_WORDS for w in name.split()) and len(name.split()) >= 2:
                credits.append(Credit(strip_article(name), None, cue.id_))
            covered.update(range(*name_span))
        return credits

    def _is_forecast(self, m: Mention) -> str | None:
        """ "forecast" for "economists had expected a 0.4 pct rise", "target" for "its 4%
        inflation target", else None."""
        doc = self.doc
        sent = self.tok_sentence[m.span.start]
        after = doc[m.span.end : min(len(doc), m.span.end + 3)]
        if any(t.lower_ in TARGET_WORDS for t in after):
            return "target"
        before = doc[max(0, m.span.start - 8) : m.span.start]
        if any(t.lower_ in FORECAST_WORDS and self.tok_sentence[t.i] == sent for t in before):
            return "forecast"
        if any(t.lower_ in FORECAST_WORDS for t in after):
            return "forecast"
        return None

    def _forecaster_named(self, m: Mention) -> bool:
        """Whether the sentence names forecasters who are not an organization ("economists")."""
        sent = self.tok_sentence[m.span.start]
        return any(
            t.lower_ in FORECASTERS and self.tok_sentence[t.i] == sent
            for t in self.doc[max(0, m.span.start - 15) : min(len(self.doc), m.span.end + 6)]
        )

    def _sentence_org(self, m: Mention) -> Credit | None:
        """An organization named in the mention's sentence ("the Fed's 2% target")."""
        for a in self.ctx.spans_in(AGENCIES, self.tok_sentence[m.span.start]):
            if a.label_ == "AGENCY" and a.end <= m.span.start:
                org = self.ctx.gazetteer.by_id(a.id_)
                return Credit(org.name, org.country, a.id_, True)
        return None

    def _sentence_country(self, sent: Sentence) -> str | None:
        for a in self.ctx.spans_in(AGENCIES, sent):
            if a.label_ == "COUNTRY":
                code = self.ctx.gazetteer.by_id(a.id_).country
                if code:
                    return str(code)
        return None

    def _credit_label(self, t: int) -> str | None:
        cue = self.cue_at.get((CREDITS, t))
        return cue.label_ if cue is not None else None

    def _countries(self, sent: Sentence, agencies: list[Span], mentions: list[Mention]) -> set[str]:
        if not mentions:
            return set()
        first = mentions[0].span.start
        out: set[str] = set()
        for a in agencies:
            if a.label_ == "COUNTRY" and a.start < first:
                code = self.ctx.gazetteer.by_id(a.id_).country
                if code:
                    out.add(code)
        return out
