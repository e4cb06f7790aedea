"""Organizations the gazetteer does not know, recognized by the form of their name.

A company or another body credited for its own figures is named by capitalized words that end
in a legal or organizational suffix: "Nederlandse Verf Unie NV said its net profit rose 14 pct",
"according to Acme Holdings plc", "said Brightwater Group". A name with no such suffix is a
company where the document says what only a company has: shares or a ticker ("Delta shares
rose", "shares of McDonald's", "Acme (NYSE:ACM)"), results it reports ("Delta Air Lines on
Tuesday reported fourth-quarter results") or sales of its own ("Wendy's said its sales fell").
Such a name is a credit only where the wording makes it one: the subject of a credit verb
("said", "reported", "posted") or of a forecast ("Delta forecast earnings of"), the name after
"according to", "data from" or an inverted verb ("said Acme Corp"), or the firm of an economist
or a poll. A suffixed name is kept as written, without a leading article; a company known by
its shares is named as the document names it in full ("Delta" -> "Delta Air Lines").
"""

from __future__ import annotations

from bisect import bisect_left

from ..agencies import GENERIC_NAME_WORDS
from ..components import AGENCIES
from .context import Attacher, DocContext
from .credit_words import (
    ANALYSTS,
    FIRM_TITLES,
    FORECAST_VERBS,
    FORECASTER_NOUNS,
    INVERTED_VERBS,
    PAST_FORECASTS,
    POLLED_VERBS,
    PUBLICATION_WORDS,
)
from .structures import Sentence
from .text import CREDIT_ROLE_NOUNS
from .vocabulary import (
    AGENCY_TOKENS,
    CREDITS,
    MONTH_WORDS,
    PERIODS_TOKENS,
    PRONOUNS,
    QUANT_TOKENS,
    WEEKDAYS,
    words,
)

# The last word of an organization's name: legal forms and organizational nouns.
NAME_SUFFIXES = words(
    "nv n.v. inc inc. corp corp. co co. ltd ltd. plc ag sa s.a. spa s.p.a. gmbh group "
    "holdings holding bank corporation company limited llc lp bv b.v. ab asa oyj kk se bhd "
    "tbk pty industries enterprises partners institute association federation council "
    "airlines airways"
)
# Legal forms also written in small letters: "Tamsin Retail Group plc".
_SMALL_SUFFIXES = words("plc")
# Words that may join the words of a name: "Hongkong and Shanghai Banking Corp".
_CONNECTORS = words("and & of de van der von du la")
# Capitalized words that open a sentence or a clause but are no part of a name.
_LEADING = (
    words(
        "the a an in on at for but and also separately meanwhile however while after before "
        "shares profit sales analysts economists officials dutch british french german japanese "
        "american chinese italian spanish swiss swedish"
    )
    | MONTH_WORDS
)
# Verbs whose subject is credited for the figures it gives.
COMPANY_VERBS = words(
    "said says reported reports posted posts announced announces stated states noted notes "
    "added adds disclosed discloses"
)
# Words between a name and its verb: "Acme Corp <ACME.N> on Tuesday also said", "Acme now
# expects", "Acme still expects".
_BETWEEN = words(
    "also today yesterday earlier separately previously on has had now still again"
) | words(
    "monday tuesday wednesday thursday friday saturday sunday"
)
# Verbs after "said" that make what follows the firm's forecast: "said it expected profit to".
FORECAST_AFTER_SAID = words(
    "expected expects expect forecast forecasts sees saw predicted predicts projected projects "
    "anticipated anticipates estimated"
)
# "it said", "the company said": the organization credited last.
PRONOUN_SUBJECTS = words(
    "it company firm group concern carmaker automaker maker miner retailer insurer airline "
    "lender producer manufacturer operator developer chipmaker brewer parent giant chain bank "
    "agency association consultancy homebuilder builder drugmaker carrier refiner utility "
    "conglomerate supplier exporter"
)


def is_company_noun(word: str) -> bool:
    """Whether a word in small letters names a company by its trade: "the homebuilder", "the
    drugmaker", "the toymaker"."""
    return word in PRONOUN_SUBJECTS or (word.endswith("maker") and word.isalpha())


