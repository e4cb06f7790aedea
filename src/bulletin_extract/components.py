"""The spaCy pipeline components of bulletin_extract.

Each rule component matches one family of patterns from `patterns/` and writes the
longest non-overlapping matches to `doc.spans[...]`; `bulletin_records` turns the
spans into metric records. All are registered as spaCy factories, so another
pipeline can `nlp.add_pipe("bulletin_quantities")` and so on without an import.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from typing import Any

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .patterns import load_rules, read_family_file
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
    traced to the rule that produced it. Token rules run through `_WindowMatcher`,
    which finds what `self.matcher` (a plain spaCy `Matcher` of all the rules) finds,
    only faster; a rule it cannot take makes it fall back to `self.matcher`.
    """

    def __init__(self, nlp: Language, rules: Iterable[dict[str, Any]]) -> None:
        self._vocab = nlp.vocab
        self._matcher: Matcher | None = None
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, tuple[str, str]] = {}
        self.token_rules: list[tuple[str, list[dict[str, Any]]]] = []
        self._spans_of: dict[int, tuple[int, int]] = {}  # match id -> label and id hashes
        strings = nlp.vocab.strings
        for rule in rules:
            key = f"{rule['label']}|{rule['id']}"
            match_id = strings.add(key)
            self.keys[match_id] = (rule["label"], rule["id"])
            self._spans_of[match_id] = (strings.add(rule["label"]), strings.add(rule["id"]))
            if isinstance(rule["pattern"], str):
                self.phrases.add(key, [nlp.make_doc(rule["pattern"])])
            else:
                self.token_rules.append((key, rule["pattern"]))
        self.fast: _WindowMatcher | None = None
        if self.token_rules and _WindowMatcher.supports(self.token_rules):
            self.fast = _WindowMatcher(nlp.vocab, self.token_rules)

    @property
    def matcher(self) -> Matcher:
        """The plain spaCy `Matcher` of the token rules, built on first use: adding every rule
        to it is a third of the pipeline's start-up, and the fast path does not need it."""
        if self._matcher is None:
            matcher = Matcher(self._vocab)
            for key, pattern in self.token_rules:
                matcher.add(key, [pattern])
            self._matcher = matcher
        return self._matcher

    def token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The token-rule matches as `(match_id, start, end)`."""
        if not self.token_rules:
            return []
        return self.fast(doc) if self.fast is not None else self.matcher(doc)

    def phrase_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The phrase-rule matches as `(match_id, start, end)`."""
        return self.phrases(doc) if len(self.phrases) else []

    def spans(
        self, doc: Doc, token_matches: list[tuple[int, int, int]] | None = None
    ) -> list[Span]:
        """Return the longest non-overlapping matches in `doc`, in document order.

        Args:
            doc: The document.
            token_matches: The token-rule matches, when already found.
        """
        if token_matches is None:
            token_matches = self.token_matches(doc)
        spans_of = self._spans_of
        return [
            Span(doc, start, end, label=spans_of[key][0], span_id=spans_of[key][1])
            for key, start, end in _longest([*token_matches, *self.phrase_matches(doc)])
        ]


class SpanRules:
    """A component that writes one or more rule families to `doc.spans`.

    The token rules of all its families run in one `_WindowMatcher` pass; each family
    gets back its own matches (in the order its own matcher would give them).
    """

    def __init__(self, nlp: Language, families: dict[str, Iterable[dict[str, Any]]]) -> None:
        self.matchers = {key: RuleMatcher(nlp, rules) for key, rules in families.items()}
        self.family_of: dict[int, str] = {}
        combined: list[tuple[str, list[dict[str, Any]]]] = []
        shared = False
        for key, matcher in self.matchers.items():
            for match_id in matcher.keys:
                shared = shared or match_id in self.family_of
                self.family_of[match_id] = key
            combined.extend(matcher.token_rules)
        self.fast: _WindowMatcher | None = None
        if len(self.matchers) > 1 and not shared and combined and _WindowMatcher.supports(combined):
            self.fast = _WindowMatcher(nlp.vocab, combined)

    def __call__(self, doc: Doc) -> Doc:
        if self.fast is None:
            for key, matcher in self.matchers.items():
                doc.spans[key] = matcher.spans(doc)
            return doc
        by_family: dict[str, list[tuple[int, int, int]]] = {key: [] for key in self.matchers}
        family_of = self.family_of
        for match in self.fast(doc):
            by_family[family_of[match[0]]].append(match)
        for key, matcher in self.matchers.items():
            doc.spans[key] = matcher.spans(doc, by_family[key])
        return doc


