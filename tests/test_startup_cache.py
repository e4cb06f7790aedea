"""What start-up keeps and reuses: the tokenizer built in one go, and the file cache of the
checked rules and of the gazetteer (`resources.cached`).

A cache must give what building gives; a changed source must be built again; a corrupt,
foreign or unwritable cache must be ignored.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import spacy

from bulletin_extract import agencies, patterns, resources, tokenizer
from bulletin_extract.resources import CACHE_KEEP, NO_CACHE_ENV, cache_dir, cached

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "corpus").glob("annotated*/*.txt"))
ODD = (
    "(-$262 million) 2%-4% 5.2%/yr 2.5\u20133.0% $5-$10bn \u2212US$3bn +£5m don't U.S. "
    "2019\u201320 (4%)"
)


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder for the test (the user's is left alone)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(NO_CACHE_ENV, raising=False)
    return tmp_path / "cache" / "bulletin_extract"


# ------------------------------------------------------------------ tokenizer
def _customized_one_by_one() -> Any:
    """The tokenizer as it was made before: spaCy's, then each expression set in turn."""
    from spacy.util import compile_infix_regex, compile_prefix_regex

    tok = spacy.blank("en").tokenizer
    prefix = tok.prefix_search.__self__.pattern
    tok.prefix_search = compile_prefix_regex([*tokenizer.PREFIXES, prefix]).search
    infix = tok.infix_finditer.__self__.pattern
    tok.infix_finditer = compile_infix_regex([*tokenizer.INFIXES, infix]).finditer
    suffix = tok.suffix_search.__self__.pattern  # (each entry already ends in "$")
    ours = [f"{s}$" for s in tokenizer.SUFFIXES]
    tok.suffix_search = re.compile("|".join([*ours, suffix])).search
    tok.rules = tokenizer.special_cases(tok.rules)
    return tok


def _tokens(tok: Any, text: str) -> list[tuple[str, int, str]]:
    return [(t.text, t.idx, t.whitespace_) for t in tok(text)]


def test_the_tokenizer_built_in_one_go_is_the_one_customized_step_by_step() -> None:
    reference = _customized_one_by_one()
    made = tokenizer.blank().tokenizer
    in_place = tokenizer.customize(spacy.blank("en").tokenizer)
    for tok in (made, in_place):
        for attr in ("prefix_search", "suffix_search", "infix_finditer"):
            assert getattr(tok, attr).__self__.pattern == getattr(reference, attr).__self__.pattern
        assert tok.token_match == reference.token_match
        assert tok.url_match == reference.url_match
        assert tok.rules == reference.rules
        assert tok.to_bytes(exclude=["vocab"]) == reference.to_bytes(exclude=["vocab"])
        # (in another order; spaCy's own tokenizer, made first for the reference, also holds
        # the strings of the special cases `special_cases` leaves out)
        assert set(tok.vocab.strings) <= set(reference.vocab.strings)
    for tok in (made, in_place):
        for text in [ODD, *(path.read_text(encoding="utf-8") for path in TEXTS)]:
            assert _tokens(tok, text) == _tokens(reference, text)


def test_a_small_letter_before_a_full_stop_ends_the_sentence() -> None:
    tok = tokenizer.blank().tokenizer
    assert [t.text for t in tok("Runs fell to 9.8 mb/d. Margins")][-5:] == [
        "mb", "/", "d", ".", "Margins",
    ]  # fmt: skip
    assert [t.text for t in tok("Trucks may go 80 km/h.")][-2:] == ["h", "."]
    initials = ["said", "John", "D.", "Rockefeller"]
    assert [t.text for t in tok("said John D. Rockefeller")] == initials


