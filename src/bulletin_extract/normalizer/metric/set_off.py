"""Opening phrases set off before a clause that tell its figures apart: "In volume terms,
shipments grew 9.3%" (shipments in volume terms), "In rural areas, inflation stood at 3.3%,
while in urban areas it was 2.9%" (inflation in urban areas), "Among women, the employment
rate was 71.4%" (employment rate among women). A place alone joins only after "In" at the
sentence's start ("In Finland, generation rose 8%": generation in Finland), and only to a
metric that names no place or people of its own ("In Asia, Indian sugar output"); other names
("On the Chicago Board of Trade,") are not joined. Phrases of what figures leave out or how
they are adjusted join them too: "Stripping out autos, sales rose 0.4%" (sales excluding
autos)."""

from __future__ import annotations

from ..context import Attacher, DocContext
from ..structures import Mention, Sentence
from ..vocabulary import (
    BASES,
    CHANGES,
    PERIODS_TOKENS,
    PRONOUNS,
    QUANT_TOKENS,
    STOPWORDS,
    words,
)
from .checks import is_breakdown_name, split_breakdown

#: The rule id of a figure whose metric takes the phrase set off before its clause.
SET_OFF = "metric.set_off"

#: Prepositions that open such a phrase.
_OPENERS = words("in on among at")
#: Words that open a clause after which such a phrase can stand: "..., while in urban areas".
_CLAUSE_LEADS = words("while whereas but ;")
#: Words that open another clause between a subject and a figure: "..., while production
#: fell 0.5%", "..., as gains in the industrial (+8.8%) ...".
_CLAUSE_BOUNDS = _CLAUSE_LEADS | words("as although though because")
#: Bases of changes on the period before, which are seasonally adjusted as a rule: "On a
#: seasonally adjusted basis, exports rose 1.2% from the previous month" tells no exports
#: apart ("On a seasonally adjusted basis, the deficit was ..." does).
_ON_THE_PERIOD_BEFORE = frozenset(("month_on_month", "quarter_on_quarter", "period_on_period"))
#: Leads of phrases of what figures leave out or how they are adjusted, and the words after
#: the metric: "Stripping out autos, sales rose" (sales excluding autos).
_LEAVING_OUT = {
    "excluding": "excluding",
    "stripping out": "excluding",
    "leaving out": "excluding",
    "adjusted for": "adjusted for",
}
#: Words of a metric that name what it leaves out or how it is adjusted already.
_ADJUSTED_NAMES = words("core real underlying adjusted unadjusted excluding ex")
#: Adjustments named whole that stand before the metric: "unadjusted current account deficit".
_ADJUSTMENTS_BEFORE = frozenset(
    ("unadjusted", "seasonally adjusted", "not seasonally adjusted", "seasonally unadjusted")
)
#: Adjustments named whole that stand after it: "claims before seasonal adjustment".
_ADJUSTMENTS_AFTER = frozenset(
    ("before seasonal adjustment", "before seasonal adjustments", "after seasonal adjustment")
)
#: Subjects that point back to an indicator named before: "while in urban areas it was".
_POINTING = words("it they those that these")
#: Words of set-off phrases that name no part of an indicator: "In addition,", "In a
#: statement,", "At the same time,", "In the central scenario,".
_NOT_PARTS = words(
    "addition contrast particular comparison response line total all sum short general fact "
    "turn other others meantime brief summary conclusion effect practice theory principle "
    "future past same time statement report note interview speech letter filing release "
    "survey poll update comments remarks view opinion words order case light spite "
    "aggregate average its their his her our this that these those which whole balance "
    "part most some each either both many much one first second latest recent end "
    "news data figures scenario scenarios projection projections forecast forecasts "
    "outlook estimate estimates"
)
#: Longest set-off phrase, in tokens.
_MAX_WORDS = 7
#: Most words between the phrase and its clause's subject: "In yen terms, the March surplus".
_SUBJECT_LEAD = 4
#: Last words of phrases that name a view of a whole, not a part: "On the supply side,",
#: "In the long term,".
_NOT_PART_ENDS = words("side sides term long-term short-term medium-term near-term run")
#: Groups of people after "among": "Among women,", "Among households of salaried workers,"
#: ("Among industries," names the set the subject is one of, not a part of it).
_PEOPLE = words(
    "men women people persons those households adults youths youth young workers employees "
    "children families consumers respondents"
)