# Token attributes whose value depends on the token's text alone (its lexeme): a rule
# made only of these gives the same answer for every occurrence of a string.
_LEXICAL_ATTRS = frozenset(
    {
        "ORTH",
        "TEXT",
        "LOWER",
        "SHAPE",
        "PREFIX",
        "SUFFIX",
        "LENGTH",
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_UPPER",
        "IS_TITLE",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_STOP",
        "IS_BRACKET",
        "IS_QUOTE",
        "IS_LEFT_PUNCT",
        "IS_RIGHT_PUNCT",
        "IS_CURRENCY",
        "LIKE_NUM",
        "LIKE_URL",
        "LIKE_EMAIL",
    }
)
# Quantifiers: (tokens counted against the rule's length bound, whether it repeats).
_OPS: dict[str | None, tuple[int, bool]] = {
    None: (1, False), "1": (1, False), "!": (1, False), "?": (1, False),
    "*": (0, True), "+": (1, True),
}  # fmt: skip
#: A condition's identity: `json.dumps(cond, sort_keys=True)`, with one encoder for all
#: (`json.dumps` with an option makes a new encoder at each call: most of a matcher's set-up).
_condition_key = json.JSONEncoder(sort_keys=True).encode
_CACHE_LIMIT = 1 << 16  # strings classified, per matcher
_WINDOW_LIMIT = 1 << 16  # window results cached, per matcher