def test_a_hyphenated_name_before_a_full_stop_ends_the_sentence() -> None:
    tok = tokenizer.blank().tokenizer
    assert [t.text for t in tok("data from ENTSO-E. Wind output")] == [
        "data", "from", "ENTSO", "-", "E", ".", "Wind", "output",
    ]  # fmt: skip
    assert [t.text for t in tok("the ENTSO-E report")] == ["the", "ENTSO", "-", "E", "report"]
    assert [t.text for t in tok("E.ON and U.S. firms")] == ["E.ON", "and", "U.S.", "firms"]


def test_customize_is_done_once() -> None:
    tok = tokenizer.blank().tokenizer
    pattern = tok.prefix_search.__self__.pattern
    assert tokenizer.customize(tok) is tok
    assert tok.prefix_search.__self__.pattern == pattern
    assert pattern.count(tokenizer.PREFIXES[0]) == 1


def test_the_blank_pipeline_is_english_with_the_bulletin_tokenizer() -> None:
    nlp = tokenizer.blank()
    blank = spacy.blank("en")
    assert nlp.lang == "en"
    assert type(nlp) is type(blank)
    assert nlp.meta == blank.meta
    assert nlp.pipe_names == []
    assert [t.text for t in nlp("(-$262 million)")] == ["(", "-", "$", "262", "million", ")"]


# ------------------------------------------------------------------ the cache itself
def test_a_value_is_built_once_then_read(cache_home: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, Any]:
        calls.append(1)
        return {"rules": [1, 2, 3]}

    assert cached("thing", (b"source",), build) == {"rules": [1, 2, 3]}
    [file] = cache_home.glob("thing-*.pickle")
    assert cached("thing", (b"source",), build) == {"rules": [1, 2, 3]}
    assert len(calls) == 1
    assert not list(cache_home.glob("*.tmp"))  # written through a renamed temporary file
    assert file.exists()


def test_a_changed_source_is_built_again(cache_home: Path) -> None:
    assert cached("thing", (b"old",), lambda: "old") == "old"
    assert cached("thing", (b"new",), lambda: "new") == "new"
    assert cached("thing", (b"old",), lambda: "rebuilt") == "old"  # both kept, by name
    assert len(list(cache_home.glob("thing-*.pickle"))) == 2


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle",
        pickle.dumps({"a": 1}),  # no header
        pickle.dumps((("other", "thing-x.pickle"), "value")),  # another file's header
    ],
    ids=["empty", "garbage", "no-header", "foreign"],
)
def test_a_corrupt_cache_file_is_ignored_and_replaced(cache_home: Path, content: bytes) -> None:
    assert cached("thing", (b"source",), lambda: "good") == "good"
    [file] = cache_home.glob("thing-*.pickle")
    file.write_bytes(content)
    assert cached("thing", (b"source",), lambda: "rebuilt") == "rebuilt"
    assert cached("thing", (b"source",), lambda: "again") == "rebuilt"  # replaced


def test_a_truncated_cache_file_is_ignored(cache_home: Path) -> None:
    cached("thing", (b"source",), lambda: list(range(10_000)))
    [file] = cache_home.glob("thing-*.pickle")
    file.write_bytes(file.read_bytes()[:1000])
    assert cached("thing", (b"source",), lambda: ["rebuilt"]) == ["rebuilt"]


def test_a_value_that_fails_its_check_is_built_again(cache_home: Path) -> None:
    cached("thing", (b"source",), lambda: "a string")
    value = cached("thing", (b"source",), lambda: 42, valid=lambda v: isinstance(v, int))
    assert value == 42


def test_an_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.delenv(NO_CACHE_ENV, raising=False)
    assert cached("thing", (b"source",), lambda: "built") == "built"
    assert cached("thing", (b"source",), lambda: "built again") == "built again"


