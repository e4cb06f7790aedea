"""The spaCy pipeline components of bulletin_extract.

Each rule component matches one family of patterns from `patterns/` and writes the
longest non-overlapping matches to `doc.spans[...]`; `bulletin_records` turns the
spans into metric records. All are registered as spaCy factories, so another
pipeline can `nlp.add_pipe("bulletin_quantities")` and so on without an import.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .patterns import load_rules
from .records import Record

#: doc.spans keys written by the components.
QUANTITIES = "bulletin_quantities"
PERIODS = "bulletin_periods"
AGENCIES = "bulletin_agencies"
CUE_KEYS: dict[str, str] = {
    "changes.jsonl": "bulletin_changes",
    "bases.jsonl": "bulletin_bases",
    "qualifiers.jsonl": "bulletin_qualifiers",
    "credits.jsonl": "bulletin_credits",
    "markers.jsonl": "bulletin_markers",
}

_EXTENSIONS_SET = False


def set_extensions() -> None:
    """Register the Doc extensions once: `ref_date`, `doc_id`, `metric_records`, `records`."""
    global _EXTENSIONS_SET
    if _EXTENSIONS_SET:
        return
    Doc.set_extension("ref_date", default=None, force=True)
    Doc.set_extension("doc_id", default=None, force=True)
    Doc.set_extension("metric_records", default=None, force=True)
    Doc.set_extension("records", getter=_records_of, force=True)
    _EXTENSIONS_SET = True


def _records_of(doc: Doc) -> list[Record]:
    """Getter of `doc._.records`: the `metric_records` of the doc as `Record` objects."""
    return [Record.from_dict(r) for r in doc._.metric_records or []]


class RuleMatcher:
    """Match token and phrase rules and keep the longest non-overlapping spans.

    The rule id of each match is kept as the span's `id_`, so every record can be
    traced to the rule that produced it.
    """

    def __init__(self, nlp: Language, rules: Iterable[dict[str, Any]]) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, tuple[str, str]] = {}
        for rule in rules:
            key = f"{rule['label']}|{rule['id']}"
            self.keys[nlp.vocab.strings.add(key)] = (rule["label"], rule["id"])
            if isinstance(rule["pattern"], str):
                self.phrases.add(key, [nlp.make_doc(rule["pattern"])])
            else:
                self.matcher.add(key, [rule["pattern"]])

    def spans(self, doc: Doc) -> list[Span]:
        """Return the longest non-overlapping matches in `doc`, in document order."""
        found = [
            Span(doc, start, end, label=self.keys[key][0], span_id=self.keys[key][1])
            for key, start, end in [*self.matcher(doc), *self.phrases(doc)]
        ]
        return sorted(filter_spans(found), key=lambda s: s.start)


class SpanRules:
    """A component that writes one or more rule families to `doc.spans`."""

    def __init__(self, nlp: Language, families: dict[str, Iterable[dict[str, Any]]]) -> None:
        self.matchers = {key: RuleMatcher(nlp, rules) for key, rules in families.items()}

    def __call__(self, doc: Doc) -> Doc:
        for key, matcher in self.matchers.items():
            doc.spans[key] = matcher.spans(doc)
        return doc


@Language.factory("bulletin_quantities", default_config={"spans_key": QUANTITIES})
def make_quantities(nlp: Language, name: str, spans_key: str) -> SpanRules:
    """Quantities: percentages, points, money, multiples, fractions, units, numbers."""
    return SpanRules(nlp, {spans_key: load_rules("quantities")})


@Language.factory("bulletin_periods", default_config={"spans_key": PERIODS})
def make_periods(nlp: Language, name: str, spans_key: str) -> SpanRules:
    """Period phrases: months, quarters, ranges, 'in the year to', 'a year earlier'."""
    return SpanRules(nlp, {spans_key: load_rules("periods")})


@Language.factory("bulletin_agencies", default_config={"spans_key": AGENCIES})
def make_agencies(nlp: Language, name: str, spans_key: str) -> SpanRules:
    """Organizations and countries from the gazetteer (`patterns/agencies.jsonl`)."""
    from .agencies import default_gazetteer

    return SpanRules(nlp, {spans_key: default_gazetteer().span_patterns()})


@Language.factory("bulletin_cues", default_config={})
def make_cues(nlp: Language, name: str) -> SpanRules:
    """Cues around quantities: change words, bases, qualifiers, credits, markers."""
    from .patterns import read_family_file

    return SpanRules(nlp, {key: read_family_file(file) for file, key in CUE_KEYS.items()})


@Language.factory("bulletin_records", default_config={"ref_date": None})
def make_records(nlp: Language, name: str, ref_date: str | None) -> Any:
    """Turn the spans of the other components into metric records (`doc._.metric_records`)."""
    from .normalizer import RecordBuilder

    set_extensions()
    return RecordBuilder(ref_date=ref_date)