class _WindowMatcher:
    """An exact, faster way to run a spaCy `Matcher` of lexical token rules.

    spaCy's `Matcher` tries every rule at every token, and evaluates `IN` and `REGEX`
    conditions in Python, so its cost grows with rules x tokens. This class gives the
    same matches, found by the same `Matcher` code, with far less work:

    1. Each distinct string is classified once (cached by its hash): which of the
       rules' token conditions it meets. Strings meeting the same conditions are the
       same to every rule.
    2. A match can only start at a token meeting a first condition of some rule, and
       only covers tokens meeting some condition (unless a rule negates one, `!`), up
       to the longest rule that can start there (`*`/`+` tokens aside).
    3. Around each such start, a `Matcher` holding only the rules that can start there
       runs on the short window `doc[start:bound + 1]`; its matches that start at the
       window's first token are exactly the full matcher's matches there, in the same
       relative order (each token state evolves alone), and they depend on nothing but
       the window's condition classes, so they are cached by that class sequence.
    4. Before that, each rule that may start there is tried as a regular expression
       over the window's classes, one letter per token (`_regex`); only the rules that
       match go to the `Matcher`, and most windows (three in four on bulletins) keep none.

    `RuleMatcher` falls back to the plain `Matcher` when a rule uses a non-lexical
    attribute (POS, ENT_TYPE, extensions, ...) or an unusual quantifier.
    """

    def __init__(self, vocab: Vocab, rules: list[tuple[str, list[dict[str, Any]]]]) -> None:
        self.vocab = vocab
        self.rules = rules
        self.negation = False
        spec_index: dict[str, int] = {}
        specs: list[dict[str, Any]] = []
        self.rule_start: list[int] = []  # per rule: bitmask of the conditions it may start with
        self.rule_len: list[int] = []  # per rule: most tokens taken by non-repeating steps
        self.repeat_bits = 0  # conditions of `*` and `+` steps
        self.rule_negated_start: list[int] = []  # per rule: `!` conditions it may start with
        self.rule_steps: list[list[tuple[int, str | None]]] = []  # per rule: (condition, op)
        for _, pattern in rules:
            start, negated_start, length, at_start = 0, 0, 0, True
            steps: list[tuple[int, str | None]] = []
            for spec in pattern:
                op = spec.get("OP")
                cond = {k: v for k, v in spec.items() if k != "OP"}
                text = _condition_key(cond)
                bit = spec_index.get(text)
                if bit is None:
                    bit = spec_index[text] = len(specs)
                    specs.append(cond)
                steps.append((bit, op))
                counted, repeats = _OPS[op]
                length += counted
                if repeats:
                    self.repeat_bits |= 1 << bit
                if op == "!":
                    self.negation = True
                if at_start:
                    if op == "!":  # starts at a token that fails the condition
                        negated_start |= 1 << bit
                    else:
                        start |= 1 << bit
                    at_start = op in ("?", "*")
            self.rule_steps.append(steps)
            self.rule_start.append(start)
            self.rule_negated_start.append(negated_start)
            self.rule_len.append(length)
        self.n_specs = len(specs)
        # Rules that may start with a token meeting (or, for `!`, failing) each condition.
        self.starts_with: list[int] = [0] * len(specs)
        self.starts_without: list[tuple[int, int]] = []
        for i, (start, negated) in enumerate(
            zip(self.rule_start, self.rule_negated_start, strict=True)
        ):
            for bit in _bits(start):
                self.starts_with[bit] |= 1 << i
            for bit in _bits(negated):
                self.starts_without.append((1 << bit, 1 << i))
        # Conditions read from hash tables (one literal attribute), tested in Python on the
        # string's lexeme (`_lexeme_test`), or, for any other form, by a probe matcher.
        self.orth_bits: dict[int, int] = {}
        self.lower_bits: dict[int, int] = {}
        self.tests: list[tuple[int, tuple[tuple[str, str, Any], ...]]] = []
        self.probe = Matcher(vocab)
        self.probe_bits: dict[int, int] = {}
        for bit, cond in enumerate(specs):
            literal = _literal(cond)
            test = _lexeme_test(cond) if literal is None else None
            if literal is not None:
                attr, values = literal
                table = self.orth_bits if attr == "ORTH" else self.lower_bits
                for value in values:
                    key = vocab.strings.add(value)
                    table[key] = table.get(key, 0) | (1 << bit)
            elif test is not None:
                self.tests.append((1 << bit, test))
            else:
                name = f"__bulletin_probe_{bit}"
                self.probe.add(name, [[cond]])
                self.probe_bits[vocab.strings.add(name)] = 1 << bit
        self.searches, self.tests = _joint_searches(self.tests)
        # String hash -> class id: sorted arrays, and a dict of the strings met lately.
        self.known_keys = np.empty(0, dtype=np.uint64)
        self.known_classes = np.empty(0, dtype=np.int64)
        self.recent: dict[int, int] = {}
        self.class_ids: dict[int, int] = {0: 0}  # condition bitmask -> class id
        self.class_rules: list[int] = [self._startable_rules(0)]  # class id -> rules
        self._arrays: tuple[Any, Any, Any, Any] | None = None
        # Each rule as a regular expression over class letters (`_regex`), compiled on first
        # use and again after a new class meets one of its conditions.
        self.regexes: list[re.Pattern[str] | None] = [None] * len(rules)
        self.rules_with_bit = [0] * self.n_specs  # per condition: the rules that test it
        for i, steps in enumerate(self.rule_steps):
            for bit, _ in steps:
                self.rules_with_bit[bit] |= 1 << i
        self.bit_letters = [""] * self.n_specs  # per condition: the letters of its classes
        self._new_class(0)
        self.subsets: dict[int, Matcher] = {}
        self.windows: dict[tuple[tuple[int, ...], bool], tuple[tuple[int, int], ...]] = {}
        self.lock = threading.Lock()

    @staticmethod
    def supports(rules: list[tuple[str, list[dict[str, Any]]]]) -> bool:
        """Whether every rule uses lexical attributes and plain quantifiers only."""
        for _, pattern in rules:
            if not pattern:
                return False
            for spec in pattern:
                if spec.get("OP") not in _OPS:
                    return False
                keys = [k for k in spec if k != "OP"]
                if not keys or any(k.upper() not in _LEXICAL_ATTRS for k in keys):
                    return False
        return True

    # ------------------------------------------------------------------ classes
    def _learn(self, orths: list[int]) -> None:
        """Classify strings not seen before by the conditions they meet."""
        masks = []
        tests, searches = self.tests, self.searches
        for orth in orths:
            lex = self.vocab[orth]
            mask = self.orth_bits.get(orth, 0) | self.lower_bits.get(lex.lower, 0)
            if tests or searches:
                values = {"orth_": lex.orth_, "lower_": lex.lower_}
                for name, joint, groups in searches:
                    value = values.get(name)
                    if value is None:
                        value = values[name] = getattr(lex, name)
                    found = joint(value).groups()
                    for index, bit in groups:
                        if found[index] is not None:
                            mask |= bit
                for bit, checks in tests:
                    for kind, name, arg in checks:
                        value = values.get(name)
                        if value is None:
                            value = values[name] = getattr(lex, name)
                        if kind == "re":
                            ok = arg(value) is not None
                        elif kind == "in":
                            ok = value in arg
                        elif kind == "not_in":
                            ok = value not in arg
                        else:
                            ok = value == arg
                        if not ok:
                            break
                    else:
                        mask |= bit
            masks.append(mask)
        if self.probe_bits:
            words = [self.vocab.strings[orth] for orth in orths]
            probe_doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
            for key, start, _ in self.probe(probe_doc):
                masks[start] |= self.probe_bits[key]
        for orth, mask in zip(orths, masks, strict=True):
            cls = self.class_ids.get(mask)
            if cls is None:
                cls = self.class_ids[mask] = len(self.class_rules)
                self.class_rules.append(self._startable_rules(mask))
                self._arrays = None
                self._new_class(mask)
            self.recent[orth] = cls

    def _new_class(self, mask: int) -> None:
        """Give the newest class its letter in the conditions it meets; the regexes of the
        rules testing those conditions are compiled again when next used."""
        letter = _letter(len(self.class_rules) - 1)
        stale = 0
        for bit in _bits(mask):
            self.bit_letters[bit] += letter
            stale |= self.rules_with_bit[bit]
        for i in _bits(stale):
            self.regexes[i] = None

    def _startable_rules(self, mask: int) -> int:
        """The rules that may start at a token meeting the conditions in `mask`."""
        rules = 0
        for bit in _bits(mask):
            rules |= self.starts_with[bit]
        for bit, rule in self.starts_without:
            if not mask & bit:
                rules |= rule
        return rules

    def _class_arrays(self) -> tuple[Any, Any, Any, Any]:
        """Per class: may a rule start there, longest such rule, repeatable, coverable."""
        if self._arrays is None:
            masks = sorted(self.class_ids, key=self.class_ids.__getitem__)
            rules = self.class_rules
            self._arrays = (
                np.array([r != 0 for r in rules], dtype=bool),
                np.array([max((self.rule_len[i] for i in _bits(r)), default=0) for r in rules]),
                np.array([bool(m & self.repeat_bits) for m in masks], dtype=bool),
                np.array([m != 0 or self.negation for m in masks], dtype=bool),
            )
        return self._arrays

    def classes(self, doc: Doc) -> tuple[Any, tuple[Any, Any, Any, Any]]:
        """The condition class of every token of `doc`, and the class arrays."""
        uniq, inverse = _unique_orths(doc)
        with self.lock:  # the caches are shared by threads that share a pipeline
            keys, known = self.known_keys, self.known_classes
            if keys.size:
                pos = np.minimum(np.searchsorted(keys, uniq), keys.size - 1)
                hit = keys[pos] == uniq
                ucls = np.where(hit, known[pos], -1)
                miss = np.flatnonzero(~hit)
            else:
                ucls = np.full(uniq.size, -1, dtype=np.int64)
                miss = np.arange(uniq.size)
            if miss.size:
                recent = self.recent
                orths = uniq[miss].tolist()
                new = [orth for orth in orths if orth not in recent]
                if new:
                    self._learn(new)
                ucls[miss] = [recent[orth] for orth in orths]
                if len(recent) > 2048:
                    self._merge_recent()
            arrays = self._class_arrays()
        return ucls[inverse], arrays

    def _merge_recent(self) -> None:
        """Move the recently classified strings into the sorted lookup arrays."""
        if self.known_keys.size > _CACHE_LIMIT:  # bound the memory of a long run
            self.known_keys = np.empty(0, dtype=np.uint64)
            self.known_classes = np.empty(0, dtype=np.int64)
        count = len(self.recent)
        keys = np.concatenate(
            [self.known_keys, np.fromiter(self.recent, dtype=np.uint64, count=count)]
        )
        classes = np.concatenate(
            [self.known_classes, np.fromiter(self.recent.values(), dtype=np.int64, count=count)]
        )
        order = np.argsort(keys, kind="stable")
        self.known_keys, self.known_classes = keys[order], classes[order]
        self.recent = {}

    # ------------------------------------------------------------------ matching
    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Return `(match_id, start, end)` like `Matcher(doc)`, grouped by start."""
        n = len(doc)
        if n == 0:
            return []
        cls, (startable, longest, repeats, coverable) = self.classes(doc)
        starts = np.flatnonzero(startable[cls])
        if not starts.size:
            return []
        # A match ends before the first token no condition covers ...
        blocked = np.flatnonzero(~coverable[cls])
        if blocked.size:
            idx = np.searchsorted(blocked, starts)
            stop = np.where(idx < blocked.size, blocked[np.minimum(idx, blocked.size - 1)], n)
        else:
            stop = np.full(starts.size, n)
        # ... and before the (L+1)-th token from its start that no `*`/`+` step can take.
        fixed = np.cumsum(~repeats[cls])
        before = np.where(starts > 0, fixed[np.maximum(starts - 1, 0)], 0)
        limit = np.searchsorted(fixed, before + longest[cls[starts]] + 1, side="left")
        ends = np.minimum(np.minimum(stop, limit) + 1, n)
        row = cls.astype(np.int32).tobytes()  # a window's classes, as a hashable slice
        letters = _class_letters(cls)
        windows = self.windows
        found: list[tuple[int, int, int]] = []
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            key = (row[4 * start : 4 * end], end == n)
            hits = windows.get(key)
            if hits is None:
                hits = self._window(doc, start, end, int(cls[start]), end == n, letters)
                if len(windows) > _WINDOW_LIMIT:
                    windows.clear()
                windows[key] = hits
            found.extend((match_id, start, start + length) for match_id, length in hits)
        return found

    def _regex(self, rule: int) -> re.Pattern[str]:
        """Rule `rule` as a regular expression over class letters (see `_class_letters`).

        A condition becomes the set of the letters of the classes that meet it, and the
        quantifiers keep their meaning, so the expression matches a run of class letters
        exactly where the rule matches tokens of those classes.
        """
        with self.lock:  # a class learned meanwhile must not be missed
            regex = self.regexes[rule]
            if regex is None:
                parts = []
                for bit, op in self.rule_steps[rule]:
                    letters = self.bit_letters[bit]
                    if op == "!":
                        parts.append(f"[^{letters}]" if letters else ".")
                    else:
                        parts.append(f"[{letters}]" if letters else "(?!)")
                        if op in ("?", "*", "+"):
                            parts.append(op)
                regex = self.regexes[rule] = re.compile("".join(parts), re.DOTALL)
        return regex

    def _window(
        self,
        doc: Doc,
        start: int,
        end: int,
        cls: int,
        at_end: bool,
        letters: str,
    ) -> tuple[tuple[int, int], ...]:
        # Keep the rules that match the window's class letters from its start: a rule that
        # does not match them cannot match its tokens, and most windows keep none.
        regexes = self.regexes
        rules = 0
        for i in _bits(self.class_rules[cls]):
            regex = regexes[i] or self._regex(i)
            if regex.match(letters, start, end):
                rules |= 1 << i
        if not rules:
            return ()
        matcher = self.subsets.get(rules)
        if matcher is None:
            matcher = Matcher(self.vocab)
            for i in _bits(rules):  # in rule order: the matcher's order within a span
                key, pattern = self.rules[i]
                matcher.add(key, [pattern])
            if len(self.subsets) > 1024:
                self.subsets.clear()
            self.subsets[rules] = matcher
        size = end - start
        return tuple(
            (match_id, e)
            for match_id, s, e in matcher(doc[start:end])
            if s == 0 and (e < size or at_end)
        )


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """`spacy.util.filter_spans` on `(key, start, end)` tuples, before any Span is made.

    The longest match wins, then the earliest; among equal spans the first in `matches`.
    """
    ordered = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    seen: set[int] = set()
    kept = []
    for match in ordered:
        _, start, end = match
        if start not in seen and end - 1 not in seen:
            kept.append(match)
            seen.update(range(start, end))
    kept.sort(key=lambda m: m[1])
    return kept


# Class k is the letter chr(0x80 + k): no regex syntax, no "\n" (and the expressions are
# compiled with DOTALL). The first 128 classes stay below U+0100, where `re` compiles a set of
# letters as a bitmap: ten times faster than a set of wider characters, and a matcher
# compiles a few thousand of them as it learns classes.
_LETTER_BASE = 0x80


def _letter(cls: int) -> str:
    return chr(_LETTER_BASE + cls)


def _class_letters(cls: Any) -> str:
    """The classes of a document's tokens as a string, one letter per token."""
    letters: str = (cls.astype(np.uint32) + _LETTER_BASE).tobytes().decode("utf-32-le")
    return letters


