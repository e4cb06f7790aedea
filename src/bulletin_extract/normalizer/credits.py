"""Finding the organizations a sentence credits, and the role each plays.

A name is a **source** of figures ("..., the Commerce Department said", "according to ...",
"Source: ...", "the Caixin services PMI"), whose credit carries forward through the document;
a **forecaster** ("economists polled by Reuters", "the Dow Jones consensus"), credited for
forecasts in its own sentence only; or a **speaker** ("ING economist ... said"), whose firm is
credited for its own sentence only. Generic and anaphoric names ("the bureau", "the statistics
office", "the country's statistical agency") point back to the organization named before, or
to the body of the country the figures are about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from spacy.tokens import Doc, Span

from ..components import AGENCIES
from .context import Attacher, DocContext
from .credit_words import (
    ANALYSTS,
    BANK_WORDS,
    CREDIT_FILLERS,
    DATA_NOUNS,
    FORECAST_VERBS,
    FORECASTER_NOUNS,
    GENERIC_ORG_WORDS,
    INDEX_NOUNS,
    INVERTED_VERBS,
    MINISTER_WORDS,
    MINISTRY_WORDS,
    OWNER_WORDS,
    PARTNER_WORDS,
    POLLED_VERBS,
    SPOKESPEOPLE,
    STAT_WORDS,
    first_of_kind,
    name_stems,
    stem,
)
from .structures import Credit, Mention, Sentence
from .text import capitalized_name, strip_article
from .vocabulary import CHANGES, CREDITS, ORG_WORDS

ARTICLES = frozenset({"the", "a", "an", "its", "their"})
POSSESSIVES = frozenset({"'s", "’s"})
_AUXILIARIES = frozenset({"also", "previously", "has", "had", "separately", "earlier"})
# Words between a country and the preposition that makes it a trading partner.
_PARTNER_SKIP = frozenset(
    {"the", ",", "and", "or", "other", "(", "countries", "nations", "member", "states"}
)
_HEADS = ORG_WORDS | {"customs", "treasury"}
_TRADE_OF = frozenset(
    {"outside", "rest", "imports", "exports", "shipments", "purchases", "sales", "goods"}
)


@dataclass
class SentenceCredit(Credit):
    """A credit found in a sentence, with the token where its name starts."""

    start: int = -1
    speaker: bool = False  # an economist's or analyst's firm: speaks for the whole sentence


class CreditFinder(Attacher):
    """Finds the credits of each sentence, in document order (it remembers the names seen)."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.gazetteer = ctx.gazetteer
        self._named: list[Any] = []  # organizations named so far in the document, latest last
        self._sentence_countries: set[str] = set()  # of the sentence being read
        self._doc_countries = {
            ctx.gazetteer.by_id(a.id_).country
            for spans in ctx.sentence_spans[AGENCIES].values()
            for a in spans
            if a.label_ == "COUNTRY"
        }

    # ------------------------------------------------------------------ countries
    def countries(self, sent: Sentence, agencies: list[Span], mentions: list[Mention]) -> set[str]:
        """The countries whose figures a sentence gives: those named before its first number,
        less trading partners ("exports to Germany", "the deficit with Japan")."""
        if not mentions:
            return set()
        return self._figure_countries(sent, agencies, mentions[0].span.start)

    def _figure_countries(self, sent: Sentence, agencies: list[Span], until: int) -> set[str]:
        country_spans = [a for a in agencies if a.label_ == "COUNTRY"]
        in_country = {i for a in country_spans for i in range(a.start, a.end)}
        out: set[str] = set()
        lower = self.tokens.lower
        for a in country_spans:
            if a.start >= until:
                continue
            t = a.start - 1
            while t >= sent.start and (t in in_country or lower[t] in _PARTNER_SKIP):
                t -= 1
            if t >= sent.start and lower[t] in PARTNER_WORDS:
                continue
            if t > sent.start and lower[t] == "of" and lower[t - 1] in _TRADE_OF:
                continue  # "outside of the EU", "imports of Chinese goods"
            code = self.gazetteer.by_id(a.id_).country
            if code:
                out.add(code)
        return out

    def context_country(self, sent: Sentence) -> str | None:
        """The country a sentence's figures are about, else the document's."""
        found = self._figure_countries(sent, self.ctx.spans_in(AGENCIES, sent), sent.end)
        self._sentence_countries = found
        if len(found) == 1:
            return next(iter(found))
        if self.ctx.country in found or not found:
            return self.ctx.country
        return sorted(found)[0]

    # ------------------------------------------------------------------ finding credits
    def credits(self, sent: Sentence, agencies: list[Span]) -> list[Credit]:
        """The organizations a sentence credits, in order, each a source or a forecaster."""
        country = self.context_country(sent)
        credits: list[Credit] = []
        covered: set[int] = set()
        orgs = [a for a in agencies if a.label_ == "AGENCY"]
        for k, a in enumerate(orgs):
            covered.update(range(a.start, a.end))
            org = self.resolve(self.gazetteer.by_id(a.id_), a, country)
            self._named.append(org)
            role = self._role(a, sent, orgs[k + 1] if k + 1 < len(orgs) else None)
            if role is None and org.kind in ("research", "other") and self._names_index(a, sent):
                role = "source"  # "the HCOB manufacturing PMI rose to 45.8"
            if role is not None:
                credits.append(
                    SentenceCredit(
                        org.name, org.country, a.id_, role != "source", a.start, role == "speaker"
                    )
                )
        credits.extend(self._generic_credits(sent, covered, country))
        # A forecaster named in the sentence ("beating a Reuters poll") leaves the source of
        # its figures still to find.
        if all(c.forecast for c in credits):
            credits.extend(self._minister_credits(sent, country))
        if all(c.forecast for c in credits):
            credits.extend(self._unknown_credits(sent, covered))
        return credits

    def _role(self, a: Span, sent: Sentence, following: Span | None) -> str | None:
        """ "source", "forecaster" or None (a name that credits no figure)."""
        doc = self.doc
        after = doc[a.end : min(sent.end, a.end + 6)]
        if any(self._credit_label(t.i) == "NON_CREDIT" for t in after[:3]):
            return None  # "using U.S. Labor Department methodology"
        if (
            following is not None
            and following.start - a.end == 1
            and self.tokens.lower[a.end] in POSSESSIVES
        ):
            return None  # "the Labor Department's Bureau of Labor Statistics": the latter
        for t in after:  # "a Reuters poll", "ING economist ...", "the Atlanta Fed's GDPNow tracker"
            if t.lower_ in ANALYSTS:
                return "speaker"
            if t.lower_ in FORECASTER_NOUNS:
                return "forecaster"
            if not (t.lower_ in POSSESSIVES or t.text[:1].isupper()):
                break
        before = doc[max(sent.start, a.start - 10) : a.start]
        lead = [t for t in before if t.lower_ not in ARTICLES]
        if lead and lead[-1].lower_ == "by" and len(lead) > 1 and lead[-2].lower_ in POLLED_VERBS:
            return "forecaster"  # "economists polled by Reuters"
        if lead and lead[-1].lower_ in ("at", "of", "with", "from"):
            # "said Jane Doe, an economist at Capital Economics": the firm's opinion;
            # "said the head of the statistics office": the office's figures
            titles = {t.lower_ for t in lead[-7:-1]}
            if titles & ANALYSTS:
                return "speaker"
            if titles & FORECASTER_NOUNS:
                return "forecaster"
            if titles & SPOKESPEOPLE and any(
                self._credit_label(t.i) == "CREDIT_AFTER" for t in doc[sent.start : sent.end]
            ):
                return "source"
        if any(self._credit_label(t.i) == "CREDIT_BEFORE" for t in before) or any(
            self._credit_label(t.i) == "CREDIT_BEFORE"
            and self.cue_at[(CREDITS, t.i)].id_.startswith("credit.source")
            for t in doc[sent.start : a.start]
        ):
            if (
                lead
                and lead[-1].lower_ in ("by", "expected", "forecast", "predicted")
                and any(self._credit_label(t.i) == "FORECAST" for t in before)
            ):
                return "forecaster"  # "as forecast by the IMF"
            return "source"
        return self._role_after(a, sent, lead)

    def _names_index(self, a: Span, sent: Sentence) -> bool:
        """Whether a survey firm's name stands in the name of its index or survey ("the
        Caixin services PMI", "the Conference Board's consumer confidence index")."""
        for t in self.doc[a.end : min(sent.end, a.end + 7)]:
            if t.lower_ in INDEX_NOUNS:
                return True
            if not (t.is_alpha or t.lower_ in POSSESSIVES or t.text in ("-", "'")):
                return False
            if self._credit_label(t.i) is not None or (CHANGES, t.i) in self.cue_at:
                return False
        return False

    def _role_after(self, a: Span, sent: Sentence, lead: list[Any]) -> str | None:
        """The role given by the words after a name: "..., the department said", "a Reuters
        poll", "the Atlanta Fed's data tracker", "ING economist ... said"."""
        doc = self.doc
        found: str | None = None
        owned = False  # after "X's": a noun phrase may stand before the verb
        for t in doc[a.end : min(sent.end, a.end + 6)]:
            w = t.lower_
            owned = owned or w in POSSESSIVES
            if w in FORECASTER_NOUNS or w in FORECAST_VERBS:
                return "forecaster"  # "the Dow Jones consensus", "the IMF expects"
            cue = self.cue_at.get((CREDITS, t.i))
            if cue is not None and cue.label_ == "CREDIT_AFTER":
                if owned and cue.id_ == "credit.policy_action":
                    break  # "the Fed's preferred gauge held at 2.6%": the gauge, not the Fed
                if w not in CREDIT_FILLERS:
                    return "source"  # "the Ministry of Commerce's big data monitoring showed"
                found = "source"  # "data", "figures": a verb may follow ("data showed")
            elif not (w in CREDIT_FILLERS or t.text[:1].isupper() or (owned and t.is_alpha)):
                break
        if found:
            return found
        p = a.start - 1
        if p > sent.start and self.tokens.lower[p] in ARTICLES:
            p -= 1
        if p >= sent.start and self.tokens.lower[p] in INVERTED_VERBS:
            return "source"  # "noted Statistics Canada", "added StatsCan"
        return None

    def _generic_credits(
        self, sent: Sentence, covered: set[int], country: str | None
    ) -> list[Credit]:
        """Generic and anaphoric names: "the department said", "Customs figures show",
        "said the country's statistical agency", "according to the statistics office"."""
        found: list[Credit] = []
        for cue in self.ctx.spans_in(CREDITS, sent):
            if cue.label_ not in ("CREDIT_AFTER", "CREDIT_BEFORE") or cue.start in covered:
                continue
            phrase: list[str] = []
            if cue.label_ == "CREDIT_AFTER":
                t = cue.start - 1
                while t >= sent.start and (
                    self.tokens.lower[t] in _AUXILIARIES or self.tokens.lower[t] in DATA_NOUNS
                ):
                    t -= 1  # "the finance ministry's data showed"
                end = t + 1
                while t >= sent.start and t not in covered and self._generic_word(t):
                    t -= 1
                phrase = self._phrase(t + 1, end)
            if not phrase and (
                cue.label_ == "CREDIT_BEFORE" or self.tokens.lower[cue.start] in INVERTED_VERBS
            ):
                t = cue.end
                while t < sent.end and self.tokens.lower[t] in ARTICLES | {
                    "data",
                    "figures",
                    "by",
                    "from",
                }:
                    t += 1
                start = t
                while t < sent.end and t not in covered and self._generic_word(t):
                    t += 1
                if t in covered and self.tokens.lower[t - 1] in POSSESSIVES:
                    continue  # "the department's Bureau of Economic Analysis": the latter
                phrase = self._phrase(start, t)
            org = self.generic(phrase, country) if phrase else None
            if org is not None:
                found.append(SentenceCredit(org.name, org.country, org.id, False, cue.start))
                self._named.append(org)
        return found

    def _generic_word(self, t: int) -> bool:
        w = self.tokens.lower[t]
        return w in GENERIC_ORG_WORDS or w in OWNER_WORDS or w in POSSESSIVES

    def _phrase(self, start: int, end: int) -> list[str]:
        """The content words of a generic name, without owners ("the country's")."""
        words = [t.lower_ for t in self.doc[start:end]]
        while words and (words[0] in OWNER_WORDS or words[0] in POSSESSIVES):
            words = words[1:]
        while words and words[-1] in POSSESSIVES:  # "the ministry's data showed"
            words = words[:-1]
        # "the statistics showed" names no body: a name ends in one ("the statistics office")
        if not words or words[-1] == "statistics" or words[-1] not in _HEADS:
            return []
        return words

    def generic(self, words: list[str], country: str | None) -> Any:
        """The organization a generic name points to: the latest one named that fits it,
        else the gazetteer's body of that name in the country."""
        for org in reversed(self._named):
            if country and org.country and org.country != country:
                continue
            if self._fits(org, words):
                return org
        if country:
            org = self.gazetteer.lookup(" ".join(words), country=country)
            if org is not None and org.country == country:
                return org
            if all(w in STAT_WORDS for w in words) and any(w.startswith("statist") for w in words):
                return first_of_kind(self.gazetteer, country, "statistics_office")
            if words[-2:] == ["central", "bank"] or words == ["bank"]:
                return first_of_kind(self.gazetteer, country, "central_bank")
        return None

    @staticmethod
    def _fits(org: Any, words: list[str]) -> bool:
        stems = name_stems(org)
        for w in words:
            if stem(w) in stems:
                continue
            if org.kind == "statistics_office" and w in STAT_WORDS:
                continue
            if org.kind == "central_bank" and w in BANK_WORDS:
                continue
            if org.kind == "ministry" and w in MINISTRY_WORDS:
                continue
            return False
        return True

    def _minister_credits(self, sent: Sentence, country: str | None) -> list[Credit]:
        """A minister credits the ministry: "vice minister of Foreign Trade, said"."""
        doc, lower, is_title = self.doc, self.tokens.lower, self.tokens.is_title
        for t in range(sent.start, sent.end):
            if lower[t] not in MINISTER_WORDS:
                continue
            if t + 1 < sent.end and lower[t + 1] == "of":
                end = t + 2
                while end < sent.end and (is_title[end] or lower[end] in ("and", "&")):
                    end += 1
                name = "Ministry of " + doc[t + 2 : end].text
                tail = end
            else:
                start = t
                while start > sent.start and is_title[start - 1]:
                    start -= 1
                if start == t:
                    continue
                name = doc[start:t].text + " ministry"
                tail = t + 1
            window = doc[tail : min(sent.end, tail + 6)]
            if not any(self._credit_label(x.i) == "CREDIT_AFTER" for x in window):
                continue
            org = self.gazetteer.lookup(name, country=country)
            if org is not None:
                self._named.append(org)
                return [SentenceCredit(org.name, org.country, org.id, False, t)]
        return []

    def _unknown_credits(self, sent: Sentence, covered: set[int]) -> list[Credit]:
        """Organizations the gazetteer does not know: "the X Agency said", "released by the X"."""
        doc = self.doc
        for cue in self.ctx.spans_in(CREDITS, sent):
            if cue.label_ not in ("CREDIT_BEFORE", "CREDIT_AFTER"):
                continue
            name_span = capitalized_name(cast(Doc, doc), cue, sent, covered)  # a Doc proxy
            if name_span is None:
                continue
            name = doc[name_span[0] : name_span[1]].text
            org = self.gazetteer.lookup(name)
            if org is not None:
                return [SentenceCredit(org.name, org.country, cue.id_, False, name_span[0])]
            if any(w.lower() in ORG_WORDS for w in name.split()) and len(name.split()) >= 2:
                return [SentenceCredit(strip_article(name), None, cue.id_, False, name_span[0])]
            covered.update(range(*name_span))
        return []

    def resolve(self, org: Any, span: Span, country: str | None) -> Any:
        """Prefer the body of the figures' country for a name that several countries use:
        Hungary's "Central Statistics Office" is not Ireland's."""
        if not country or not org.country or org.country == country:
            return org
        alt = self.gazetteer.lookup(span.text, country=country)
        if alt is not None and alt.country == country:
            return alt
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in ("of", "the", "for")]
        if (
            org.kind == "statistics_office"
            and words
            and all(w in STAT_WORDS for w in words)
            and (country in self._sentence_countries or org.country not in self._doc_countries)
        ):
            return first_of_kind(self.gazetteer, country, "statistics_office") or org
        return org

    def _credit_label(self, t: int) -> str | None:
        cue = self.cue_at.get((CREDITS, t))
        return cue.label_ if cue is not None else None