class SetOffPhrases(Attacher):
    """The phrase set off before a figure's clause, joined to the clause's indicator."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self._words_of: dict[int, set[str]] = {}  # sentence start -> `_set_off_words`

    def qualify(self, sent: Sentence, m: Mention) -> str | None:
        """The figure's metric joined with the phrase set off before its clause ("shipments in
        volume terms", "sales excluding autos", "unadjusted deficit"), when the metric is the
        clause's subject (or a pronoun stands for it);
        None where no such phrase stands before the figure or it names a period, a basis, a
        count or nothing that tells figures apart ("In June,", "In addition,")."""
        metric = m.metric
        if not metric or split_breakdown(metric) is not None:
            return None
        found = self._phrase_before(sent, m) or self._adjustment_before(sent, m)
        if found is None:
            return None
        prep, start, end, after = found
        lower = self.tokens.lower
        if m.basis in _ON_THE_PERIOD_BEFORE and "adjusted" in lower[start:end]:
            return None  # a change on the period before is adjusted anyway: no part of it
        name = self.tokens.span_text(start, end).strip()
        if prep == "" and name.lower() in metric.lower():
            return None  # "Unadjusted, the unadjusted rate"
        if prep not in _OPENERS and (
            f" {prep} " in f" {metric.lower()} " or _ADJUSTED_NAMES & set(metric.lower().split())
        ):
            return None  # "Excluding food and energy, core CPI rose": "core" says so already
        metric_words = [w.lower() for w in metric.split() if w.lower() not in ("the", "a", "an")]
        if not metric_words:
            return None
        if self._set_off_words(sent) & set(metric_words):
            return None  # "In manufacturing, the index rose, and in services it fell"
        if any(self._clause_bound(k) for k in range(after, m.span.start)):
            return None  # "In output terms, services grew 0.2%, while production fell 0.5%"
        if not self._opens_clause(
            {metric_words[0], metric_words[-1]}, after, m.span.start
        ):
            return None  # the metric is not the subject the phrase stands before
        m.rules.append(SET_OFF)
        if prep and is_breakdown_name(name) and self._named_by_adjective(sent, metric, after):
            # "In Asia, grindings slid 2.1%, while North American grindings rose": the form
            # the sentence gives the same indicator's other places
            return f"{name.removeprefix('the ')} {metric}"
        if not prep:
            return f"{name[:1].lower()}{name[1:]} {metric}"  # "unadjusted current account deficit"
        return f"{metric} {prep} {name}".rstrip()

    def _adjustment_before(
        self, sent: Sentence, m: Mention
    ) -> tuple[str, int, int, int] | None:
        """Like `_phrase_before`, for a phrase of what the figures leave out or how they are
        adjusted: "Excluding food," and "Stripping out food," ("excluding", food),
        "Adjusted for inflation," ("adjusted for", inflation); an adjustment named whole,
        which stands before the metric ("Unadjusted,", "Seasonally adjusted,") or after it
        ("Before seasonal adjustment,"), has the preposition "" or the whole phrase."""
        lower, text = self.tokens.lower, self.tokens.text
        for p in range(m.span.start - 2, sent.start - 1, -1):
            if not self._opens_at(p, sent):
                continue
            comma = next(
                (k for k in range(p, min(m.span.start, p + _MAX_WORDS + 2)) if text[k] == ","),
                None,
            )
            if comma is None or comma == p:
                continue
            phrase = " ".join(lower[p:comma])
            if phrase in _ADJUSTMENTS_BEFORE:
                return "", p, comma, comma + 1
            if phrase in _ADJUSTMENTS_AFTER:
                return phrase, comma, comma, comma + 1
            for lead, prep in _LEAVING_OUT.items():
                n = len(lead.split())
                if " ".join(lower[p : p + n]) != lead or p + n >= comma:
                    continue
                if lower[p + n] in PRONOUNS or lower[p + n] in ("them", "those"):
                    return None  # "excluding them," points back
                if any((QUANT_TOKENS, k) in self.cue_at for k in range(p + n, comma)):
                    return None  # "Adjusted for inflation of 2.8%,": a figure of its own
                return prep, p + n, comma, comma + 1
        return None

    def _clause_bound(self, k: int) -> bool:
        """Whether token k opens another clause: "while", "as", or "and" or "with" after a
        comma ("..., with durable goods up 1.8%")."""
        lower = self.tokens.lower
        return lower[k] in _CLAUSE_BOUNDS or (
            lower[k] in ("and", "with") and self.tokens.text[k - 1] == ","
        )

    def _set_off_words(self, sent: Sentence) -> set[str]:
        """The words of every phrase set off in the sentence, lower case (read once per
        sentence)."""
        if sent.start in self._words_of:
            return self._words_of[sent.start]
        found: set[str] = set()
        for p in range(sent.start, sent.end):
            if self.tokens.lower[p] in _OPENERS and self._opens_at(p, sent):
                for k in range(p + 1, min(sent.end, p + 2 + _MAX_WORDS)):
                    if self.tokens.text[k] == ",":
                        break
                    found.add(self.tokens.lower[k])
        self._words_of[sent.start] = found - {"the", "a", "an", "and", "of"}
        return self._words_of[sent.start]

    def _opens_at(self, p: int, sent: Sentence) -> bool:
        """Whether a preposition at p can open a set-off phrase: at the sentence's start or
        after a clause's lead."""
        lower, text = self.tokens.lower, self.tokens.text
        return (
            p == sent.start
            or lower[p - 1] in _CLAUSE_LEADS
            or (lower[p - 1] == "and" and p - 2 >= sent.start and text[p - 2] == ",")
        )

    def _opens_clause(self, ends: set[str], after: int, end: int) -> bool:
        """Whether the clause after the phrase opens with the metric's first or last word
        (past a determiner and a few modifiers: "In yen terms, the March surplus"; "claims"
        for "jobless claims" named before) or a pronoun that stands for it, with no verb,
        figure or comma before it."""
        lower = self.tokens.lower
        if after < end and lower[after] in _POINTING:
            return True
        for k in range(after, min(end, after + _SUBJECT_LEAD + 1)):
            if lower[k] in ends:
                return True
            if (CHANGES, k) in self.cue_at or (QUANT_TOKENS, k) in self.cue_at:
                return False
            if not (self.tokens.is_alpha[k] or self.tokens.text[k] in ("-", "'s", "’s")):
                return False
        return False

    def _phrase_before(self, sent: Sentence, m: Mention) -> tuple[str, int, int, int] | None:
        """(preposition, first and end token of the phrase, first token after it) of the
        nearest set-off phrase before the figure: at the sentence's start or after a
        clause's lead ("while in urban areas it was")."""
        lower, text = self.tokens.lower, self.tokens.text
        for p in range(m.span.start - 2, sent.start - 1, -1):
            if lower[p] not in _OPENERS:
                continue
            if not self._opens_at(p, sent):
                continue
            start = p + 1
            end = start
            while end < m.span.start and end - start <= _MAX_WORDS and text[end] != ",":
                if p > sent.start and lower[end] in _POINTING:
                    break  # "while in urban areas it was"
                end += 1
            if end >= m.span.start or end == start or end - start > _MAX_WORDS:
                return None
            comma = text[end] == ","
            if not comma and p == sent.start:
                return None
            if not self._names_a_part(start, end):
                return None
            if is_breakdown_name(self.tokens.span_text(start, end).strip()) and not (
                p == sent.start and lower[p] == "in" and self._place_fits(m.metric, end + 1)
            ):
                return None  # a name alone: "On the Chicago Board of Trade,"
            first = start + 1 if lower[start] in ("the", "a", "an") else start
            if lower[p] == "among" and lower[first] not in _PEOPLE:
                return None
            return lower[p], start, end, end + 1 if comma else end
        return None

    def _place_fits(self, metric: str | None, after: int) -> bool:
        """Whether a place set off before a sentence ("In Finland,") can join the metric of
        the subject right after it: the metric names no place or people of its own ("Asian
        grindings", "German composite PMI") and nothing capitalized stands between the
        comma and the subject ("In Washington, the Commerce Department said sales ...")."""
        if not metric or any(w[:1].isupper() and not w.isupper() for w in metric.split()):
            return False
        first = metric.split()[0].lower()
        text = self.tokens.text
        for k in range(after, min(len(text), after + _SUBJECT_LEAD + 1)):
            if self.tokens.lower[k] == first or self.tokens.lower[k] in _POINTING:
                return True
            if text[k][:1].isupper() and not text[k].isupper():
                return False
        return True

    def _named_by_adjective(self, sent: Sentence, metric: str, after: int) -> bool:
        """Whether the sentence, past its opening place, writes the metric's last word after
        a capitalized word: another place's form of the same indicator ("North American
        grindings")."""
        head = metric.split()[-1].lower()
        text, lower = self.tokens.text, self.tokens.lower
        return any(
            lower[k] == head and text[k - 1][:1].isupper() and not text[k - 1].isupper()
            for k in range(after + 1, sent.end)
        )

    def _names_a_part(self, start: int, end: int) -> bool:
        """Whether tokens start..end name a part or a measure of an indicator, not a period,
        a basis, a count or a turn of the text."""
        lower = self.tokens.lower
        for k in range(start, end):
            if any((key, k) in self.cue_at for key in (PERIODS_TOKENS, BASES, QUANT_TOKENS)):
                return False
            if not (self.tokens.is_alpha[k] or self.tokens.text[k] in ("-", "&", "'s", ".")):
                return False
        first = start + 1 if lower[start] in ("the", "a", "an") else start
        if first >= end or lower[first] in PRONOUNS or lower[first] == "terms":
            return False  # "In its report,", "In terms of volume,"
        if any(lower[k] in _NOT_PARTS for k in range(first, end)):
            return False
        return lower[end - 1] not in STOPWORDS and lower[end - 1] not in _NOT_PART_ENDS