def _bits(mask: int) -> list[int]:
    """Indices of the set bits of `mask`, lowest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def _literal(cond: dict[str, Any]) -> tuple[str, list[str]] | None:
    """(ORTH or LOWER, values) for a condition that is one attribute equal to or IN strings."""
    if len(cond) != 1:
        return None
    ((attr, value),) = cond.items()
    attr = attr.upper()
    if attr not in ("ORTH", "TEXT", "LOWER"):
        return None
    if isinstance(value, str):
        values = [value]
    elif (
        isinstance(value, dict)
        and list(value) == ["IN"]
        and isinstance(value["IN"], list)
        and all(isinstance(v, str) for v in value["IN"])
    ):
        values = value["IN"]
    else:
        return None
    return ("LOWER" if attr == "LOWER" else "ORTH"), values


# What `_lexeme_test` reads of a lexeme: the attribute of each string or flag condition.
_LEXEME_STRINGS = {
    "ORTH": "orth_", "TEXT": "orth_", "LOWER": "lower_", "SHAPE": "shape_",
    "PREFIX": "prefix_", "SUFFIX": "suffix_",
}  # fmt: skip
_LEXEME_FLAGS = {
    "IS_ALPHA": "is_alpha", "IS_ASCII": "is_ascii", "IS_DIGIT": "is_digit",
    "IS_LOWER": "is_lower", "IS_UPPER": "is_upper", "IS_TITLE": "is_title",
    "IS_PUNCT": "is_punct", "IS_SPACE": "is_space", "IS_STOP": "is_stop",
    "IS_BRACKET": "is_bracket", "IS_QUOTE": "is_quote", "IS_LEFT_PUNCT": "is_left_punct",
    "IS_RIGHT_PUNCT": "is_right_punct", "IS_CURRENCY": "is_currency", "LIKE_NUM": "like_num",
    "LIKE_URL": "like_url", "LIKE_EMAIL": "like_email",
}  # fmt: skip


def _lexeme_test(cond: dict[str, Any]) -> tuple[tuple[str, str, Any], ...] | None:
    """A token condition as checks on its lexeme that give what spaCy's `Matcher` gives, or
    None for a form left to the matcher.

    Each check is (kind, lexeme attribute, argument): a flag equal to a bool, a string
    attribute equal to a string, `IN` or `NOT_IN` a list of strings, or searched by a
    `REGEX` (`re.search`, as the matcher does). A condition holds when all its checks do.
    """
    checks: list[tuple[str, str, Any]] = []
    for attr, value in cond.items():
        attr = attr.upper()
        if attr in _LEXEME_FLAGS and isinstance(value, bool):
            checks.append(("eq", _LEXEME_FLAGS[attr], value))
            continue
        name = _LEXEME_STRINGS.get(attr)
        if name is None:
            return None
        if isinstance(value, str):
            checks.append(("eq", name, value))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op == "REGEX" and isinstance(arg, str):
                checks.append(("re", name, re.compile(arg).search))
            elif (
                op in ("IN", "NOT_IN")
                and isinstance(arg, list)
                and all(isinstance(v, str) for v in arg)
            ):
                checks.append(("in" if op == "IN" else "not_in", name, frozenset(arg)))
            else:
                return None
        else:
            return None
    return tuple(checks) if checks else None


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|^\(\?[aiLmsux]+\)")


def _joint_searches(
    tests: list[tuple[int, tuple[tuple[str, str, Any], ...]]],
) -> tuple[list[tuple[str, Any, list[tuple[int, int]]]], list[tuple[int, tuple[Any, ...]]]]:
    """Join the conditions that are one regex on one attribute into one expression per
    attribute, so that a string is searched once for all of them.

    Each regex becomes an optional lookahead `(?=(?:(?s:.*?)(P))?)` at the start: its group
    is set exactly when `P` matches somewhere in the string, as `re.search(P)` would (a
    regex anchored at the start, `^...` with no alternative beside it, needs no `.*?`). A
    regex with a back-reference or a global flag stays a test of its own, as do all the
    regexes of an attribute when their joint expression does not compile.

    Returns:
        Per attribute: (attribute, the joint expression's `match`, [(index of the regex's
        group in `groups()`, condition bit)]), and the tests left as they were.
    """
    by_attr: dict[str, list[tuple[int, str]]] = {}
    rest = []
    for bit, checks in tests:
        if len(checks) == 1 and checks[0][0] == "re":
            (_, name, search) = checks[0]
            pattern = search.__self__
            if not pattern.flags & ~re.UNICODE and not _BACKREFERENCE.search(pattern.pattern):
                by_attr.setdefault(name, []).append((bit, pattern.pattern))
                continue
        rest.append((bit, checks))
    searches = []
    for name, items in by_attr.items():
        names = [f"_cond{i}_" for i in range(len(items))]
        try:
            joint = re.compile(
                "".join(
                    f"(?=(?:{'' if _anchored(p) else '(?s:.*?)'}(?P<{n}>{p}))?)"
                    for n, (_, p) in zip(names, items, strict=True)
                )
            )
        except re.error:
            rest.extend((bit, (("re", name, re.compile(p).search),)) for bit, p in items)
            continue
        groups = [
            (joint.groupindex[n] - 1, bit) for n, (bit, _) in zip(names, items, strict=True)
        ]
        searches.append((name, joint.match, groups))
    return searches, rest


def _anchored(pattern: str) -> bool:
    """Whether a regex can only match at the start: it begins with `^` and has no `|` outside
    its groups (`^a|b` finds "b" anywhere)."""
    if not pattern.startswith("^"):
        return False
    depth, i, in_class = 0, 1, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] in ("]", "^"):  # "[]...]" and "[^]...]" take "]" first
                i += 1 + (pattern[i + 1 : i + 3] == "^]")
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
        i += 1
    return True


_LOCAL = threading.local()


def _unique_orths(doc: Doc) -> tuple[Any, Any]:
    """Distinct token hashes of `doc` and each token's index among them (memoized per doc)."""
    last = getattr(_LOCAL, "last", None)
    if last is not None and last[0] is doc and len(last[2]) == len(doc):
        return last[1], last[2]
    uniq, inverse = np.unique(doc.to_array(ORTH), return_inverse=True)
    _LOCAL.last = (doc, uniq, inverse)
    return uniq, inverse