# Nouns after a name (or before "of" and a name) that only a listed company has.
_STOCK_NOUNS = words("shares stock")
# What a company reports of itself: "reported fourth-quarter results", "posted a net loss".
_RESULT_VERBS = words("reported reports posted posts")
# Verbs of setting or keeping an outlook, and its nouns: "Acme reiterated its forecast for".
_OUTLOOK_VERBS = words(
    "reiterated reaffirmed affirmed confirmed maintained kept raised lifted lowered cut trimmed "
    "narrowed widened upgraded downgraded"
)
_OUTLOOK_NOUNS = words("forecast forecasts outlook guidance estimate estimates projection target")
_RESULT_NOUNS = words(
    "results earnings revenue revenues sales profit profits loss losses income quarterly"
)
# Nouns of the figures a name gives, and verbs of their showing: "Kpler data showed".
_DATA_NOUNS = words("data figures estimates calculations")
_SHOWED = words("showed show shows")
# Results of a period, written without a period phrase: "posted quarterly earnings".
_PERIOD_RESULTS = words("quarterly annual full-year half-yearly interim")
# Words before a company's name that are no part of it: "Rival Wendy's said".
_RIVALS = words("rival rivals peer competitor shares")
# Nouns that describe the organization whose name follows: "hotel data firm CoStar", "trade
# group CitrusBR", "consultancy Wood Mackenzie".
_DESCRIPTORS = CREDIT_ROLE_NOUNS | words(
    "firms consultants researchers portal organisation organization federation operator "
    "regulator exchange"
)
# People whose words are their firm's, presented by their title before "at" and the firm:
# "said Jane Doe, partner at Acme Advisory", "head of fund research at Acme Wealth",
# "Dealers at Acme Bank expect".
_TITLED = (
    ANALYSTS
    | FIRM_TITLES
    | words(
        "partners head director president chairman chairwoman chief officer researchers "
        "trader traders dealer dealers principal cfo cio"
    )
)
# Words that end the look back over a person's title: "said Jane Doe, head of ... at".
_BEFORE_TITLE = words(", said says ; ( the")
# Words that end the look back over a description: "according to hotel data firm CoStar".
_BEFORE_DESCRIPTION = words("to by from of at with said says")
# Capitalized words that open names the gazetteer knows but stand for no name alone.
_NO_SHORT_FORM = words(
    "trading world global international american european asian energy new general united "
    "royal standard first"
)
# Verbs of a forecast after a name that opens its sentence: "Heraeus Precious Metals expects".
_SUBJECT_FORECASTS = FORECAST_VERBS | words("estimates")
# Words that join the words of a name that opens a sentence: "Airlines for America".
_SUBJECT_CONNECTORS = _CONNECTORS | words("for")
# Words of people named by their title or trade, or of a market, not of a body: "Finance
# Minister Jane Doe sees", "Wall Street expects".
_NOT_A_BODY = (
    _TITLED
    | FORECASTER_NOUNS
    | words(
        "minister secretary governor premier chair chancellor treasurer spokesman spokeswoman "
        "mr mrs ms dr street investors traders markets market consumers"
    )
)
# Verbs of speech after a person's surname: "Doe said".
_SPOKE = words("said says told added adds noted notes")
# An exchange's ticker in brackets: "(NYSE:DAL)", "(NASDAQ: NFLX)"; a wire's "<DAL.N>".
_TICKER_OPEN = {"(": ")", "<": ">"}


def _is_suffix(word: str) -> bool:
    return word in NAME_SUFFIXES or (word.endswith(".") and word[:-1] in NAME_SUFFIXES)


# The words `_is_suffix` accepts, as one set.
_SUFFIX_FORMS = NAME_SUFFIXES | {f"{w}." for w in NAME_SUFFIXES}


def _trade_plural(word: str) -> bool:
    """Whether a word names companies of a trade, not one company: "Retailers", "Banks"."""
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word.endswith("s") and (is_company_noun(stem) or stem in _TRADES)


# Words for companies in general, beside the trades of `PRONOUN_SUBJECTS`.
_TRADES = words("business store firm company corporation enterprise")


class CompanyNames(Attacher):
    """Finds the organization names of a sentence by their form, and the role each plays."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self._suffixes: list[int] | None = None  # tokens that can end a name, found once
        self._named_at: dict[int, str] = {}  # start of a listed company's name -> its name
        self._short: dict[str, tuple[str, ...]] = {}  # see `remember`
        self._brackets: dict[str, int] | None = None  # see `_bracketed_at`

    def credits(self, sent: Sentence, covered: set[int]) -> list[tuple[int, int, str]]:
        """(start, end, role) of each name credited in a sentence; role is "source",
        "forecaster" or "speaker"."""
        found: list[tuple[int, int, str]] = []
        headline = self._headline_name(sent, covered)
        if headline is not None:
            found.append((*headline, "source"))
            covered = covered | set(range(*headline))
        subject = self._forecast_subject(sent, covered)
        if subject is not None:
            found.append((*subject, "forecaster"))
            covered = covered | set(range(*subject))
        for start, end in self._names(sent, covered):
            role = self._role(sent, start, end)
            if role is not None:
                found.append((start, end, role))
        return found

    def _forecast_subject(self, sent: Sentence, covered: set[int]) -> tuple[int, int] | None:
        """A name of two or more capitalized words that opens its sentence as the subject of a
        forecast verb: the body that made the forecast, whatever the form of its name
        ("Heraeus Precious Metals expects", "Industry body Air Cargo Forum of India (ACFI)
        expects", "Norilsk Nickel, the world's top palladium miner, projects"). Not a person
        ("Jane Doe expects", where the document writes "Doe said"), nor people by their title
        or trade ("Finance Minister Jane Doe sees", "Wall Street expects")."""
        lower, text = self.tokens.lower, self.tokens.text
        t = sent.start
        while t < sent.end and self.tokens.is_space[t]:
            t += 1
        if t + 1 < sent.end and lower[t] == "the":
            t += 1
        elif t + 1 < sent.end and lower[t] in _DESCRIPTORS:
            t += 1  # "Consultancy Wood Mackenzie expects"
        elif t + 2 < sent.end and lower[t + 1] in _DESCRIPTORS and text[t + 1].islower():
            t += 2  # "Industry body Air Cargo Forum of India expects"
        start = end = t
        while end < sent.end and end - start < 7:
            if self._company_word(end) or (end > start and self._place_in_name(end)):
                end += 1
            elif (
                end > start
                and lower[end] in _SUBJECT_CONNECTORS
                and end + 1 < sent.end
                and (self._company_word(end + 1) or self._place_in_name(end + 1))
            ):
                end += 1
            else:
                break
        content = [k for k in range(start, end) if lower[k] not in _SUBJECT_CONNECTORS]
        if (
            len(content) < 2
            or covered.intersection(range(start, end))
            or any(lower[k] in _NOT_A_BODY for k in range(start, end))
            or self._title_case(sent)
            or all(lower[k] in GENERIC_NAME_WORDS for k in content)  # "The Finance Ministry"
        ):
            return None
        k = self._skip_between(self._past_apposition(end, sent), sent.end)
        if k >= sent.end or lower[k] not in _SUBJECT_FORECASTS:
            return None
        if self._said_alone(lower[end - 1], start):
            return None  # "Jane Doe expects ... Doe said": a person
        return start, end

    def _place_in_name(self, t: int) -> bool:
        """Whether a capitalized place at t, after "of" or "for", ends a name: "Air Cargo
        Forum of India", "Airlines for America"."""
        return (
            t > 0
            and self.tokens.lower[t - 1] in _SUBJECT_CONNECTORS
            and self.tokens.text[t][:1].isupper()
            and self.tokens.is_alpha[t]
            and any(
                a.label_ == "COUNTRY" and a.start <= t < a.end
                for a in self.ctx.spans_in(AGENCIES, self.ctx.tok_sentence[t])
            )
        )

    def _past_apposition(self, t: int, sent: Sentence) -> int:
        """Past a description set off by commas right after a name ("Norilsk Nickel, the
        world's top palladium miner, projects"), else `t`."""
        lower = self.tokens.lower
        if t + 1 >= sent.end or lower[t] != "," or lower[t + 1] not in ("the", "a", "an"):
            return t
        for k in range(t + 2, min(sent.end, t + 14)):
            if lower[k] == ",":
                return k + 1
            if self.tokens.like_num[k] or lower[k] in (";", ":", "(", ".") or lower[k] in _TITLED:
                return t  # (not "Jane Doe, an economist at Acme, expects": a person)
        return t

    def _said_alone(self, key: str, start: int) -> bool:
        """Whether the document writes a word alone before a verb of speech elsewhere: a
        person's surname ("Doe said")."""
        lower, n = self.tokens.lower, len(self.tokens.lower)
        for t, w in enumerate(lower):
            if w != key or t + 1 >= n or lower[t + 1] not in _SPOKE:
                continue
            if t == 0 or not self._company_word(t - 1) or self.ctx.sentence_start(t):
                return True
        return False

    def _headline_name(self, sent: Sentence, covered: set[int]) -> tuple[int, int] | None:
        """ "Housing sales fall 14% in 2025 to 3.95 lakh units: Anarock": a name after the
        colon that ends the headline (the first line) is the source of its figures, named as
        the document names it in full ("Anarock Property Consultants")."""
        if sent.paragraph != 0:
            return None
        end = self._headline_end(sent)
        start = end
        while start > sent.start and end - start < 3 and self._company_word(start - 1):
            start -= 1
        if start == end or not self.ends_headline(start, end, sent):
            return None
        if covered.intersection(range(start, end)):
            return None  # a name the gazetteer knows: its own rule credits it
        full = self._fullest(self.tokens.lower[start])
        name = _joined(full) if len(full) > end - start else self.name(start, end)
        if name.split()[-1].lower() in PUBLICATION_WORDS:
            return None  # ": PLFS" for the Periodic Labour Force Survey: a survey, no body
        self._named_at[start] = name
        return start, end

    def ends_headline(self, start: int, end: int, sent: Sentence) -> bool:
        """Whether tokens start..end are a name after the colon that ends a headline (the
        first line, with no full stop before the name): ": ACMA", ": Anarock"."""
        text = self.tokens.text
        return (
            sent.paragraph == 0
            and end == self._headline_end(sent)
            and start - 1 > sent.start
            and text[start - 1] == ":"
            and "." not in text[sent.start : start]
        )

    def _headline_end(self, sent: Sentence) -> int:
        """Where a headline's words end, past its trailing spaces and full stop."""
        end = sent.end
        while end > sent.start and (
            self.tokens.is_space[end - 1] or self.tokens.text[end - 1] == "."
        ):
            end -= 1
        return end

    def name(self, start: int, end: int) -> str:
        """The name as written; a sentence's full stop that ends it is no part of it. A
        listed company's name is the fullest the document gives ("Delta Air Lines")."""
        if start in self._named_at:
            return self._named_at[start]
        text = self.tokens.span_text(start, end).strip()
        last = self.tokens.lower[end - 1]
        if last.endswith(".") and last not in NAME_SUFFIXES and last.count(".") == 1:
            text = text[:-1]
        return text

    # ------------------------------------------------------------------ names
    def _names(self, sent: Sentence, covered: set[int]) -> list[tuple[int, int]]:
        names = self._suffixed(sent, covered)
        listed = {**self._short, **self.listed()} if self._short else self.listed()
        if listed:
            taken = {t for start, end in names for t in range(start, end)}
            names.extend(self._listed_names(sent, covered | taken, listed))
        if "by" in self.tokens.lower[sent.start : sent.end]:
            taken = {t for start, end in names for t in range(start, end)}
            names.extend(self._pollster_names(sent, covered | taken))
        return sorted(names)

    def _pollster_names(self, sent: Sentence, covered: set[int]) -> list[tuple[int, int]]:
        """A name of any form after "polled by", "surveyed by", "expected by": whoever ran the
        poll ("analysts surveyed by StreetAccount had projected")."""
        lower = self.tokens.lower
        out: list[tuple[int, int]] = []
        for t in range(sent.start + 1, sent.end - 1):
            if lower[t] != "by" or lower[t - 1] not in POLLED_VERBS | PAST_FORECASTS:
                continue
            start = t + 2 if lower[t + 1] == "the" else t + 1
            if start in covered or start >= sent.end:
                continue
            start, end = self._run_after(start)
            if end > start and not covered.intersection(range(start, end)):
                out.append((start, end))
        return out

    def _listed_names(
        self, sent: Sentence, covered: set[int], listed: dict[str, tuple[str, ...]]
    ) -> list[tuple[int, int]]:
        """Where a sentence names a company the document shows to be one (see `listed`)."""
        lower = self.tokens.lower
        out: list[tuple[int, int]] = []
        for t in range(sent.start, sent.end):
            full = listed.get(lower[t])
            if full is None or t in covered:
                continue
            if t > sent.start and self._company_word(t - 1) and lower[t - 1] not in _RIVALS:
                continue  # "the Mekong Delta": a word inside another name
            end = t + 1
            while (
                end < sent.end
                and end - t < len(full)
                and lower[end] == full[end - t].lower()
                and end not in covered
            ):
                end += 1
            if end < sent.end and lower[end] in ("'s", "’s") and full[-1] in ("'s", "’s"):
                end += 1
            self._named_at[t] = _joined(full)
            out.append((t, end))
        return out

    def remember(self, name: str) -> None:
        """Take note of a name of several words credited in the document, so that its first
        word alone names it after: "Counterpoint Research said ..." -> "Counterpoint expects"
        (not "Reserve" of "Reserve Bank of India", nor "Trading" of "Trading Economics", nor a
        word the document also writes in small letters)."""
        words_ = name.split()
        first = words_[0] if words_ else ""
        key = first.lower()
        if (
            len(words_) < 2
            or key in self._short
            or len(first) < 3
            or not first.isalpha()
            or not first[:1].isupper()
            or key in GENERIC_NAME_WORDS
            or key in _NO_SHORT_FORM
            or key in self.listed()
        ):
            return
        if key not in self.ctx.small_words():
            self._short[key] = tuple(words_)

    def listed(self) -> dict[str, tuple[str, ...]]:
        """Companies the document shows to be companies, by the first word of their name (in
        small letters) -> the words of their fullest name in it: a name with shares ("Delta
        shares rose", "shares of McDonald's"), a ticker ("Acme (NYSE:ACM)"), results it
        reports ("McDonald's on Wednesday reported quarterly sales") or sales of its own
        ("Wendy's said its sales fell"). A name found only at the head of sentences, in one
        word, once, is not enough ("Retailers reported higher sales")."""
        if self.ctx.listed_companies is None:
            self.ctx.listed_companies = self._find_listed()
        return self.ctx.listed_companies

    def _find_listed(self) -> dict[str, tuple[str, ...]]:
        lower, text = self.tokens.lower, self.tokens.text
        n = len(lower)
        shown: dict[str, list[bool]] = {}  # first word -> whether each showing opens a sentence
        for t, w in enumerate(lower):
            run: tuple[int, int] | None = None
            strong = False  # a showing that a single word is a company's name
            if w in _STOCK_NOUNS:
                if t + 1 < n and lower[t + 1] == "of":
                    run = self._run_after(t + 2)  # "shares of McDonald's"
                else:
                    run = self._run_before(t)  # "Delta shares", "Acme's stock"
            elif w in _RESULT_VERBS or w in ("said", "says"):
                strong = w in _RESULT_VERBS and self._period_results(t)
                k = t
                while k > 0 and lower[k - 1] in _BETWEEN:
                    k -= 1
                after = lower[t + 1 : t + 11]
                if "." in after:
                    after = after[: after.index(".")]
                results = (w in _RESULT_VERBS and not _RESULT_NOUNS.isdisjoint(after)) or (
                    w in ("said", "says") and not _RESULT_NOUNS.isdisjoint(after[:5])
                )  # "Delta Air Lines on Tuesday reported results", "Exxon said net income fell"
                if results or "its" in after[:5]:
                    run = self._run_before(k)  # "Delta Air Lines on Tuesday reported results"
                elif self._set_off_sayer(k):
                    run = (k - 1, k)  # "house prices edged down 0.1%, Halifax said Friday"
            elif w in _OUTLOOK_VERBS and self._own_outlook(
                t, self.ctx.sentences[self.ctx.tok_sentence[t]].end
            ):
                run = self._run_before(t)  # "Siemens reiterated its forecast for"
                if run is not None and self.tokens.lower[run[0]] in PRONOUNS:
                    run = None  # "It raised its growth forecast": named before
                strong = True
            elif k_marked := self._marked_subject(t):
                run = (k_marked, k_marked + 1)  # "PropEquity estimated", "WSTS projected"
            elif text[t] in _TICKER_OPEN and t + 2 < n and self._ticker(t):
                run = self._run_before(t)  # "Acme (NYSE:ACM)"
            elif w == "at" and t > 0 and self._titled_before(t) and t + 1 < n:
                run = self._run_after(t + 1)  # "analysts at Motilal Oswal said"
                run = run if run[1] > run[0] and self._named_firm(run) else None
                strong = run is not None
            elif w == "according" and t + 2 < n and lower[t + 1] == "to":
                run = self._credited_name(t + 2)  # "according to Fastmarkets."
                strong = run is not None
            elif w in _DATA_NOUNS and 0 < t < n - 1 and lower[t + 1] in _SHOWED:
                run = self._data_shown_by(t)  # "Shanghai Metals Market (SMM) data showed"
                strong = run is not None
            elif w in _DESCRIPTORS and t + 1 < n and text[t].islower():
                run = self._run_after(t + 1)  # "according to hotel data firm CoStar"
                if run[0] == run[1]:
                    run = None
            if run is None:
                continue
            start, end = run
            if strong and end - start == 1 and self._bracketed_at(lower[start]) is not None:
                continue  # "... (Amfi) showed. ..., Amfi data showed": the name given before
            if start > 0 and (
                lower[start - 1] == "the" or (AGENCY_TOKENS, start - 1) in self.cue_at
            ):
                continue  # "the Treasury said in its", "S&P Dow Jones Indices said": no firm's
            while start < end and lower[start] in _LEADING | _RIVALS:
                start += 1
            if start == end:
                continue
            shows = shown.setdefault(lower[start], [])
            shows.append(self.ctx.sentence_start(start))
            if end - start > 1 or _marked(text[start]):
                shows.append(False)  # a name of several words, or written as no common word
            elif (
                strong
                and lower[start] not in self.ctx.small_words()
                and not _trade_plural(lower[start])
                and not self._in_longer_name(lower[start])
            ):
                shows.append(False)  # "Tesla reported third-quarter results": a firm's own
        found: dict[str, tuple[str, ...]] = {}
        for key, shows in shown.items():
            if len(shows) < 2 and all(shows):
                continue
            found[key] = self._fullest(key)
        return found

    def _data_shown_by(self, t: int) -> tuple[int, int] | None:
        """The name before the data noun at t that its data showed ("Kpler data showed",
        "Shanghai Metals Market (SMM) data showed"); not an acronym ("API data showed": the
        gazetteer's), a word that opens the sentence ("Unadjusted data showed"), the end of
        a longer name ("Ministry of Finance data"), a generic body ("Finance Ministry
        figures", which the credits resolve by country) or a headline in capitals ("Flash
        Data Show")."""
        lower, text = self.tokens.lower, self.tokens.text
        if text[t - 1].isupper():
            return None
        run = self._run_before(t)
        if run is None and text[t - 1] == ")" and t > 3 and text[t - 3] == "(":
            run = self._run_before(t - 3)
        if run is None or (
            self.ctx.sentence_start(run[0])
            or lower[run[1] - 1] in GENERIC_NAME_WORDS
            or lower[run[0] - 1] in _CONNECTORS
            or self._title_case(self.ctx.sentences[self.ctx.tok_sentence[t]])
        ):
            return None
        return run

    def _titled_before(self, t: int) -> bool:
        """Whether "at" at t follows the title of people who speak for the firm after it:
        "analysts at", "Dealers at", "Jane Doe, partner at", "head of fund research at"."""
        lower = self.tokens.lower
        start = self.ctx.sentences[self.ctx.tok_sentence[t]].start
        k = t - 1
        while k >= start and t - k <= 6 and lower[k] not in _BEFORE_TITLE:
            if lower[k] in _TITLED:
                return True
            k -= 1
        return False

    def _named_firm(self, run: tuple[int, int]) -> bool:
        """Whether a run of capitalized words after "analysts at" is a firm's whole name, not
        the start of a longer phrase ("economists at the Bank of ...", "at Germany's")."""
        start, end = run
        lower = self.tokens.lower
        return end < len(lower) and lower[end] not in _CONNECTORS and lower[end] not in ("'s", "’s")

    def _credited_name(self, t: int) -> tuple[int, int] | None:
        """The capitalized words at t that "according to" credits whole: the name ends the
        clause or stands before its data ("according to Fastmarkets.", "according to
        Fastmarkets data"), not a person presented after it ("according to Jane Doe, an
        economist at ...") nor the start of a longer phrase ("according to Germany's")."""
        start, end = self._run_after(t)
        if end == start or end >= len(self.tokens.lower) or self.tokens.lower[end] in _CONNECTORS:
            return None
        if any(w.isupper() for w in self.tokens.text[start:end]):
            return None  # an acronym is the gazetteer's: "according to the API"
        if self.tokens.lower[end - 1] in GENERIC_NAME_WORDS:
            return None  # "according to Finance Ministry data": a body the credits resolve
        lower, text = self.tokens.lower, self.tokens.text
        after = lower[end]
        if after in _DATA_NOUNS or after in (".", ";", "(") or "\n" in text[end]:
            return start, end
        if after == "," and end + 1 < len(lower):
            # a new clause after the comma ("according to Kpler, Qatar ...", "..., while"),
            # not a person's title ("according to Jane Doe, an economist at ...")
            nxt = text[end + 1]
            if not nxt.islower() or lower[end + 1] in ("while", "which", "and"):
                return start, end
        return None

    def _period_results(self, t: int) -> bool:
        """Whether the verb at t reports results of a period ("reported third-quarter
        results", "posted quarterly earnings"): what only a company reports of itself."""
        lower = self.tokens.lower
        for j in range(t + 2, min(len(lower), t + 5)):
            if lower[j] in _RESULT_NOUNS:
                return (PERIODS_TOKENS, j - 1) in self.cue_at or lower[j - 1] in _PERIOD_RESULTS
            if lower[j] == ".":
                break
        return False

    def _set_off_sayer(self, k: int) -> bool:
        """Whether the one word before "said" at k, set off by a comma after figures, names
        whoever gives them: "UK house prices edged down 0.1% in November, Halifax said
        Friday". Not a common word ("..., Officials said"), nor a body the gazetteer knows by
        a longer name ("Cox" of "Cox Automotive"), nor a word of a person's name, which the
        document writes beside another name word somewhere ("Jane Doe ..., Doe said", "Huo
        Lihui ..., Huo said")."""
        lower, text = self.tokens.lower, self.tokens.text
        if (
            k < 3
            or lower[k] not in ("said", "says")
            or text[k - 2] != ","
            or not self._company_word(k - 1)
            or not any(
                w[:1].isdigit()
                for w in text[self.ctx.sentences[self.ctx.tok_sentence[k]].start : k - 2]
            )
        ):
            return False
        key = lower[k - 1]
        if "note" in lower[k + 1 : k + 5]:
            return False  # "..., Haverford said in a note": an analyst's
        return (
            len(key) > 2
            and key not in _LEADING
            and key not in self.ctx.small_words()
            and not self._in_longer_name(key)
        )

    def _in_longer_name(self, key: str) -> bool:
        """Whether the document writes a word inside a name of several words or of a body the
        gazetteer knows, anywhere past its headline: "Jane Doe", "Huo Lihui", "Cox
        Automotive"."""
        lower, n = self.tokens.lower, len(self.tokens.lower)
        for t, w in enumerate(lower):
            if w != key:
                continue
            if (AGENCY_TOKENS, t) in self.cue_at or (
                t > 1 and self.tokens.text[t - 1] == "(" and (AGENCY_TOKENS, t - 2) in self.cue_at
            ):
                return True  # "Cox Automotive", "the Association of ... (Amfi)"
            if self._title_case(self.ctx.sentences[self.ctx.tok_sentence[t]]):
                continue  # "UK House Prices Edge Down 0.1% in November, Halifax Says"
            before = t > 0 and not self.ctx.sentence_start(t) and self._company_word(t - 1)
            after = t + 1 < n and lower[t + 1] not in COMPANY_VERBS and self._company_word(t + 1)
            if (before and lower[t - 1] not in _LEADING) or after:
                return True
        return False

    def _title_case(self, sent: Sentence) -> bool:
        """Whether a sentence is a headline written with every main word capitalized."""
        if sent.paragraph != 0:
            return False
        alpha = [w for w in self.tokens.text[sent.start : sent.end] if w.isalpha() and len(w) > 3]
        return len(alpha) > 1 and sum(w[:1].isupper() for w in alpha) >= 0.8 * len(alpha)

    def _marked_subject(self, t: int) -> int:
        """The token of a name written as no common word is ("PropEquity", "WSTS") standing
        right before a credit or forecast verb at t ("PropEquity estimated that"), else 0.
        (Not "McCarthy said": a surname.)"""
        cue = self.cue_at.get((CREDITS, t))
        if t < 1 or not (
            (cue is not None and cue.id_ == "credit.said")
            or self.tokens.lower[t] in FORECAST_VERBS
            or self.tokens.lower[t] in PAST_FORECASTS
        ):
            return 0
        k = t - 1
        while k > 0 and self.tokens.lower[k] in _BETWEEN:
            k -= 1
        word = self.tokens.text[k]
        if (
            len(word) < 4
            or not self._company_word(k)
            or not _marked(word)
            or word.isupper()  # an acronym: "GDP", "VAT", or a body named in full before
            or word.startswith(("Mc", "Mac", "O'"))
            or (k > 0 and self._company_word(k - 1))
            or self._bracketed_at(self.tokens.lower[k]) is not None
        ):
            return 0
        return k

    def _bracketed_at(self, key: str) -> int | None:
        """Where the document first gives a word as the short form of a name in brackets:
        "Coal India Ltd (CIL)", "(MeitY)"; found for all words once."""
        if self._brackets is None:
            lower = self.tokens.lower
            self._brackets = {}
            for t in range(1, len(lower) - 1):
                if lower[t - 1] == "(" and lower[t + 1] == ")":
                    self._brackets.setdefault(lower[t], t)
        return self._brackets.get(key)

    def _spelled_out(self, key: str) -> tuple[str, ...]:
        """The name of capitalized words that a company's acronym spells, where the document
        writes it in full: "Advanced Micro Devices" for "AMD" ("AMD expects revenue of"),
        "Delta Freight Lines" for "DFL"; () when the document never spells it out, or the
        word is not written in capitals."""
        lower, text = self.tokens.lower, self.tokens.text
        if not 2 <= len(key) <= 5 or not key.isalpha():
            return ()
        letters = key.upper()
        if not any(w == key and text[t] == letters for t, w in enumerate(lower)):
            return ()  # "Tesla", "Nvidia": a word, not an acronym
        n, k = len(lower), len(letters)
        for t in range(n - k + 1):
            words_ = text[t : t + k]
            if (
                all(_initial_word(w, c) for w, c in zip(words_, letters, strict=True))
                and (t == 0 or not text[t - 1][:1].isupper() or self.ctx.sentence_start(t))
                and (t + k >= n or not text[t + k][:1].isupper())
            ):
                return tuple(words_)
        return ()

    def _fullest(self, key: str) -> tuple[str, ...]:
        """The longest run of name words the document opens with `key`; with "'s" where the
        document never writes it without ("McDonald's", "Wendy's")."""
        lower, text = self.tokens.lower, self.tokens.text
        at = self._bracketed_at(key)
        if at is not None:
            # "Coal India Ltd (CIL)": the name its short form stands for
            run = self._run_before(at - 1)
            if run is not None:
                start, end = run
                if "-" in text[start]:
                    start += 1  # "State-owned Coal India Ltd"
                if end - start > 1:
                    return tuple(text[start:end])
        spelled = self._spelled_out(key)
        if spelled:
            return spelled
        best: tuple[str, ...] = ()
        bare = False
        for t, w in enumerate(lower):
            if w != key:
                continue
            if t > 0 and self._company_word(t - 1) and lower[t - 1] not in _RIVALS:
                continue
            start, end = self._run_after(t)
            if end - start > len(best):
                best = tuple(text[start:end])
            if end >= len(lower) or lower[end] not in ("'s", "’s"):
                bare = True
        if not bare and best:
            best = (*best, "'s")
        return best

    def _run_after(self, t: int) -> tuple[int, int]:
        end = t
        lower = self.tokens.lower
        while (
            end < len(lower)
            and end - t < 4
            and self._company_word(end)
            and lower[end] not in COMPANY_VERBS  # "..., Halifax Says" in a headline
        ):
            end += 1
            if (
                end + 1 < len(lower)
                and lower[end] == "&"
                and self._company_word(end + 1)
                and lower[end + 1] not in COMPANY_VERBS
            ):
                end += 1  # "Mizuho Research & Technologies": one name
        return t, end

    def _run_before(self, t: int) -> tuple[int, int] | None:
        end = t
        if end > 0 and self.tokens.lower[end - 1] in ("'s", "’s"):
            end -= 1
        start = end
        while start > 0 and end - start < 4 and self._company_word(start - 1):
            start -= 1
        return (start, end) if start < end else None

    def _company_word(self, t: int) -> bool:
        """A word that can be part of a company's name: capitalized, no month, day or word of
        a place or body the gazetteer knows."""
        w = self.tokens.text[t]
        return (
            w[:1].isupper()
            and w.replace("&", "").replace("-", "").replace(".", "").isalpha()
            and (AGENCY_TOKENS, t) not in self.cue_at
            and self.tokens.lower[t] not in MONTH_WORDS
            and self.tokens.lower[t] not in WEEKDAYS
        )

    def _ticker(self, t: int) -> bool:
        close = _TICKER_OPEN[self.tokens.text[t]]
        inside: list[str] = []
        for k in range(t + 1, min(len(self.tokens.text), t + 6)):
            if self.tokens.text[k] == close:
                joined = "".join(inside).replace(" ", "")
                return (
                    bool(joined)
                    and joined.replace(":", "").replace(".", "").isalnum()
                    and (":" in joined or "." in joined)
                    and joined.upper() == joined
                )
            inside.append(self.tokens.text[k])
        return False

    def _suffixed(self, sent: Sentence, covered: set[int]) -> list[tuple[int, int]]:
        if self._suffixes is None:
            self._suffixes = [t for t, w in enumerate(self.tokens.lower) if w in _SUFFIX_FORMS]
        at = bisect_left(self._suffixes, sent.start)
        if at == len(self._suffixes) or self._suffixes[at] >= sent.end:
            return []  # every name ends in a suffix (see `_trim`): none in this sentence
        out: list[tuple[int, int]] = []
        t = sent.start
        while t < sent.end:
            if not self._name_word(t) or t in covered:
                t += 1
                continue
            end = t
            while (
                end < sent.end
                and end not in covered
                and (
                    self._name_word(end)
                    or (
                        self.tokens.lower[end] in _CONNECTORS
                        and end + 1 < sent.end
                        and self._name_word(end + 1)
                    )
                )
            ):
                end += 1
            span = self._trim(t, end)
            if span is not None:
                out.append(span)
            t = end + 1
        return out

    def _trim(self, start: int, end: int) -> tuple[int, int] | None:
        """The name within a run of capitalized words: up to its last suffix, without the
        words that open a sentence ("The", "In March") or stand before "of" ("Chairman of")."""
        lower = self.tokens.lower
        run_end = end
        while end > start and not _is_suffix(lower[end - 1]):
            end -= 1
        while start < end and (lower[start] in _LEADING or lower[start] in _CONNECTORS):
            start += 1
        if end - start == 1 and end + 1 < run_end and lower[end] == "of":
            return start, run_end  # "Bank of Baroda": the noun of a body, then its name
        for k in range(start, end):
            if lower[k] == "of" and not any(_is_suffix(lower[j]) for j in range(start, k)):
                start = k + 1  # "Chairman of Acme Corp": the firm
        content = [k for k in range(start, end - 1) if lower[k] not in _CONNECTORS]
        if not content or _is_suffix(lower[start]):
            return None
        return start, end

    def _name_word(self, t: int) -> bool:
        text = self.tokens.text[t]
        if not text[:1].isupper():
            return text in _SMALL_SUFFIXES
        return text.replace(".", "").replace("-", "").replace("&", "").isalpha()

    # ------------------------------------------------------------------ roles
    def _role(self, sent: Sentence, start: int, end: int) -> str | None:
        lower = self.tokens.lower
        t = self._skip_between(end, sent.end)
        if t < sent.end:
            w = lower[t]
            if w in COMPANY_VERBS:
                return "forecaster" if self.forecast_follows(t + 1, sent.end) else "source"
            if w in FORECAST_VERBS or w in PAST_FORECASTS or self._own_outlook(t, sent.end):
                return "forecaster"  # "Delta forecast adjusted earnings of 50 cents"
            cue = self.cue_at.get((CREDITS, t))
            if cue is not None and cue.id_ == "credit.said":
                return "source"  # "Fundecitrus estimates the crop at", "SMM data showed"
            if w in ANALYSTS:
                return "speaker"  # "Acme Bank economist Jane Doe said"
            if w in FORECASTER_NOUNS:
                return "forecaster"  # "an Acme Bank poll"
        p = start - 1
        if p > sent.start and lower[p] in _DESCRIPTORS:
            # "according to hotel data firm CoStar": the words before the description
            k = p
            while (
                k > sent.start
                and p - k < 6
                and (
                    self.tokens.text[k] == "-"  # "ship-tracking firm"
                    or (
                        self.tokens.text[k].isalpha()
                        and self.tokens.text[k].islower()
                        and lower[k] not in _BEFORE_DESCRIPTION
                    )
                )
            ):
                k -= 1
            p = k
        if p > sent.start and lower[p] in ("the", "a", "an"):
            p -= 1
        if p < sent.start:
            return None
        if lower[p] == "by" and p > sent.start and lower[p - 1] in POLLED_VERBS | PAST_FORECASTS:
            return "forecaster"  # "economists polled by Acme Research Institute"
        if (lower[p] in ("of", "with", "from") and any(
            lower[k] in ANALYSTS for k in range(max(sent.start, p - 6), p)
        )) or (lower[p] == "at" and self._titled_before(p)):
            return "speaker"  # "said Jane Doe, an economist at Acme Bank"
        cue = self.cue_at.get((CREDITS, p))
        if (cue is not None and cue.label_ == "CREDIT_BEFORE") or lower[p] in INVERTED_VERBS:
            return "source"  # "according to Acme Holdings plc", "said Acme Corp"
        return None

    def _skip_between(self, t: int, end: int) -> int:
        """The first word after a name past its ticker, a bracketed abbreviation and
        adverbs: "Acme Corp <ACME.N> on Tuesday said"."""
        lower = self.tokens.lower
        while t < end:
            w = lower[t]
            close = {"<": ">", "(": ")"}.get(w)
            if close is not None:
                k = t + 1
                while k < min(end, t + 6) and lower[k] != close:
                    k += 1
                if k >= min(end, t + 6):
                    return t
                t = k + 1
            elif w in _BETWEEN:
                t += 1
            elif w == "last" and t + 1 < end and lower[t + 1] in ("week", "month"):
                t += 2  # "The Lead Study Group last month forecast"
            else:
                return t
        return t

    def _own_outlook(self, t: int, end: int) -> bool:
        """ "Acme reiterated its forecast for", "kept its 2026 sales estimate at": a verb of
        setting or keeping at t, with the name's own outlook right after it."""
        lower = self.tokens.lower
        if lower[t] not in _OUTLOOK_VERBS or t + 1 >= end or lower[t + 1] not in ("its", "their"):
            return False
        return any(lower[k] in _OUTLOOK_NOUNS for k in range(t + 2, min(end, t + 6))) and any(
            (QUANT_TOKENS, k) in self.cue_at for k in range(t + 2, end)
        )  # (not "a day after Home Depot cut its outlook": no figure of it here)

    def forecast_follows(self, t: int, end: int) -> bool:
        """Whether a credit verb goes on with a forecast: "said it expected", "said it
        expects net profit to"."""
        lower = self.tokens.lower
        return any(lower[k] in FORECAST_AFTER_SAID for k in range(t, min(end, t + 3)))


def _marked(word: str) -> bool:
    """A word written as no common word is: capitals inside it ("McDonald", "BYD")."""
    return any(c.isupper() for c in word[1:])


def _initial_word(word: str, letter: str) -> bool:
    """Whether a word is a capitalized name word that opens with `letter`: "Micro" for "M"."""
    return len(word) > 1 and word[0] == letter and word[1:].isalpha() and word[1:].islower()


def _joined(words: tuple[str, ...]) -> str:
    return " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