def test_only_the_newest_files_of_a_kind_are_kept(cache_home: Path) -> None:
    for i in range(CACHE_KEEP + 3):
        cached("thing", (str(i),), lambda i=i: i)  # type: ignore[misc]
        written = cache_home / f"thing-{resources.cache_digest((str(i),))}.pickle"
        os.utime(written, (1_000_000 + i, 1_000_000 + i))  # each older than the next
    cached("other", (b"x",), lambda: "kept")
    assert len(list(cache_home.glob("thing-*.pickle"))) == CACHE_KEEP
    assert cached("thing", (str(CACHE_KEEP + 2),), lambda: "rebuilt") == CACHE_KEEP + 2
    assert cached("thing", ("0",), lambda: "rebuilt") == "rebuilt"  # the oldest went
    assert len(list(cache_home.glob("other-*.pickle"))) == 1


def test_the_cache_can_be_turned_off(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NO_CACHE_ENV, "1")
    assert cached("thing", (b"source",), lambda: 1) == 1
    assert cached("thing", (b"source",), lambda: 2) == 2
    assert not cache_home.exists()


def test_the_key_holds_python_and_spacy_versions() -> None:
    digest = resources.cache_digest((b"source",))
    assert digest == resources.cache_digest((b"source",))
    assert digest != resources.cache_digest((b"source", b""))
    assert digest != resources.cache_digest((b"sourc", b"e"))  # parts do not run together