@Language.factory("bulletin_quantities", default_config={"spans_key": QUANTITIES})
def make_quantities(nlp: Language, name: str, spans_key: str) -> SpanRules:
    """Quantities: percentages, points, money, multiples, fractions, units, numbers."""
    return SpanRules(nlp, {spans_key: load_rules("quantities")})


@Language.factory("bulletin_periods", default_config={"spans_key": PERIODS})
def make_periods(nlp: Language, name: str, spans_key: str) -> SpanRules:
    """Period phrases: months, quarters, ranges, 'in the year to', 'a year earlier'."""
    return SpanRules(nlp, {spans_key: load_rules("periods")})


@Language.factory("bulletin_agencies", default_config={"spans_key": AGENCIES})
def make_agencies(nlp: Language, name: str, spans_key: str) -> AgencyRules:
    """Organizations and countries from the gazetteer (`patterns/agencies.jsonl`), and names
    of an organization's shape it lacks (`patterns/organizations.jsonl`)."""
    return AgencyRules(nlp, spans_key)


# Words that open a matched name without being part of it: "The National Retail Federation".
_NAME_OPENERS = frozenset("the a an in on at by for and of".split())


class AgencyRules:
    """The gazetteer's organizations and countries, then the names of an organization's shape
    ("the National Retail Federation", "Society of Indian Automobile Manufacturers") where no
    gazetteer name stands; each of those takes the gazetteer's entry if it knows the name,
    else an entry made for it (`Gazetteer.named`)."""

    def __init__(self, nlp: Language, spans_key: str) -> None:
        from .agencies import default_gazetteer

        self.gazetteer = default_gazetteer()
        self.spans_key = spans_key
        self.known = SpanRules(nlp, {spans_key: self.gazetteer.span_patterns()})
        self.shapes = RuleMatcher(nlp, load_rules("organizations"))

    def __call__(self, doc: Doc) -> Doc:
        doc = self.known(doc)
        spans = list(doc.spans[self.spans_key])
        found = []
        dropped: set[int] = set()  # countries inside a found name: "Society of Indian ..."
        for s in self.shapes.spans(doc):
            start = s.start
            while start < s.end and doc[start].lower_ in _NAME_OPENERS:
                start += 1
            while start > 1 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].is_title:
                start -= 2  # "Management and Coordination Agency": the whole name
                while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ != "the":
                    start -= 1
            if any(g.start <= start and s.end <= g.end for g in spans):
                continue  # "the European Union": a place, not an organization
            if start > 0 and doc[start - 1].lower_ in ("'s", "\u2019s"):
                continue  # "the Riksbank's Executive Board": a body of the one named
            inside = [k for k, g in enumerate(spans) if g.start < s.end and start < g.end]
            if any(spans[k].label_ != "COUNTRY" for k in inside):
                continue
            words = [t for t in doc[start : s.end] if t.lower_ not in _NAME_OPENERS]
            if len(words) < 2:
                continue  # "The Commission": a bare head names no one
            if [t.lower_ for t in words[-2:]] == ["foreign", "exchange"]:
                continue  # "Foreign Exchange": what is traded, not who trades it
            org = self.gazetteer.named(doc[start : s.end].text)
            if org is None:
                continue
            found.append(Span(doc, start, s.end, label="AGENCY", span_id=org.id))
            dropped.update(inside)
        if found:
            spans = [*(g for k, g in enumerate(spans) if k not in dropped), *found]
        short, redefined = _short_names(doc, spans)
        if found or short:
            kept = [g for g in spans if (g.start, g.end) not in redefined]
            doc.spans[self.spans_key] = sorted([*kept, *short], key=lambda x: x.start)
        return doc


