"""The fast rule matching gives exactly what spaCy's `Matcher` + `filter_spans` gives.

`RuleMatcher` and `SpanRules` run token rules through `_WindowMatcher` (classes of
strings, short windows, cached results); these tests compare every span, label, rule
id and order with the plain spaCy way, on the corpus and on random rules and texts.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bulletin_extract.components import (
    RuleMatcher,
    SpanRules,
    _anchored,
    _lexeme_test,
    _WindowMatcher,
)

from .conftest import CORPUS

Signature = list[tuple[int, int, str, str]]


def _reference(matcher: RuleMatcher, doc: Doc) -> Signature:
    """The spans as the plain spaCy matcher and `filter_spans` give them."""
    found = [
        Span(doc, start, end, label=matcher.keys[key][0], span_id=matcher.keys[key][1])
        for key, start, end in [*matcher.matcher(doc), *matcher.phrases(doc)]
    ]
    return _signature(sorted(filter_spans(found), key=lambda s: s.start))


def _signature(spans: list[Span]) -> Signature:
    return [(s.start, s.end, s.label_, s.id_) for s in spans]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    # Variants: upper case, numbers changed, paragraphs joined.
    texts += [t.upper() for t in texts[:2]]
    texts += [t.replace("1", "7").replace("0.", "12,345.") for t in texts]
    texts.append(" ".join(texts[:3]).replace("\n", " "))
    texts += ["", "5", "per cent", "in", "\n\n"]
    return texts


@pytest.mark.parametrize("index", range(len(_texts())))
def test_pipeline_spans_equal_plain_matcher(nlp: Language, index: int) -> None:
    text = _texts()[index]
    for _, component in nlp.pipeline:
        if not isinstance(component, SpanRules):
            continue
        doc = component(nlp.make_doc(text))
        for key, matcher in component.matchers.items():
            expected = _reference(matcher, nlp.make_doc(text))
            assert _signature(list(doc.spans[key])) == expected, key
            assert matcher.spans(nlp.make_doc(text)) is not None


def test_every_pipeline_family_takes_the_fast_path(nlp: Language) -> None:
    for _, component in nlp.pipeline:
        if isinstance(component, SpanRules):
            assert all(m.fast is not None for m in component.matchers.values())


# ------------------------------------------------------------------ random rules
_WORDS = [
    "a", "b", "B", "c", "of", "1", "2.5", "x", "-", "the", "10", ",", "MAY", "May", "Bb", "cB",
    "xcb",
]  # fmt: skip
_SPECS = [
    {"ORTH": "a"},
    {"LOWER": "b"},
    {"ORTH": "B"},
    {"LOWER": {"IN": ["a", "c", "of"]}},
    {"TEXT": {"REGEX": r"^\d"}},
    {"LIKE_NUM": True},
    {"IS_PUNCT": True},
    {"LOWER": {"NOT_IN": ["the", "x"]}},
    {"LENGTH": 1},
    {"ORTH": {"IN": ["-", ","]}},
    # conditions of more than one attribute, flags false, shapes, regexes of other attributes
    {"IS_UPPER": True, "LOWER": {"IN": ["may", "b"]}},
    {"IS_ALPHA": False},
    {"IS_TITLE": True, "TEXT": {"REGEX": "^[A-Z][a-z]"}},
    {"SHAPE": "dd"},
    {"LOWER": {"REGEX": "b$"}},
    {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["of", "the"]}},
    # regexes joined into one search per attribute: anchored or not, with an alternative
    # beside the anchor, with groups of their own, with a global flag (left alone)
    {"TEXT": {"REGEX": r"^(\d)\.?\d*$"}},
    {"TEXT": {"REGEX": r"^a|B"}},
    {"TEXT": {"REGEX": r"[^]a]b$"}},
    {"LOWER": {"REGEX": r"(?i)^m"}},
    {"TEXT": {"REGEX": r"(x|y)\1"}},
    {"TEXT": {"REGEX": r"B?$"}},  # matches every string, most with an empty match
]
_OPS = [None, None, None, "?", "*", "+", "!"]


def _random_rules(rng: random.Random, n: int) -> list[dict[str, object]]:
    rules = []
    for i in range(n):
        pattern = []
        for _ in range(rng.randint(1, 4)):
            spec = dict(rng.choice(_SPECS))
            op = rng.choice(_OPS)
            if op is not None:
                spec["OP"] = op
            pattern.append(spec)
        rule_id = f"r{i % (n // 2 + 1)}"  # some ids shared by several rules
        rules.append({"label": rng.choice(["X", "Y"]), "id": rule_id, "pattern": pattern})
    return rules


@pytest.mark.parametrize("seed", range(40))
def test_random_rules_equal_plain_matcher(seed: int) -> None:
    rng = random.Random(seed)
    nlp = spacy.blank("en")
    matcher = RuleMatcher(nlp, _random_rules(rng, rng.randint(1, 12)))
    assert matcher.fast is not None
    for _ in range(15):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(0, 30))]
        doc = Doc(nlp.vocab, words=words)
        assert _signature(matcher.spans(doc)) == _reference(matcher, doc)
        # The raw matches too: same set, and the same order among equal spans.
        plain = matcher.matcher(doc)
        fast = matcher.token_matches(doc)
        assert sorted(plain) == sorted(fast)
        for span in {(s, e) for _, s, e in plain}:
            assert [k for k, s, e in plain if (s, e) == span] == [
                k for k, s, e in fast if (s, e) == span
            ]


def test_a_class_learned_after_a_rule_compiled_still_matches() -> None:
    """Each rule is also a regex over class letters, compiled once; a string first seen
    later that meets one of its conditions makes a new class, which the rule must take."""
    nlp = spacy.blank("en")
    rules = [
        {"label": "X", "id": "num", "pattern": [{"LOWER": "in"}, {"LIKE_NUM": True}]},
        {"label": "X", "id": "neg", "pattern": [{"LOWER": "by"}, {"LOWER": "a", "OP": "!"}]},
    ]
    matcher = RuleMatcher(nlp, rules)
    assert matcher.fast is not None
    first = Doc(nlp.vocab, words=["in", "x", "by", "a"])
    assert matcher.token_matches(first) == []  # both regexes are compiled here
    later = Doc(nlp.vocab, words=["in", "4,321", "by", "zz"])  # new classes: 4,321 and zz
    assert sorted(matcher.token_matches(later)) == sorted(matcher.matcher(later))
    assert len(matcher.token_matches(later)) == 2


def test_random_families_in_one_component_equal_plain_matcher() -> None:
    rng = random.Random(7)
    nlp = spacy.blank("en")
    families = {f"fam{i}": _random_rules(rng, 6) for i in range(3)}
    for i, rules in enumerate(families.values()):
        for rule in rules:
            rule["id"] = f"fam{i}.{rule['id']}"
    component = SpanRules(nlp, families)
    assert component.fast is not None
    for _ in range(30):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(0, 40))]
        doc = component(Doc(nlp.vocab, words=words))
        for key, matcher in component.matchers.items():
            assert _signature(list(doc.spans[key])) == _reference(
                matcher, Doc(nlp.vocab, words=words)
            )


def test_lexeme_tests_take_the_common_forms_and_leave_the_rest_to_the_matcher() -> None:
    assert _lexeme_test({"TEXT": {"REGEX": "^\\d"}, "IS_TITLE": False}) == (
        ("re", "orth_", re.compile("^\\d").search),
        ("eq", "is_title", False),
    )
    assert _lexeme_test({"LOWER": {"NOT_IN": ["a"]}}) == (("not_in", "lower_", frozenset({"a"})),)
    for cond in (
        {"LENGTH": 1},
        {"LENGTH": {">=": 2}},
        {"LOWER": {"FUZZY": "may"}},
        {"TEXT": {"IN": ["a", 1]}},
        {"IS_ALPHA": 1},
        {"NORM": "a"},
    ):
        assert _lexeme_test(cond) is None, cond


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        (r"^\d+$", True),
        (r"^(a|b)c", True),
        (r"^a|b", False),
        (r"^[|]a", True),
        (r"^[]|]a", True),
        (r"^\|a|b", False),
        (r"a^", False),
        (r"^(?:x)|(y)", False),
    ],
)
def test_anchored_regexes_are_told_apart(pattern: str, anchored: bool) -> None:
    assert _anchored(pattern) is anchored


def test_non_lexical_rules_fall_back_to_the_plain_matcher() -> None:
    nlp = spacy.blank("en")
    rules = [{"label": "X", "id": "x", "pattern": [{"ENT_TYPE": "ORG"}]}]
    assert not _WindowMatcher.supports([("X|x", rules[0]["pattern"])])
    assert RuleMatcher(nlp, rules).fast is None


def test_phrase_rules_still_match(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    rules = [
        {"label": "P", "id": "phrase", "pattern": "per cent"},
        {"label": "T", "id": "token", "pattern": [{"LOWER": "per"}]},
    ]
    matcher = RuleMatcher(nlp, rules)
    doc = nlp.make_doc("up 5 Per Cent, per")
    assert _signature(matcher.spans(doc)) == [(2, 4, "P", "phrase"), (5, 6, "T", "token")]
