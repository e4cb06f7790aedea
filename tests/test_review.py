"""The review page: built from records and texts, then used in headless Chromium.

The browser tests drive Debian's `chromium` (install it with `scripts/install_browser.sh`)
through Playwright's Python API; they never run `playwright install`. They are skipped, with
the reason, only where Playwright or Chromium is missing; with BULLETIN_REQUIRE_BROWSER=1 (for
CI, where the browser is installed) a missing browser fails instead. Screenshots are written
to the test's tmp folder, and also to tests/artifacts/ when BULLETIN_SAVE_ARTIFACTS=1 and to
BULLETIN_SHOTS (a folder) when that is set.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from bulletin_extract import extract
from bulletin_extract.cli import group
from bulletin_extract.commands import review_command
from bulletin_extract.formats import read_jsonl, write_records
from bulletin_extract.records import Period, Record
from bulletin_extract.review import (
    Mention,
    ReviewDoc,
    _Mark,
    collect,
    record_warnings,
    render_page,
    render_text,
    skip_reason,
    storage_key,
    unit_kind,
)

from .conftest import CORPUS, ROOT

REF_DATES: dict[str, str] = json.loads((CORPUS / "refdates.json").read_text(encoding="utf-8"))
ECOMMERCE = ("ecommerce_engine_2024.txt", "live_broadcast_users_2022.txt")
CHROMIUM = os.environ.get("BULLETIN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
RUNNER = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer(add_completion=False)
    app.command("review")(review_command)
    app.command("noop", hidden=True)(lambda: None)
    return app


def _record(text: str, start: int, unit: str = "percent", **kw: Any) -> Record:
    return Record(
        doc_id="t.txt", text=text, start=start, end=start + len(text), value=1.0, unit=unit, **kw
    )


def _corpus_records(names: tuple[str, ...] = ECOMMERCE) -> list[Record]:
    return [
        r
        for name in names
        for r in extract(
            (CORPUS / name).read_text(encoding="utf-8"), ref_date=REF_DATES[name], doc_id=name
        )
    ]


# ------------------------------------------------------------------ without a browser


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("percent", "percent"),
        ("percentage_point", "point"),
        ("basis_point", "point"),
        ("index_point", "point"),
        ("times", "times"),
        ("fraction", "fraction"),
        ("count", "count"),
        ("CNY", "money"),
        ("USD", "money"),
        ("tonne", "physical"),
        ("kilowatt hour", "physical"),
    ],
)
def test_unit_kind(unit: str, kind: str) -> None:
    assert unit_kind(unit) == kind


def _mark(start: int, end: int, layer: int, seq: int, name: str) -> _Mark:
    return _Mark(start, -end, layer, seq, name, {"data-n": name})


def test_render_text_nests_and_splits_crossing_marks() -> None:
    text = "abcdefghij"
    marks = [_mark(0, 6, 0, 0, "a"), _mark(2, 4, 1, 1, "b"), _mark(5, 9, 2, 2, "c")]
    out = render_text(text, marks)
    assert out == (
        '<span class="a" data-n="a">ab<span class="b" data-n="b">cd</span>e'
        '<span class="c" data-n="c">f</span></span>'
        '<span class="c" data-n="c" data-part="2">ghi</span>j'
    )


def test_render_text_escapes_html() -> None:
    assert render_text("<b>&", []) == "&lt;b&gt;&amp;"


# Numbers the record builder leaves out, with the reason the page gives; [brackets] mark the
# number. None: no cue, a possible miss.
SKIP_CASES = [
    ("Prices rose 2.1% in the [12]-month period.", "a span of time ('12-month')"),
    ("Sales in the three-month period fell; the [three] month average", "a span of time"),
    ("the targets set in the [14]th Five-Year Plan", "an ordinal"),
    ("the targets set in the 14th [Five]-Year Plan", "the name of an event or plan"),
    ("the number of [5]G mobile phone users", "part of a name or code"),
    ("during the [618] shopping festival, trade", "the name of an event or plan"),
    ('on the first day of the "Double [11]" pre-sale', "part of a name"),
    ("are available in Table [3].", "a table, section, page or item number"),
    ("People in Work\n[1]. Employment\n2. Sectors", "list numbering"),
    ("people aged [16] to 64 in work", "an age bound"),
    ("The index ([2002]=100) stood at 161.4", "a year"),
    ("The index (2002=[100]) stood at 161.4", "an index base"),
    ("WASHINGTON, March [4] - Prices of finished goods", "the day of a date"),
    ("up 9% quarter-on-[quarter] in the period", "a period word, not a fraction"),
    ("in the April-June [quarter] from a year earlier", "a period word, not a fraction"),
    ("across all [27] Member States.", "the size of a classification"),
    ("rose for [28] straight months", "a streak or a span of time"),
    ("the fastest pace in [two] years", "a span of time"),
    ("On the [one] hand, trade", "a number word outside 'two of the four' or 'a total of six'"),
    ("the bank's [2]%-4% target range", None),
    ("Exports rose [7] per cent", None),
    ("almost [half] of all sales", None),
    ("the saving rate jumped [half] a percentage point", None),
    ("the ratio remains low, between [eight] and 10 pct.", None),
    ("the ratio remains very low at [six] to eight pct.", None),
    ("[three] out of the nine English regions", None),
    ("the peak in January 2008 of [180.8].", None),
    ("sales were up in six of [nine] subsectors", "the size of a classification"),
]


@pytest.mark.parametrize(
    ("marked", "reason"), SKIP_CASES, ids=[re.sub(r"\W+", "_", c[0])[:40] for c in SKIP_CASES]
)
def test_skip_reason(marked: str, reason: str | None) -> None:
    start = marked.index("[")
    end = marked.index("]") - 1
    text = marked.replace("[", "").replace("]", "")
    assert skip_reason(text, start, end) == reason


def test_misses_mentions_and_problems(nlp: Any, tmp_path: Path) -> None:
    text = "Sales rose 5% in March 2024, the third rise; see Table 7.\nExports rose 12% to 40.\n"
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    good = _record("5%", text.index("5%"), period=Period("in March 2024"), metric="Sales")
    wrong = _record("9%", 0)  # offsets that do not point at its text
    (doc,) = collect([good, wrong], tmp_path, nlp=nlp)
    assert doc.record_ok == [True, False]
    assert any("does not match" in p for p in doc.problems)
    assert "in March 2024" in [m.text for m in doc.periods]
    period = doc.period_of[0]
    assert period is not None
    assert doc.periods[period].text == "in March 2024"
    assert doc.metric_of[0] == (0, 5)  # "Sales"
    missed = {m.text: (m.skipped, m.note) for m in doc.misses}
    assert "2024" not in missed  # inside a period phrase: a date, not a number to review
    assert missed["7"] == (True, "a table, section, page or item number")
    assert missed["12%"][0] is False  # a measurement with no record: a possible miss
    assert missed["12%"][1] == "a quantity rule matched here, but no record was made"


def test_record_warnings() -> None:
    a = _record("5%", 10, period=Period("last year"))
    b = _record("5%", 10, metric="sales")
    assert record_warnings([a, a, b]) == [
        "records for the same mention, 3 times: #1, #2, #3 ('5%' at 10:12)",
        "2 periods without dates: #1 'last year', #2 'last year'",
    ]
    assert record_warnings([b, b]) == ["the same record given 2 times: #1, #2 ('5%' at 10:12)"]


def test_records_without_text_are_listed_with_a_problem(nlp: Any, tmp_path: Path) -> None:
    (doc,) = collect([_record("5%", 0)], tmp_path, nlp=nlp)
    assert doc.text is None
    assert "not found" in doc.problems[0]
    data = _page_data(render_page([doc]))
    assert data["docs"][0]["found"] is False
    assert data["docs"][0]["html"] == ""
    assert len(data["docs"][0]["records"]) == 1


def test_include_empty_adds_texts_without_records(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Nothing here.", encoding="utf-8")
    (tmp_path / "t.txt").write_text("Up 5%.", encoding="utf-8")
    docs = collect([_record("5%", 3)], tmp_path, include_empty=True, nlp=nlp)
    assert [d.doc_id for d in docs] == ["t.txt", "a.txt"]


def _page_data(page: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def test_page_is_self_contained_and_inlines_the_package_assets() -> None:
    doc = ReviewDoc("d</script>.txt", "x 1 y", [], misses=[Mention(2, 3, "1")])
    page = render_page([doc])
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<link" not in page
    assert page.count("</script>") == 2  # the data cannot close its script element early
    assets = resources.files("bulletin_extract") / "review_assets"
    js = (assets / "review.js").read_text(encoding="utf-8")
    css = (assets / "review.css").read_text(encoding="utf-8")
    assert js.strip() in page
    assert css.strip() in page
    assert "$" not in re.sub(r"<script.*?</script>|<style>.*?</style>", "", page, flags=re.S)
    assert _page_data(page)["docs"][0]["doc_id"] == "d</script>.txt"


def test_storage_key_follows_the_records() -> None:
    one, two = [_record("5%", 0)], [_record("6%", 0)]
    assert storage_key(one, "r.jsonl") == storage_key(list(one), "r.jsonl")
    assert storage_key(one, "r.jsonl") != storage_key(two, "r.jsonl")
    assert storage_key(one, "r.jsonl").startswith("r.jsonl#")


def test_review_command_writes_the_page(tmp_path: Path, nlp: Any) -> None:
    text = "Exports rose 6.3% year on year in July 2025."
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    write_records(extract(text, doc_id="t.txt"), "jsonl", tmp_path / "r.jsonl")
    out = tmp_path / "page.html"
    result = RUNNER.invoke(
        _app(), ["review", str(tmp_path / "r.jsonl"), "--texts", str(tmp_path), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "1 documents, 1 records, 0 possible misses" in result.stderr
    assert result.stdout == ""
    data = _page_data(out.read_text(encoding="utf-8"))
    assert '<span class="m rec k-percent"' in data["docs"][0]["html"]
    assert data["key"].startswith("r.jsonl#")


def test_review_command_rejects_a_file_that_is_no_records(tmp_path: Path) -> None:
    (tmp_path / "r.jsonl").write_text("not json\n", encoding="utf-8")
    result = RUNNER.invoke(_app(), ["review", str(tmp_path / "r.jsonl"), "--texts", str(tmp_path)])
    assert result.exit_code == 1
    assert "not a records file" in result.stderr


def test_review_command_fails_with_one_line_per_missing_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Up 5%.", encoding="utf-8")
    records = [_record("5%", 3), *(Record(f"{n}.txt", "5%", 3, 5, 5.0, "percent") for n in "bc")]
    records[0] = Record("a.txt", "5%", 3, 5, 5.0, "percent")
    write_records(records, "jsonl", tmp_path / "r.jsonl")
    out = tmp_path / "page.html"
    result = RUNNER.invoke(
        _app(), ["review", str(tmp_path / "r.jsonl"), "--texts", str(tmp_path), "-o", str(out)]
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: text of 'b.txt' not found in {tmp_path}",
        f"error: text of 'c.txt' not found in {tmp_path}",
    ]
    assert not out.exists()


def test_review_command_warns_of_duplicates_and_periods_without_dates(tmp_path: Path) -> None:
    text = "Sales rose 5% last year."
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    rec = Record("t.txt", "5%", 11, 13, 5.0, "percent", period=Period("last year"))
    write_records([rec, rec], "jsonl", tmp_path / "r.jsonl")
    result = RUNNER.invoke(
        _app(),
        ["review", str(tmp_path / "r.jsonl"), "-t", str(tmp_path), "-o", str(tmp_path / "p.html")],
    )
    assert result.exit_code == 0, result.output
    assert "warning: t.txt: the same record given 2 times: #1, #2 ('5%' at 11:13)" in (
        result.stderr
    )
    assert "warning: t.txt: 2 periods without dates: #1 'last year', #2 'last year'" in (
        result.stderr
    )


# ------------------------------------------------------------------ in a browser


def _unavailable(reason: str) -> None:
    if os.environ.get("BULLETIN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (BULLETIN_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A Chromium context; each test opens its own tab with `_open`."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed: pip install -e '.[test]'")
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM}: run scripts/install_browser.sh (Debian)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1440, "height": 900},
            accept_downloads=True,
        )
        yield context
        context.close()


def _open(browser: Any, page_file: Path, width: int = 1440) -> Any:
    tab = browser.new_page()
    tab.set_viewport_size({"width": width, "height": 900})
    errors: list[str] = []
    outside: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    tab.route("**/*", only_files)
    tab.goto(page_file.as_uri())
    tab.wait_for_selector("body[data-ready='1']")
    tab.errors, tab.outside = errors, outside
    return tab


def _shots(tmp_path: Path) -> list[Path]:
    folders = [tmp_path]
    if os.environ.get("BULLETIN_SAVE_ARTIFACTS") == "1":
        folders.append(ROOT / "tests" / "artifacts")
    if os.environ.get("BULLETIN_SHOTS"):
        folders.append(Path(os.environ["BULLETIN_SHOTS"]))
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    return folders


def _screenshot(tab: Any, tmp_path: Path, name: str) -> Path:
    folders = _shots(tmp_path)
    first = folders[0] / name
    tab.screenshot(path=str(first))
    for folder in folders[1:]:
        shutil.copyfile(first, folder / name)
    return first


@pytest.fixture(scope="module")
def ecommerce(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Record]]:
    """records.jsonl of the two e-commerce texts, and the page `review` makes of it."""
    out = tmp_path_factory.mktemp("review")
    records = _corpus_records()
    write_records(records, "jsonl", out / "records.jsonl")
    page = out / "review.html"
    result = RUNNER.invoke(
        _app(),
        ["review", str(out / "records.jsonl"), "--texts", str(CORPUS), "--output", str(page)],
    )
    assert result.exit_code == 0, result.output
    return page, records


@pytest.fixture
def tab(browser: Any, ecommerce: tuple[Path, list[Record]]) -> Iterator[Any]:
    tab = _open(browser, ecommerce[0])
    tab.evaluate("localStorage.clear()")
    tab.reload()
    tab.wait_for_selector("body[data-ready='1']")
    yield tab
    tab.close()


def _by_doc(records: list[Record]) -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = {}
    for r in records:
        out.setdefault(r.doc_id, []).append(r)
    return out


def _rows(tab: Any, table: str = "#records") -> list[list[str]]:
    rows: list[list[str]] = tab.eval_on_selector_all(
        f"{table} tbody tr[data-row]", "trs => trs.map(tr => Array.from(tr.cells, c => c.title))"
    )
    return rows


def test_page_loads_without_errors_or_network(tab: Any) -> None:
    assert tab.errors == []
    assert tab.outside == []
    assert tab.title() == "bulletin_extract review"
    assert tab.inner_text("#doc-title") == ECOMMERCE[0]


def test_highlighted_spans_match_the_records_one_document_at_a_time(
    tab: Any, ecommerce: tuple[Path, list[Record]]
) -> None:
    docs = _by_doc(ecommerce[1])
    for index, doc_id in enumerate(ECOMMERCE):
        if index:
            tab.keyboard.press("]")
        assert tab.inner_text("#doc-title") == doc_id
        spans = tab.eval_on_selector_all(
            "#text .m.rec", "els => els.map(e => [+e.dataset.doc, +e.dataset.i, e.textContent])"
        )
        assert {d for d, _, _ in spans} == {index}  # only the document shown
        texts: dict[int, str] = {}
        for _, i, text in spans:  # a mark cut in two pieces joins up again
            texts[i] = texts.get(i, "") + text
        assert [texts[i] for i in range(len(texts))] == [r.text for r in docs[doc_id]]


def test_one_table_across_documents(tab: Any, ecommerce: tuple[Path, list[Record]]) -> None:
    records = ecommerce[1]
    rows = _rows(tab)
    assert len(rows) == len(records)  # all drawn: they fit in the drawing window
    for row, r in zip(rows, records, strict=True):
        doc_id, text, value, unit, metric, direction, basis, qualifier, period = row[:9]
        assert (doc_id, text, float(value), unit) == (r.doc_id, r.text, r.value, r.unit)
        assert (metric or None, direction or None, basis or None) == (
            r.metric,
            r.direction,
            r.basis,
        )
        assert (qualifier or None) == r.qualifier
        assert (period or None) == (r.period.text if r.period else None)
        assert (row[10] or None) == r.agency
    heights = tab.eval_on_selector_all(
        "#records tbody tr[data-row]", "trs => trs.map(tr => tr.getBoundingClientRect().height)"
    )
    assert max(heights) < 30  # one line per row


def test_clicking_a_span_shows_its_fields_and_links(
    tab: Any, ecommerce: tuple[Path, list[Record]]
) -> None:
    records = _by_doc(ecommerce[1])[ECOMMERCE[1]]
    i, record = next((i, r) for i, r in enumerate(records) if r.unit == "CNY" and r.period)
    tab.keyboard.press("]")
    tab.click(f'#text .m.rec[data-i="{i}"]')
    fields = dict(
        tab.eval_on_selector_all(
            "#detail tr[data-field]",
            "trs => trs.map(tr => [tr.dataset.field, tr.cells[1].textContent])",
        )
    )
    assert fields["text"] == record.text
    assert float(fields["value"]) == record.value
    assert fields["unit"] == "CNY"
    assert fields["metric"] == record.metric
    assert fields["agency"] == record.agency
    assert fields["rules"].split() == record.rules
    assert record.period is not None
    assert fields["period"].startswith(record.period.text)
    linked = tab.eval_on_selector_all(
        "#text .m.linked", "els => els.map(e => [e.dataset.kind, e.textContent])"
    )
    assert ("per", record.period.text) in [tuple(x) for x in linked]
    assert "agy" in {kind for kind, _ in linked}
    assert tab.get_attribute(f'#records tr[data-doc="1"][data-i="{i}"]', "class").endswith(
        "selected"
    )


def test_hover_shows_a_tooltip(tab: Any, ecommerce: tuple[Path, list[Record]]) -> None:
    first = ecommerce[1][0]
    tab.hover('#text .m.rec[data-i="0"]')
    assert tab.is_visible("#tip")
    assert first.text in tab.inner_text("#tip")
    tab.mouse.move(700, 890)
    tab.hover("#doc-title")
    assert not tab.is_visible("#tip")


def test_skipped_numbers_are_muted_with_their_reason(tab: Any) -> None:
    tab.keyboard.press("]")  # the live broadcast bulletin: "5G" and the like
    skipped = tab.eval_on_selector_all(
        "#text .m.miss.skip", "els => els.map(e => [+e.dataset.i, e.textContent])"
    )
    assert skipped
    i, _ = skipped[0]
    tab.hover(f'#text .m.miss[data-i="{i}"]')
    assert "skipped on purpose" in tab.inner_text("#tip")
    colour = tab.eval_on_selector(".m.miss.skip", "e => getComputedStyle(e).outlineStyle")
    assert colour == "none"
    tab.check("#show-skipped")
    reasons = tab.eval_on_selector_all(
        "#misses tbody tr[data-row]", "trs => trs.map(tr => tr.cells[2].textContent)"
    )
    assert reasons
    assert all(r.startswith("skipped: ") for r in reasons)
    assert "skipped: part of a name or code" in reasons


def test_filters_by_field_value_empty_fields_and_words(
    tab: Any, ecommerce: tuple[Path, list[Record]]
) -> None:
    records = ecommerce[1]

    def shown() -> int:
        return int(tab.inner_text("#shown").split()[0])

    tab.select_option("#field-filter", label="unit")
    tab.select_option("#value-filter", value="count")
    assert shown() == sum(r.unit == "count" for r in records)
    tab.select_option("#field-filter", label="filter by field\u2026")
    tab.select_option("#empty-filter", value="period-no-dates")
    no_dates = [r for r in records if r.period and r.period.start is None]
    assert shown() == len(no_dates) > 0
    dates = tab.eval_on_selector_all(
        "#records tbody tr[data-row]", "trs => trs.map(tr => tr.cells[9].textContent)"
    )
    assert set(dates) == {"no dates"}
    tab.select_option("#empty-filter", value="no-agency")
    assert shown() == sum(r.agency is None for r in records)
    tab.select_option("#empty-filter", value="")
    tab.keyboard.press("/")
    tab.keyboard.type("ministry commerce")
    expected = sum("Ministry of Commerce" in (r.agency or "") for r in records)
    assert 0 < shown() == expected
    tab.fill("#filter", "")
    assert shown() == len(records)


def test_table_sorts_by_value(tab: Any) -> None:
    def values() -> list[float]:
        return [float(row[2]) for row in _rows(tab)]

    tab.click('#records th[data-col="2"]')
    assert values() == sorted(values())
    tab.click('#records th[data-col="2"]')
    assert values() == sorted(values(), reverse=True)


def test_keyboard_verdicts_survive_a_reload(tab: Any, ecommerce: tuple[Path, list[Record]]) -> None:
    tab.keyboard.press("j")
    tab.keyboard.press("a")
    tab.keyboard.press("j")
    tab.keyboard.press("x")
    assert tab.get_attribute('#text .m.rec[data-i="0"]', "class").split()[-1] == "v-correct"
    assert "v-wrong" in tab.get_attribute('#text .m.rec[data-i="1"]', "class")
    assert tab.inner_text("#progress .label").startswith("2 of ")
    tab.keyboard.press("u")
    assert tab.inner_text("#progress .label").startswith("1 of ")
    tab.reload()
    tab.wait_for_selector("body[data-ready='1']")
    assert "v-correct" in tab.get_attribute('#text .m.rec[data-i="0"]', "class")
    assert tab.eval_on_selector('#records tr[data-row="0"] td.verdict', "e => e.textContent") == (
        "\u2713"
    )
    done = tab.inner_text('#doc-list button[data-doc="0"] .done')
    assert done.startswith("1/")


def test_keys_move_between_numbers_and_documents(tab: Any) -> None:
    tab.keyboard.press("]")
    assert tab.inner_text("#doc-title") == ECOMMERCE[1]
    tab.keyboard.press("n")  # the first number without a record, here skipped on purpose
    active = tab.eval_on_selector("#text .m.active", "e => [e.dataset.kind, e.dataset.i]")
    assert active == ["miss", "0"]
    assert tab.evaluate("document.activeElement.dataset.kind") == "miss"
    assert tab.inner_text("#detail h3") == "Number without a record"
    tab.keyboard.press("x")  # right to skip
    assert "v-skip" in tab.get_attribute('#text .m.miss[data-i="0"]', "class")
    tab.keyboard.press("n")
    assert tab.eval_on_selector("#text .m.active", "e => e.dataset.i") == "1"
    tab.keyboard.press("p")
    assert tab.eval_on_selector("#text .m.active", "e => e.dataset.i") == "0"
    tab.keyboard.press("[")
    assert tab.inner_text("#doc-title") == ECOMMERCE[0]
    tab.keyboard.press("j")  # the first record of the table, in the document shown
    assert tab.eval_on_selector("#text .m.active", "e => [e.dataset.kind, e.dataset.i]") == [
        "rec",
        "0",
    ]


def test_keys_follow_the_table_when_it_is_in_view(tab: Any) -> None:
    tab.evaluate("window.scrollTo(0, document.getElementById('records').offsetTop)")
    before = tab.evaluate("window.scrollY")
    tab.keyboard.press("j")
    tab.keyboard.press("j")
    focused = tab.evaluate("[document.activeElement.tagName, document.activeElement.dataset.i]")
    assert focused == ["TR", "1"]
    assert tab.evaluate("window.scrollY") > before / 2  # not back up at the text
    head = tab.eval_on_selector("#records thead th", "e => e.getBoundingClientRect().bottom")
    row = tab.evaluate("document.activeElement.getBoundingClientRect().toJSON()")
    assert head <= row["top"] < row["bottom"] <= 900  # the row is in view under the header
    assert tab.inner_text("#detail h3").startswith("Record #2 of")


@pytest.mark.parametrize(
    ("period", "shown"),
    [
        ({"text": "in May", "start": "2025-05-01", "end": "2025-05-31"}, "2025-05"),
        ({"text": "in 2024", "start": "2024-01-01", "end": "2024-12-31"}, "2024"),
        ({"text": "Q2", "start": "2025-04-01", "end": "2025-06-30"}, "2025-04\u202606"),
        ({"text": "as of June 30", "start": "2025-06-30", "end": "2025-06-30"}, "2025-06-30"),
        ({"text": "Feb", "start": "2024-02-01", "end": "2024-02-29"}, "2024-02"),
        ({"text": "x", "start": "2024-02-03", "end": "2024-03-31"}, "2024-02-03\u20262024-03-31"),
        ({"text": "FY", "start": "2024-04-01", "end": "2025-03-31"}, "2024-04-01\u20262025-03-31"),
        ({"text": "this year", "start": None, "end": None}, None),
        (None, ""),
    ],
)
def test_dates_column_is_short_and_exact(tab: Any, period: Any, shown: str | None) -> None:
    assert tab.evaluate("p => window.bulletinReview.dates(p)", period) == shown


@pytest.mark.parametrize(
    ("text", "after", "value", "unit"),
    [
        ("8.7%", "", 8.7, "percent"),
        ("1,250", " stores", 1250, "count"),
        ("12", " per cent of", 12, "percent"),
        ("three", "", None, "count"),
    ],
)
def test_a_new_record_starts_from_the_number(
    tab: Any, text: str, after: str, value: float | None, unit: str
) -> None:
    guess = tab.evaluate(
        "m => window.bulletinReview.guess(m)", {"text": text, "context": ["", after]}
    )
    assert (guess["value"], guess["unit"]) == (value, unit)


def test_layers_hide_from_the_legend(tab: Any) -> None:
    def background() -> str:
        css: str = tab.eval_on_selector(
            "#text .m.per", "e => getComputedStyle(e).borderBottomStyle"
        )
        return css

    assert background() == "dotted"
    tab.click('#legend button[data-layer="per"]')
    assert background() == "none"
    tab.click('#legend button[data-layer="per"]')
    assert background() == "dotted"


def test_review_loop_from_verdicts_to_score(
    browser: Any, tmp_path: Path, ecommerce: tuple[Path, list[Record]]
) -> None:
    """Mark, export, apply, score: the gold file holds exactly the decisions made."""
    records = _by_doc(ecommerce[1])[ECOMMERCE[0]]
    # Leave one measurement out of the reviewed records: the page shows it as a possible miss.
    dropped = next(r for r in records if r.unit == "percent" and r.period and r.metric)
    reviewed = [r for r in records if r is not dropped]
    records_path = tmp_path / "records.jsonl"
    write_records(reviewed, "jsonl", records_path)
    page = tmp_path / "review.html"
    result = RUNNER.invoke(
        group, ["review", str(records_path), "--texts", str(CORPUS), "-o", str(page)]
    )
    assert result.exit_code == 0, result.output
    tab = _open(browser, page)
    wrong_i, correct_i = 0, 1
    tab.click(f'#text .m.rec[data-i="{wrong_i}"]')
    tab.keyboard.press("x")
    tab.fill('#detail input[name="metric"]', "value of cross-border parcels")
    tab.click(f'#text .m.rec[data-i="{correct_i}"]')
    tab.click('#detail button[data-verdict="correct"]')
    miss = tab.eval_on_selector_all(
        "#text .m.miss:not(.skip)", "els => els.map(e => [+e.dataset.i, e.textContent])"
    )
    assert [text for _, text in miss] == [dropped.text]
    tab.click(f'#text .m.miss[data-i="{miss[0][0]}"]')
    tab.keyboard.press("a")
    tab.fill('#detail input[name="value"]', str(dropped.value))
    tab.fill('#detail input[name="unit"]', dropped.unit)
    assert tab.inner_text("#missing-status") == "Will be added as a record with these fields."
    tab.click(f'#text .m.rec[data-i="{wrong_i}"]')
    tab.mouse.move(5, 890)
    _screenshot(tab, tmp_path, "review-verdicts-1440.png")
    with tab.expect_download() as download:
        tab.click("#export")
    corrections = tmp_path / "corrections.jsonl"
    download.value.save_as(corrections)
    assert download.value.suggested_filename == "corrections.jsonl"
    lines = [json.loads(line) for line in corrections.read_text(encoding="utf-8").splitlines()]
    assert [line["verdict"] for line in lines] == ["wrong", "correct", "missing"]
    assert lines[0]["fields"] == {"metric": "value of cross-border parcels"}
    assert lines[2]["fields"] == {"value": dropped.value, "unit": dropped.unit}
    tab.close()

    gold_path = tmp_path / "gold.jsonl"
    result = RUNNER.invoke(
        group,
        ["apply", str(records_path), str(corrections), "-o", str(gold_path), "-t", str(CORPUS)],
    )
    assert result.exit_code == 0, result.output
    gold = read_jsonl(gold_path)
    fixed = reviewed[wrong_i]
    expected = {(r.start, r.end): r.to_dict() for r in reviewed}
    expected[(fixed.start, fixed.end)]["metric"] = "value of cross-border parcels"
    gold_by = {(r.start, r.end): r.to_dict() for r in gold}
    assert len(gold) == len(gold_by) == len(reviewed) + 1
    new = gold_by.pop((dropped.start, dropped.end))
    assert gold_by == expected
    assert (new["text"], new["value"], new["unit"], new["metric"]) == (
        dropped.text,
        dropped.value,
        dropped.unit,
        None,
    )
    assert new["sentence"] in dropped.sentence

    result = RUNNER.invoke(
        group, ["score", str(gold_path), str(records_path), "--json", "--errors", "20"]
    )
    assert result.exit_code == 0, result.output
    score = json.loads(result.stdout)
    errors = [(e["kind"], (e["gold"] or e["pred"])["start"]) for e in score["errors"]]
    assert errors == [("missed", dropped.start), ("metric", fixed.start)]
    assert score["record"]["correct"] == len(reviewed) - 1
    assert score["gold"] == len(reviewed) + 1


def _fifty_documents(folder: Path) -> Path:
    """50 documents: the corpus texts under new names, with their records."""
    texts = folder / "texts"
    texts.mkdir()
    names = sorted(REF_DATES)
    by_name = _by_doc(_corpus_records(tuple(names)))
    records: list[Record] = []
    for n in range(50):
        name = names[n % len(names)]
        new = f"bulletin_{n + 1:02d}_{name}"
        shutil.copyfile(CORPUS / name, texts / new)
        records += [Record.from_dict({**r.to_dict(), "doc_id": new}) for r in by_name[name]]
    write_records(records, "jsonl", folder / "records.jsonl")
    return folder / "records.jsonl"


def test_fifty_documents_load_fast_with_a_header_that_stays(
    browser: Any, tmp_path: Path, nlp: Any
) -> None:
    from bulletin_extract.review import write_review

    records_path = _fifty_documents(tmp_path)
    page = tmp_path / "review50.html"
    summary = write_review(
        read_jsonl(records_path), tmp_path / "texts", page, nlp=nlp, source=records_path
    )
    assert summary.documents == 50
    timings = {}
    for width in (1440, 1024):
        tab = browser.new_page()
        tab.set_viewport_size({"width": width, "height": 900})
        errors: list[str] = []
        tab.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
        started = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_selector("body[data-ready='1']")
        timings[width] = time.perf_counter() - started
        assert errors == []
        assert tab.locator("#doc-list li").count() == 50
        drawn = tab.locator("#records tbody tr[data-row]").count()
        assert drawn < summary.records  # rows are drawn as they scroll into view
        tab.click('#text .m.rec[data-i="2"]')
        tab.mouse.move(5, 890)
        _screenshot(tab, tmp_path, f"review-50-{width}.png")
        tab.keyboard.press("Escape")  # below 1300 px the panel lies over the page: close it
        tab.evaluate("window.scrollTo(0, 6000)")
        tab.wait_for_timeout(150)
        bar = tab.eval_on_selector("#bar", "e => e.getBoundingClientRect().bottom")
        head = tab.eval_on_selector("#records thead th", "e => e.getBoundingClientRect()")
        assert abs(head["top"] - bar) <= 1  # the header sits right under the bar
        # Rows under the header are drawn, one line each.
        under = tab.evaluate(
            "(y) => document.elementFromPoint(400, y).closest('tr')?.dataset.row ?? null",
            bar + 60,
        )
        assert under is not None
        widths = tab.eval_on_selector_all(
            "#records tbody tr[data-row] td.dates, #records tbody tr[data-row] td.num",
            "tds => tds.map(td => td.scrollWidth <= td.clientWidth)",
        )
        assert sum(widths) >= 0.9 * len(widths)  # dates and values fit their cells
        _screenshot(tab, tmp_path, f"review-50-{width}-scrolled.png")
        tab.close()
    print(f"50-document page: {summary.records} records, load {timings}")
    assert max(timings.values()) < 2.0


def test_five_thousand_records_stay_quick(browser: Any, tmp_path: Path) -> None:
    text = "".join(f"Line {n}: sales rose 5.{n % 10}% in May.\n" for n in range(5000))
    records = []
    at = 0
    for line in text.splitlines(keepends=True):
        start = at + line.index("5.")
        records.append(
            Record(
                "big.txt",
                line[start - at : start - at + 4],
                start,
                start + 4,
                5.0,
                "percent",
                metric="sales",
            )
        )
        at += len(line)
    doc = ReviewDoc(
        "big.txt",
        text,
        records,
        record_ok=[True] * len(records),
        period_of=[None] * len(records),
        agency_of=[None] * len(records),
        metric_of=[None] * len(records),
    )
    page = tmp_path / "big.html"
    page.write_text(render_page([doc]), encoding="utf-8")
    tab = browser.new_page()
    started = time.perf_counter()
    tab.goto(page.as_uri())
    tab.wait_for_selector("body[data-ready='1']")
    elapsed = time.perf_counter() - started
    assert tab.locator("#records tbody tr[data-row]").count() < 200
    tab.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)")
    tab.wait_for_timeout(100)
    rows = tab.eval_on_selector_all(
        "#records tbody tr[data-row]", "trs => trs.map(tr => +tr.dataset.row)"
    )
    assert min(rows) > 1000  # the rows in view, not the first ones
    tab.close()
    print(f"5,000-record page: load {elapsed:.2f} s")
    assert elapsed < 2.0