def _short_names(doc: Doc, spans: list[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """A short name a document gives an organization in brackets or between commas ("the
    Building Societies Association (BSA)", "the Brazilian Coffee Institute, IBC, said") names
    it wherever it stands alone later ("The BSA said ..."), also where the gazetteer gives
    the letters to another body ("the European Biogas Association (EBA)" is not the European
    Banking Authority in that document). Returns the short names' spans and the (start, end)
    of the gazetteer's spans they replace."""
    n = len(doc)
    short: dict[str, Span] = {}
    defining: set[int] = set()
    for s in spans:
        if s.label_ != "AGENCY" or s.end + 2 >= n:
            continue
        opened, closed = doc[s.end].text, doc[s.end + 2].text
        if (opened, closed) not in (("(", ")"), (",", ",")):
            continue
        word = doc[s.end + 1].text
        # (capitals, or capitals with small letters between: "BoT", "BoJ", "RBNZ")
        if (
            word.isalpha()
            and word[0].isupper()
            and sum(c.isupper() for c in word) >= 2
            and 2 <= len(word) <= 6
        ):
            short.setdefault(word, s)
            defining.add(s.end + 1)
    if not short:
        return [], set()
    redefined = {
        (s.start, s.end)
        for s in spans
        if s.end - s.start == 1
        and s.text in short
        and s.label_ == "AGENCY"
        and s.id != short[s.text].id
    }
    taken = {
        t for s in spans if (s.start, s.end) not in redefined for t in range(s.start, s.end)
    } | defining
    found = [
        Span(doc, t.i, t.i + 1, label="AGENCY", span_id=short[t.text].id)
        for t in doc
        if t.text in short and t.i not in taken
    ]
    return found, redefined


@Language.factory("bulletin_cues", default_config={})
def make_cues(nlp: Language, name: str) -> SpanRules:
    """Cues around quantities: change words, bases, qualifiers, credits, markers."""
    return SpanRules(nlp, {key: read_family_file(file) for file, key in CUE_KEYS.items()})


@Language.factory("bulletin_records", default_config={"ref_date": None})
def make_records(nlp: Language, name: str, ref_date: str | None) -> Any:
    """Turn the spans of the other components into metric records (`doc._.metric_records`)."""
    from .normalizer import RecordBuilder

    set_extensions()
    return RecordBuilder(ref_date=ref_date)


#: The component that starts a sentence after each line break, before a parser.
LINE_BREAKS = "bulletin_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so that a parser that runs next (it keeps
    boundaries set before it) neither joins two paragraphs in one sentence nor draws an
    arc between them."""
    last = len(doc) - 1
    for tok in doc:
        if tok.i < last and tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc
