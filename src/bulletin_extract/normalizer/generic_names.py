"""Credits by generic and unknown names, and the credit record of a sentence.

"The bureau", "the statistics office", "the country's statistical agency", "Customs" point back
to the organization named before that fits them, or to the body of that kind in the country the
figures are about; a minister stands for the ministry ("vice minister of Foreign Trade, said");
and a capitalized name next to a credit cue that the gazetteer does not know ("the X Agency
said") is kept as written. `CreditFinder` (`credits.py`) reads these after the gazetteer's names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from spacy.tokens import Doc

from ..agencies import GENERIC_NAME_WORDS, OWNER_NAME_WORDS, Gazetteer, Organization
from ..components import AGENCIES
from .companies import NAME_SUFFIXES
from .context import Attacher
from .credit_words import (
    ANALYSTS,
    ARTICLES,
    BANK_WORDS,
    DATA_NOUNS,
    FIRM_TITLES,
    FORECAST_VERBS,
    INVERTED_VERBS,
    MINISTER_WORDS,
    MINISTRY_WORDS,
    POLICY_ACTION,
    POSSESSIVES,
    PUBLICATION_WORDS,
    SPOKESPEOPLE,
    STAT_ADJECTIVES,
    STAT_WORDS,
    first_of_kind,
    name_stems,
    stem,
)
from .structures import Credit, Sentence
from .text import capitalized_name, strip_article
from .vocabulary import CREDITS, MONTH_WORDS, ORG_WORDS, WEEKDAYS, words

_AUXILIARIES = frozenset({"also", "previously", "has", "had", "separately", "earlier"})
# People who speak for the body named before them: "a commerce ministry official said".
_BODY_SPEAKERS = frozenset("official officials spokesman spokeswoman spokesperson".split())
_HEADS = ORG_WORDS | {"customs", "treasury", "exchange"}
# Generic name words that are also the subject of a ministry: "the labour ministry" of a country
# the gazetteer has no such ministry for is its Ministry of Labour.
_SUBJECTS = frozenset("labour labor finance trade commerce economy industry employment".split())


def _news_agency(org: Any) -> bool:
    """Whether an organization is a news agency ("Yonhap News Agency"), which "the agency"
    of a report never means."""
    return any(" news" in f" {alias.lower()}" for alias in (org.name, *org.aliases))


# Words between a body's possessive and its data: "the ministry's monthly data showed", "the
# bureau's preliminary figures showed".
_DATA_ADJECTIVES = STAT_ADJECTIVES | words("monthly weekly quarterly annual daily")
# A bank's forecast verbs in the past: "In its November projection, the bank saw inflation
# averaging 3.6%", "the bank projected growth of 2.1%".
_BANK_PAST_FORECASTS = words("saw projected predicted anticipated")
# Surveys of forecasters that a central bank runs: "the central bank's weekly Focus survey".
_SURVEYS = frozenset("survey surveys poll polls".split())
# Words before a body's data that the speaker cites: "the council said, citing ministry data".
_CITING = frozenset(("citing", "cited", "quoting"))


@dataclass
class SentenceCredit(Credit):
    """A credit found in a sentence, with the token where its name starts."""

    start: int = -1
    speaker: bool = False  # an economist's or analyst's firm: speaks for the whole sentence
    poll: bool = False  # a poll or consensus of forecasters: gives no actual figure


# Words that make a capitalized name next to a credit an organization's: the organizational
# nouns, a company's legal forms, the nouns firms that publish data take ("Sensormatic
# Solutions", "LevelTen Energy", "Rivian Automotive", "the Yale Budget Lab"), the schools
# that compile surveys ("the Hallam School of Management", "Easton University") and a bank's
# markets or securities desk ("Nordvik Markets", "Kaito Securities").
# Cues after which a name of several capitalized words is the body whose data these are:
# "according to a dealer survey by Nuvama Institutional Equities", "data from Kpler Analytics".
_DATA_BY = frozenset(("credit.data_from", "credit.released_by", "credit.analysis_by"))
# Last words of the name of a law, a plan or a deal, which sets figures but is no organization.
_INSTRUMENTS = words(
    "directive directives regulation regulations act law treaty agreement accord protocol "
    "plan plans strategy package programme program scheme framework roadmap"
)
_UNKNOWN_ORG_WORDS = (
    ORG_WORDS
    | NAME_SUFFIXES
    | words(
        "solutions analytics research lab labs laboratory energy automotive motors economics "
        "intelligence consulting advisors advisory insights network foundation chamber union "
        "database dashboard tracker school university college markets securities"
    )
)


# Kinds of firm that tell a name written in small letters as one: "B2B e-commerce company
# cargolink hub", "cargolink hub, an online freight marketplace".
_FIRM_NOUNS = words(
    "company firm platform provider consultancy marketplace aggregator startup portal"
)
# Verbs by which a body sets the figures that follow: "the power ministry has advised plants to
# blend up to 6 per cent", "the food ministry fixed the price at".
_SETTING_VERBS = words("advised advises directed directs fixed fixes capped caps allowed allows")
# Verbs by which a body budgets or pays out the sums that follow: "the finance ministry has
# budgeted receipts of", "the textiles ministry had disbursed 900 crore rupees to".
_ALLOCATING_VERBS = words(
    "budgeted budgets allocated allocates earmarked earmarks sanctioned sanctions disbursed "
    "disburses"
)
# Nouns of the figures a name credited whole stands before: "according to Kpler data".
_WHOLE_DATA = words("data figures estimates estimate calculations numbers statistics")
# Words of a person's title after a name and a comma: "according to Jane Doe, an economist".
_PERSON_TITLES = SPOKESPEOPLE | ANALYSTS | FIRM_TITLES | words("who professor executive")


# Words of a statistics office's name that every office's name may hold ("the Central Bureau
# of Statistics"): not what tells one name of an office from another.
_NAME_GLUE = frozenset(("the", "of", "and", "for"))


def _initials(name: str) -> str:
    """The capital initials of a name of two words or more, its small linking words left
    out: "Intertek Testing Services" -> "ITS", "Bureau of Grain Statistics" -> "BGS"."""
    parts = [w for w in name.replace("-", " ").split() if w.lower() not in _NAME_GLUE]
    if len(parts) < 2 or not all(w[:1].isupper() for w in parts):
        return ""
    return "".join(w[0] for w in parts)


def older_office_name(written: str, office: Organization) -> Organization | None:
    """A statistics office's full name, written in capitals, that shares none of its telling
    words with the names the office's entry uses: the name the office published under at the
    time ("the Central Bureau of Statistics said" of Norway's office, since renamed Statistics
    Norway; "the Central Statistical Office" of Finland's), credited as written, for the
    office's country; else None ("the Central Statistics Office" of Hungary's Central
    Statistical Office, "the Central Bureau of Statistics" of Israel's: the entry's name)."""
    name = strip_article(written.strip())
    parts = [w for w in re.split(r"[^\w']+", name) if w]
    content = [w for w in parts if w.lower() not in _NAME_GLUE]
    if len(content) < 2 or not all(w[:1].isupper() for w in content):
        return None
    telling = {w.lower() for w in content if not w.lower().startswith("statist")}
    known = {
        w.lower() for alias in (office.name, *office.aliases) for w in re.split(r"[^\w]+", alias)
    }
    if not telling or not telling.isdisjoint(known):
        return None
    return Organization(f"{office.id}.as_written", name, office.country, office.kind, (name,))


class GenericNames(Attacher):
    """Reads generic, anaphoric and unknown names; `_named` holds the organizations named so
    far in the document, latest last (kept by the subclass)."""

    gazetteer: Gazetteer
    _named: list[Organization]
    _central_named: bool | None = None  # whether the document names a central bank

    def _generic_credits(
        self, sent: Sentence, covered: set[int], country: str | None
    ) -> list[Credit]:
        """Generic and anaphoric names: "the department said", "Customs figures show",
        "said the country's statistical agency", "according to the statistics office"."""
        found: list[Credit] = []
        for cue in self.ctx.spans_in(CREDITS, sent):
            if cue.label_ not in ("CREDIT_AFTER", "CREDIT_BEFORE") or cue.start in covered:
                continue
            if self.ctx.moves_a_forecast(cue.start, sent):
                continue  # "the bank raised its growth forecast": a forecaster (see below)
            phrase: list[str] = []
            written = ""
            if cue.label_ == "CREDIT_AFTER":
                t = cue.start - 1
                while t >= sent.start and (
                    self.tokens.lower[t] in _AUXILIARIES
                    or self.tokens.lower[t] in DATA_NOUNS
                    or (self.tokens.lower[t] in _DATA_ADJECTIVES and t + 1 < cue.start)
                ):
                    t -= 1  # "the finance ministry's data showed", "the bureau's monthly data"
                if t > sent.start and self.tokens.lower[t] in _BODY_SPEAKERS:
                    t -= 1  # "a commerce ministry official said": the body speaks
                if (
                    t - 2 >= sent.start
                    and self.tokens.text[t] == ")"
                    and self.tokens.text[t - 2] == "("
                ):
                    t -= 3  # "the Central Bureau of Statistics (CBS) said"
                end = t + 1
                while t >= sent.start and t not in covered and self._generic_word(t):
                    t -= 1
                if t >= sent.start and self.tokens.lower[t] in _CITING:
                    continue  # "the AEPC said, citing ministry data": the speaker's source
                phrase = self._phrase(t + 1, end)
                written = self.doc[t + 1 : end].text
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
                written = self.doc[start:t].text
            org = self.generic(phrase, country, written) if phrase else None
            if org is not None:
                # "The central bank has cut its policy rate by 175 basis points to 4.50%": a
                # policy figure, credited in its own sentence only (no source to carry on)
                policy = cue.id_ == POLICY_ACTION
                found.append(SentenceCredit(org.name, org.country, org.id, policy, cue.start))
                self._named.append(org)
        found.extend(self._bank_forecasts(sent, covered, country))
        return found

    def _bank_forecasts(
        self, sent: Sentence, covered: set[int], country: str | None
    ) -> list[Credit]:
        """ "the bank now sees average inflation at 4.5%", "In its March projection, the bank
        saw growth of 3.1%": the central bank named for the maker of a forecast."""
        lower = self.tokens.lower
        found: list[Credit] = []
        if not country or "bank" not in lower[sent.start : sent.end]:
            return found  # (most sentences: one scan in C, no loop)
        for t in range(sent.start + 1, sent.end - 1):
            if lower[t] != "bank" or t in covered or lower[t - 1] not in ("the", "central"):
                continue
            k = t + 1
            while k < sent.end - 1 and lower[k] in ("now", "also", "still"):
                k += 1
            past = lower[k] in _BANK_PAST_FORECASTS and self._opens_clause(t - 1, sent)
            if (
                lower[k] not in FORECAST_VERBS
                and not past
                and not self.ctx.moves_a_forecast(k, sent)
                and not (lower[t - 1] == "central" and self._owns_survey(k, sent))
            ):
                continue  # "the bank now sees", "the bank raised its growth forecast"
            if lower[t - 1] == "the" and not self._names_a_central_bank():
                continue  # "The bank now expects full-year NII": a bank's own forecast
            org = self.generic(["central", "bank"], country)
            if org is not None:
                found.append(SentenceCredit(org.name, org.country, org.id, True, t))
        return found

    def _opens_clause(self, t: int, sent: Sentence) -> bool:
        """Whether the words from `t` open their sentence or a clause: after a comma, a
        semicolon or a joining word ("In its March projection, the bank saw"), not inside a
        phrase ("Lending by the bank saw a 4% rise")."""
        return t == sent.start or self.tokens.lower[t - 1] in (",", ";", "and", "but", "while")

    def _owns_survey(self, k: int, sent: Sentence) -> bool:
        """Whether the bank named before `k` owns a survey of forecasters: "Economists in the
        central bank's weekly Focus survey see inflation at 4.55%"."""
        lower = self.tokens.lower
        if lower[k] not in POSSESSIVES:
            return False
        for j in range(k + 1, min(sent.end, k + 5)):
            if lower[j] in _SURVEYS:
                return True
            if not self.tokens.is_alpha[j]:
                return False
        return False

    def _generic_word(self, t: int) -> bool:
        w = self.tokens.lower[t]
        if w == "of":  # "the Central Bureau of Statistics": "of" between two words of a name
            lower = self.tokens.lower
            return 0 < t < len(lower) - 1 and lower[t - 1] in _HEADS and lower[t + 1] in STAT_WORDS
        return w in GENERIC_NAME_WORDS or w in OWNER_NAME_WORDS or w in POSSESSIVES

    def _phrase(self, start: int, end: int) -> list[str]:
        """The content words of a generic name, without owners ("the country's")."""
        words = [t.lower_ for t in self.doc[start:end]]
        while words and (words[0] in OWNER_NAME_WORDS or words[0] in POSSESSIVES):
            words = words[1:]
        while words and words[-1] in POSSESSIVES:  # "the ministry's data showed"
            words = words[:-1]
        # "the statistics showed" names no body: a name ends in one ("the statistics office"),
        # or has one before "of" ("the Central Bureau of Statistics")
        if words and "of" in words and words[words.index("of") - 1] in _HEADS:
            return words
        if not words or words[-1] == "statistics" or words[-1] not in _HEADS:
            return []
        return words

    def generic(self, words: list[str], country: str | None, written: str | None = None) -> Any:
        """The organization a generic name points to: the latest one named that fits it,
        else the gazetteer's body of that name in the country (`written`: the name as the
        text writes it)."""
        for org in reversed(self._named):
            if country and org.country and org.country != country and org.kind != "market":
                continue  # (an exchange's data are not one country's: "exchange data showed")
            if _news_agency(org):
                continue  # "a Yonhap Infomax survey", then "the agency said": not the newswire
            if self._fits(org, words):
                return org
        if country:
            known = self.gazetteer.lookup(" ".join(words), country=country)
            if known is not None and known.country == country:
                return known
            office = self._statistics_office(words, country, written)
            if office is not None:
                return office
            bank = words == ["bank"] and self._names_a_central_bank()
            if words[-2:] == ["central", "bank"] or bank:
                return first_of_kind(self.gazetteer, country, "central_bank")
        return None

    def _names_a_central_bank(self) -> bool:
        """Whether the document names a central bank anywhere, by name or as "the central
        bank": only then is a bare "the bank" one (in a bank's own results, "The bank set aside
        $3.4 billion" is that bank)."""
        if self._central_named is None:
            lower = self.tokens.lower
            self._central_named = any(
                a.label_ == "AGENCY" and self.gazetteer.by_id(a.id_).kind == "central_bank"
                for spans in self.ctx.sentence_spans[AGENCIES].values()
                for a in spans
            ) or any(w == "central" and lower[t + 1] == "bank" for t, w in enumerate(lower[:-1]))
        return self._central_named

    def _statistics_office(
        self, words: list[str], country: str, written: str | None = None
    ) -> Any:
        """The country's statistics office for a name of statistics words only ("the
        statistics bureau", "the Central Bureau of Statistics", "the national statistics board"),
        else None. ("the board" alone is a central bank's more often: only here.) A full name
        written in capitals that the office's entry does not use is an older name of it, kept
        as written (see `older_office_name`)."""
        if all(w in STAT_WORDS or w in ("of", "board") for w in words) and any(
            w.startswith("statist") for w in words
        ):
            office = first_of_kind(self.gazetteer, country, "statistics_office")
            if office is not None and written is not None:
                return older_office_name(written, office) or office
            return office
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
        if MINISTER_WORDS.isdisjoint(lower[sent.start : sent.end]):
            return []  # no minister named (most sentences): nothing to scan for
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

    def _unknown_credits(
        self, sent: Sentence, covered: set[int], country: str | None = None
    ) -> list[Credit]:
        """Organizations the gazetteer does not know: "the X Agency said", "released by the X"."""
        doc = self.doc
        for cue in self.ctx.spans_in(CREDITS, sent):
            if cue.label_ not in ("CREDIT_BEFORE", "CREDIT_AFTER"):
                continue
            name_span = capitalized_name(cast(Doc, doc), cue, sent, covered)  # a Doc proxy
            if name_span is None:
                spelled = self._initials_credit(cue, sent, covered)
                if spelled is not None:
                    return [spelled]
                whole = self._whole_name(cue, sent, covered)
                if whole is not None:
                    return [self._as_written(cue, doc[whole[0] : whole[1]].text, whole[0])]
                continue
            name = doc[name_span[0] : name_span[1]].text
            if name.split()[-1].lower() in _INSTRUMENTS:
                covered.update(range(*name_span))
                continue  # "The revised Renewable Energy Directive sets a binding 42% share": a law
            org = self.gazetteer.lookup(name)
            words = [w.lower() for w in strip_article(name).split()]
            if org is None and country and "department" not in words:
                # "the Central Bureau of Statistics said" in a Jakarta wire: the country's (a
                # "Department of Statistics" is kept as written: an older name of a body the
                # gazetteer knows by its new one)
                org = self._statistics_office(words, country, name)
            if org is not None:
                return [SentenceCredit(org.name, org.country, cue.id_, False, name_span[0])]
            named_for_data = (
                len(name.split()) >= 2
                # (not "the Household Finances Survey": a survey, no body)
                and name.split()[-1].lower() not in PUBLICATION_WORDS
            ) and (
                cue.id_ in _DATA_BY
                or any(  # "according to a dealer survey by Nuvama Institutional Equities"
                    self.tokens.lower[k] in ("by", "from") for k in range(cue.end, name_span[0])
                )
            )
            if (
                (any(w.lower() in _UNKNOWN_ORG_WORDS for w in name.split()) or named_for_data)
                and len(name.split()) >= 2
                # "Mahindra & Mahindra and Tata Motors": two firms (not "Ministry of Trade
                # and Industry", one body)
                and not (" and " in name and " of " not in name)
            ):
                return [self._as_written(cue, name, name_span[0])]
            whole = self._whole_name(cue, sent, covered)
            if whole is not None and whole[1] == name_span[1]:
                return [self._as_written(cue, doc[whole[0] : whole[1]].text, whole[0])]
            covered.update(range(*name_span))
        return []

    def _initials_credit(self, cue: Any, sent: Sentence, covered: set[int]) -> Credit | None:
        """An acronym the gazetteer does not know, next to a credit cue, that spells the
        initials of an organization the document named before: "ITS data showed" or
        "according to ITS figures" after "Intertek Testing Services said" credits that body,
        not the one credited last ("AmSpec Agri Malaysia estimated ..."); an acronym no body
        named so far spells ("according to CPI data") credits nothing."""
        span = capitalized_name(cast(Doc, self.doc), cue, sent, covered, min_words=1)
        if span is None or span[1] - span[0] != 1:
            return None
        word = self.tokens.text[span[0]]
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            return None
        if self.gazetteer.lookup(word) is not None:
            return None  # the gazetteer's own acronym, read by the other rules
        for org in reversed(self._named):
            if any(_initials(name) == word for name in (org.name, *org.aliases)):
                # (a policy move, "BI left its rate at 4.75%", is credited in its sentence only)
                policy = cue.id_ == POLICY_ACTION
                return SentenceCredit(org.name, org.country, cue.id_, policy, span[0])
        return None

    def _described_credits(self, sent: Sentence, covered: set[int]) -> list[Credit]:
        """A name written in small letters that a data cue credits, told as a name by the kind
        of firm written before it or in an apposition after it: "according to data compiled
        by freight marketplace cargolink hub.", "data from cargolink hub, an online freight
        marketplace, showed"; credited as written."""
        lower, text = self.tokens.lower, self.tokens.text
        for cue in self.ctx.spans_in(CREDITS, sent):
            if cue.label_ != "CREDIT_BEFORE" or cue.id_ not in _DATA_BY:
                continue
            j = cue.end
            while j < min(sent.end, cue.end + 5) and text[j] not in (",", ".", ";"):
                if lower[j] in _FIRM_NOUNS:
                    break
                j += 1
            described = j < sent.end and lower[j] in _FIRM_NOUNS
            start = j + 1 if described else cue.end
            end = start
            while (
                end < sent.end
                and end - start < 3
                and end not in covered
                and text[end].isalpha()
                and text[end].islower()
                and lower[end] not in ARTICLES
                and lower[end] not in _FIRM_NOUNS
            ):
                end += 1
            if end == start or end - start > 2 and end < sent.end and text[end].isalpha():
                continue
            after = text[end] if end < sent.end else "."
            if described:
                named = after in (",", ".", ";") or "\n" in after
            else:
                named = (
                    after == ","
                    and end + 1 < sent.end
                    and lower[end + 1] in ("a", "an")
                    and any(lower[k] in _FIRM_NOUNS for k in range(end + 2, min(sent.end, end + 7)))
                )
            if named:
                return [self._as_written(cue, self.doc[start:end].text, start)]
        return []

    def _as_written(self, cue: Any, name: str, start: int) -> SentenceCredit:
        """A credit for a name the gazetteer does not know, kept as written."""
        written = strip_article(name)
        # (remembered, so that "a central bank official" after "the Central Bank of China
        # said" is that bank, as written)
        kind = "central_bank" if "central bank" in written.lower() else "other"
        self._named.append(Organization(cue.id_, written, None, kind, ()))
        return SentenceCredit(written, None, cue.id_, False, start)

    def _whole_name(self, cue: Any, sent: Sentence, covered: set[int]) -> tuple[int, int] | None:
        """A name of capitalized words that a source cue credits whole, the body whose figures
        these are: it ends the clause or stands before its data ("according to Fastmarkets,
        ...", "booking data from Skyscanner.", "according to Ship & Bunker,", "assessed by
        Argus at $40", "according to Port of Antwerp data"); not a person presented after
        it ("according to Jane Doe, an economist at ..."), a place, a month, an acronym
        alone ("according to CPI data"), a survey or a generic body ("Finance Ministry data",
        which the other rules resolve)."""
        valued = cue.id_ == "credit.valued"
        if cue.label_ != "CREDIT_BEFORE" and not valued:
            return None
        span = capitalized_name(cast(Doc, self.doc), cue, sent, covered, min_words=1)
        if span is None:
            return None
        start, end = span
        lower, text = self.tokens.lower, self.tokens.text
        if valued and not self._values_at(start, end, cue, sent):
            return None
        if cue.id_ == "credit.based_on" and start == cue.end and text[start - 1][:1].isupper():
            start = cue.end - 1  # "based on ICE Endex data": the cue ends on the name's first
            span = (start, end)
        places = {
            i
            for a in self.ctx.spans_in(AGENCIES, sent)
            if a.label_ == "COUNTRY"
            for i in range(a.start, a.end)
        }
        if (
            places.intersection(range(start, end))
            or lower[start] in MONTH_WORDS
            or lower[start] in WEEKDAYS
            or (end - start == 1 and text[start].isupper() and not valued)
            or lower[end - 1] in PUBLICATION_WORDS
            or lower[end - 1] in GENERIC_NAME_WORDS
            or (end - start > 1 and " and " in f" {' '.join(lower[start:end])} ")
        ):
            return None
        if valued or end >= sent.end or "\n" in text[end]:
            return span
        after = lower[end]
        if after in _WHOLE_DATA or after in (".", ";", "(", ":") or (
            after == "at" and cue.id_ == "credit.assessed_by"
        ):
            return span
        if after == ",":
            # "according to Fastmarkets, compared with ...", not "according to Jane Doe, chief
            # economist at ..." (a person, whose title follows)
            window = lower[end + 1 : min(sent.end, end + 6)]
            if not _PERSON_TITLES.isdisjoint(window):
                return None
            return span
        return None

    def _values_at(self, start: int, end: int, cue: Any, sent: Sentence) -> bool:
        """Whether a name opening its sentence sets a value on a figure with the verb right
        after it: "Euroheat & Power puts the number of customers at 70 million", "Agrimetrics
        put the crop at 83.8 million tonnes"; not a common word opening the sentence
        ("Markets put a 60% chance on a hike at ..."): a name of one word is written as no
        common word is ("SovEcon") or also stands inside a sentence."""
        lower, text = self.tokens.lower, self.tokens.text
        if start != sent.start or end != cue.start or "at" not in lower[cue.end : sent.end]:
            return False
        if end - start > 1:
            return True
        word = text[start]
        return lower[start] not in self.ctx.small_words() and (
            any(c.isupper() for c in word[1:])
            or any(
                text[k] == word and k != start and not self.ctx.sentence_start(k)
                for k in range(len(text))
            )
        )

    def _topic_ministry_credits(self, sent: Sentence, country: str | None) -> list[Credit]:
        """ "released by the coal ministry", "the power ministry said": a ministry the
        gazetteer does not know, named by its subject, is the country's Ministry of it."""
        lower, text = self.tokens.lower, self.tokens.text
        words = lower[sent.start + 2 : sent.end]
        if "ministry" not in words and "ministry's" not in words:
            return []  # no ministry named (most sentences): nothing to scan for
        for t in range(sent.start + 2, sent.end):
            if lower[t] not in ("ministry", "ministry's"):
                continue
            first = t - 1  # "the coal ministry", "the internal affairs ministry"
            while (
                first - 1 > sent.start
                and t - first < 3
                and text[first - 1].isalpha()
                and text[first - 1].islower()
                and lower[first - 1] not in ("the", "its", "their")
            ):
                first -= 1
            topic = " ".join(text[first:t])
            # "The Finance Ministry has budgeted": a generic subject written with capitals
            titled = first == t - 1 and text[first].istitle() and lower[first] in _SUBJECTS
            if titled:
                topic = lower[first]
            if (
                not all(w.isalpha() and w.islower() for w in topic.split())
                or (topic in GENERIC_NAME_WORDS and topic not in _SUBJECTS)
                or lower[first] in ("the", "its", "their", "a", "an")
                or (lower[first - 1] == "," and first != t - 1)  # ", coal ministry data showed"
                or lower[first - 1] not in ("the", "'s", "’s", ",")
            ):
                continue
            after = range(t + 1, min(sent.end, t + 5))
            before = range(max(sent.start, first - 5), first)
            said = any(self._credit_label(k) == "CREDIT_AFTER" for k in after)
            # "The shipping ministry expects ports to handle 870 mt", "the power ministry has
            # advised plants to blend up to 6 per cent", "the finance ministry has budgeted
            # receipts of": the ministry made, set or paid out the figures, credited in this
            # sentence only
            maker = not said and any(
                lower[k] in FORECAST_VERBS
                or lower[k] in _SETTING_VERBS
                or lower[k] in _ALLOCATING_VERBS
                for k in after
            )
            generic = topic in GENERIC_NAME_WORDS
            if titled and not maker:
                continue  # ("the Finance Ministry said": the generic names' to credit)
            if generic and (country is None or not (said or maker)):
                continue  # ("the finance ministry said": whose, unknown)
            if (said or maker) or any(
                self._credit_label(k) == "CREDIT_BEFORE" or lower[k] in ("by", "from")
                for k in before
            ):
                known = self.gazetteer.lookup(f"{topic} ministry", country=country)
                if generic and known is not None and not maker:
                    # "labour ministry data showed" of a country the gazetteer has no labour
                    # ministry for (a known one is the generic names' to credit)
                    continue
                org = known or Organization(
                    f"agency.ministry_of.{topic.replace(' ', '_')}",
                    "Ministry of "
                    + " ".join(w if w in ("and", "of") else w.title() for w in topic.split()),
                    country,
                    "ministry",
                    (f"{topic} ministry",),
                )
                self._named.append(org)
                return [SentenceCredit(org.name, org.country, org.id, maker, first)]
        return []

    def _credit_label(self, t: int) -> str | None:
        cue = self.cue_at.get((CREDITS, t))
        return cue.label_ if cue is not None else None