# ------------------------------------------------------------------ what is cached
@pytest.fixture
def rule_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of `patterns/` that the test may change, read instead of the real one."""
    folder = tmp_path / "patterns"
    shutil.copytree(resources.patterns_dir(), folder)  # type: ignore[arg-type]
    monkeypatch.setattr(resources, "patterns_dir", lambda: folder)
    return folder


def test_checked_rules_come_from_the_cache(cache_home: Path) -> None:
    read = patterns.read_family_file.__wrapped__
    for name in [n for names in patterns.RULE_FILES.values() for n in names]:
        expected = tuple(patterns.validate_rules(resources.read_jsonl(name), name))
        assert read(name) == expected  # built
        assert read(name) == expected  # read back
        assert len(list(cache_home.glob(f"rules.{name.removesuffix('.jsonl')}-*.pickle"))) == 1


def test_a_changed_rule_file_is_read_again(cache_home: Path, rule_folder: Path) -> None:
    read = patterns.read_family_file.__wrapped__
    before = read("markers.jsonl")
    row = {"label": "MARKER", "pattern": "test marker phrase", "id": "marker.test_only"}
    with (rule_folder / "markers.jsonl").open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(row) + "\n")
    after = read("markers.jsonl")
    assert after == (*before, row)
    assert len(list(cache_home.glob("rules.markers-*.pickle"))) == 2


def test_a_corrupt_rule_cache_is_ignored(cache_home: Path) -> None:
    read = patterns.read_family_file.__wrapped__
    expected = read("bases.jsonl")
    [file] = cache_home.glob("rules.bases-*.pickle")
    file.write_bytes(pickle.dumps((("rules.bases", file.name), ({"id": "wrong"},))))
    assert read("bases.jsonl") == expected


def test_a_bad_rule_file_is_an_error_with_or_without_a_cache(
    cache_home: Path, rule_folder: Path
) -> None:
    read = patterns.read_family_file.__wrapped__
    read("markers.jsonl")
    with (rule_folder / "markers.jsonl").open("a", encoding="utf-8") as stream:
        stream.write('{"label": "MARKER", "pattern": "x"}\n')
    with pytest.raises(resources.PatternFileError, match=r"markers\.jsonl:\d+: bad keys"):
        read("markers.jsonl")


def _same_gazetteer(a: agencies.Gazetteer, b: agencies.Gazetteer) -> None:
    assert a.organizations == b.organizations
    assert a.countries == b.countries
    assert a.span_patterns() == b.span_patterns()
    for name, country in [
        ("the Japanese finance ministry", None),
        ("Ministry of Finance", "JP"),
        ("Statistcs Canada", None),
        ("BANK OF JAPAN", None),
        ("the government's Management and Coordination Agency", None),
        ("Fed", None),
        ("fed", None),
    ]:
        assert a.lookup(name, country) == b.lookup(name, country), name
    for text in ["Canada's", "euro zone", "Latin America", "U.S.", "nowhere"]:
        assert a.country_of(text) == b.country_of(text)


def test_the_gazetteer_comes_from_the_cache(cache_home: Path) -> None:
    load = agencies._load_named.__wrapped__
    built = agencies.Gazetteer._load("agencies.jsonl", "countries.jsonl")
    first = load("agencies.jsonl", "countries.jsonl")
    [file] = cache_home.glob("gazetteer-*.pickle")
    again = load("agencies.jsonl", "countries.jsonl")
    assert again is not first
    _same_gazetteer(again, built)
    _same_gazetteer(first, built)
    assert again.lookup("the Japanese finance ministry") is not None  # its own lookup cache
    assert file.exists()


def test_a_changed_gazetteer_file_is_read_again(cache_home: Path, rule_folder: Path) -> None:
    load = agencies._load_named.__wrapped__
    assert load("agencies.jsonl", "countries.jsonl").lookup("Testland Statistics") is None
    row = {
        "id": "agency.xx.stats",
        "name": "Testland Statistics",
        "country": "XX",
        "kind": "statistics_office",
        "aliases": ["Testland Statistics"],
    }
    with (rule_folder / "agencies.jsonl").open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(row) + "\n")
    changed = load("agencies.jsonl", "countries.jsonl")
    assert changed.by_id("agency.xx.stats").name == "Testland Statistics"
    assert any(p["id"] == "agency.xx.stats" for p in changed.span_patterns())
    assert len(list(cache_home.glob("gazetteer-*.pickle"))) == 2


def test_a_corrupt_gazetteer_cache_is_ignored(cache_home: Path) -> None:
    load = agencies._load_named.__wrapped__
    built = load("agencies.jsonl", "countries.jsonl")
    [file] = cache_home.glob("gazetteer-*.pickle")
    file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])
    _same_gazetteer(load("agencies.jsonl", "countries.jsonl"), built)
    file.write_bytes(pickle.dumps((("gazetteer", file.name), "not a gazetteer")))
    _same_gazetteer(load("agencies.jsonl", "countries.jsonl"), built)


def test_the_pipeline_starts_from_the_caches(cache_home: Path) -> None:
    from bulletin_extract.api import build_pipeline
    from bulletin_extract.records import to_jsonl

    text = (ROOT / "corpus" / "wire_story.txt").read_text(encoding="utf-8")

    def records() -> str:
        agencies._load_named.cache_clear()
        patterns.read_family_file.cache_clear()
        patterns.load_rules.cache_clear()
        nlp = build_pipeline()
        doc = nlp(text)
        from bulletin_extract.records import Record

        return to_jsonl([Record.from_dict(r) for r in doc._.metric_records])

    try:
        cold = records()
        assert list(cache_home.glob("gazetteer-*.pickle"))
        # one per rule file: quantities, periods, organizations and the five cue files
        assert len(list(cache_home.glob("rules.*-*.pickle"))) == 8
        warm = records()
    finally:
        agencies._load_named.cache_clear()
        patterns.read_family_file.cache_clear()
        patterns.load_rules.cache_clear()
    assert warm == cold
    assert cache_dir() == cache_home


def test_the_command_line_collects_garbage_again_once_started(tmp_path: Path) -> None:
    import gc

    from bulletin_extract import cli

    (tmp_path / "a.txt").write_text("Exports rose 6.3% in July 2025.\n", encoding="utf-8")
    assert gc.isenabled()
    cli._pause_gc()
    try:
        assert not gc.isenabled()
        code = cli.run([str(tmp_path / "a.txt")], output=tmp_path / "out.jsonl", quiet=True)
        assert code == 0
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        cli._gc_after_start_up()  # a second call does nothing
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
    assert "6.3%" in (tmp_path / "out.jsonl").read_text(encoding="utf-8")
