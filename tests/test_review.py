"""The review page: built from records and texts, then checked in headless Chromium.

The browser test drives Debian's `chromium` (install it with `scripts/install_browser.sh`)
through Playwright's Python API; it never runs `playwright install`. It is skipped, with the
reason, only where Playwright or Chromium is missing; with BULLETIN_REQUIRE_BROWSER=1 (for CI,
where the browser is installed) a missing browser fails instead. The screenshot is written to
the test's tmp folder, and also to tests/artifacts/review.png when BULLETIN_SAVE_ARTIFACTS=1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from bulletin_extract import extract
from bulletin_extract.commands import review_command
from bulletin_extract.formats import write_records
from bulletin_extract.records import Period, Record
from bulletin_extract.review import (
    Mention,
    ReviewDoc,
    _Mark,
    collect,
    render_page,
    render_text,
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


def test_misses_mentions_and_problems(nlp: Any, tmp_path: Path) -> None:
    text = "Sales rose 5% in March 2024, the third rise; model 7 sold 12 units.\nNext line."
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    good = _record("5%", text.index("5%"), period=Period("in March 2024"))
    wrong = _record("9%", 0)  # offsets that do not point at its text
    (doc,) = collect([good, wrong], tmp_path, nlp=nlp)
    assert doc.record_ok == [True, False]
    assert any("does not match" in p for p in doc.problems)
    assert "in March 2024" in [m.text for m in doc.periods]
    period = doc.period_of[0]
    assert period is not None
    assert doc.periods[period].text == "in March 2024"
    missed = [m.text for m in doc.misses]
    assert {"12", "7"} <= set(missed)
    assert "2024" not in missed  # inside a period phrase: a date, not a miss


def test_records_without_text_are_listed_with_a_problem(nlp: Any, tmp_path: Path) -> None:
    (doc,) = collect([_record("5%", 0)], tmp_path, nlp=nlp)
    assert doc.text is None
    assert "not found" in doc.problems[0]
    page = render_page([doc])
    assert 'class="text"' not in page
    assert "<tbody><tr" in page


def test_include_empty_adds_texts_without_records(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Nothing here.", encoding="utf-8")
    (tmp_path / "t.txt").write_text("Up 5%.", encoding="utf-8")
    docs = collect([_record("5%", 3)], tmp_path, include_empty=True, nlp=nlp)
    assert [d.doc_id for d in docs] == ["t.txt", "a.txt"]


def test_page_is_self_contained() -> None:
    doc = ReviewDoc("d</script>.txt", "x 1 y", [], misses=[Mention(2, 3, "1")])
    page = render_page([doc])
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<link" not in page
    assert page.count("</script>") == 2  # the data cannot close its script element early


def test_review_command_writes_the_page(tmp_path: Path, nlp: Any) -> None:
    text = "Exports rose 6.3% year on year in July 2025."
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    write_records(extract(text, doc_id="t.txt"), "jsonl", tmp_path / "r.jsonl")
    out = tmp_path / "page.html"
    result = RUNNER.invoke(
        _app(), ["review", str(tmp_path / "r.jsonl"), "--texts", str(tmp_path), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "1 documents, 1 records" in result.stderr
    assert result.stdout == ""
    assert '<span class="m rec k-percent"' in out.read_text(encoding="utf-8")


def test_review_command_rejects_a_file_that_is_no_records(tmp_path: Path) -> None:
    (tmp_path / "r.jsonl").write_text("not json\n", encoding="utf-8")
    result = RUNNER.invoke(_app(), ["review", str(tmp_path / "r.jsonl"), "--texts", str(tmp_path)])
    assert result.exit_code == 1
    assert "not a records file" in result.stderr


# ------------------------------------------------------------------ in a browser


@pytest.fixture(scope="module")
def review_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Record]]:
    """records.jsonl of the two e-commerce texts, and the page `review` makes of it."""
    out = tmp_path_factory.mktemp("review")
    records = [
        r
        for name in ECOMMERCE
        for r in extract(
            (CORPUS / name).read_text(encoding="utf-8"), ref_date=REF_DATES[name], doc_id=name
        )
    ]
    write_records(records, "jsonl", out / "records.jsonl")
    page = out / "review.html"
    result = RUNNER.invoke(
        _app(),
        ["review", str(out / "records.jsonl"), "--texts", str(CORPUS), "--output", str(page)],
    )
    assert result.exit_code == 0, result.output
    return page, records


def _unavailable(reason: str) -> None:
    if os.environ.get("BULLETIN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (BULLETIN_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def page(
    review_files: tuple[Path, list[Record]], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
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
            viewport={"width": 1600, "height": 1000},
        )
        tab = context.new_page()
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
        tab.goto(review_files[0].as_uri())
        tab.wait_for_selector("table.records")
        tab.errors, tab.outside = errors, outside  # type: ignore[attr-defined]
        yield tab
        context.close()


def _by_doc(records: list[Record]) -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = {}
    for r in records:
        out.setdefault(r.doc_id, []).append(r)
    return out


def test_page_loads_without_errors_or_network(page: Any) -> None:
    assert page.errors == []
    assert page.outside == []
    assert page.title() == "bulletin_extract review"


def test_highlighted_spans_match_the_records(
    page: Any, review_files: tuple[Path, list[Record]]
) -> None:
    docs = _by_doc(review_files[1])
    sections = page.eval_on_selector_all(
        "section.doc", "els => els.map(e => [e.dataset.doc, e.dataset.docId])"
    )
    assert [doc_id for _, doc_id in sections] == list(ECOMMERCE)
    for index, doc_id in sections:
        spans = page.eval_on_selector_all(
            f'.text .m.rec[data-doc="{index}"]',
            "els => els.map(e => [+e.dataset.i, e.textContent, e.className])",
        )
        texts: dict[int, str] = {}
        classes: dict[int, str] = {}
        for i, text, cls in spans:  # a mark cut in two pieces joins up again
            texts[i] = texts.get(i, "") + text
            classes[i] = cls
        records = docs[doc_id]
        assert len(texts) == len(records) > 0
        for i, r in enumerate(records):
            assert texts[i] == r.text
            assert f"k-{unit_kind(r.unit)}" in classes[i].split()


def test_table_rows_match_the_records(page: Any, review_files: tuple[Path, list[Record]]) -> None:
    docs = _by_doc(review_files[1])
    for index, doc_id in enumerate(ECOMMERCE):
        rows = page.eval_on_selector_all(
            f'table.records[data-doc="{index}"] tbody tr',
            "trs => trs.map(tr => Array.from(tr.cells, c => c.textContent))",
        )
        records = docs[doc_id]
        assert len(rows) == len(records)
        for row, r in zip(rows, records, strict=True):
            _, text, value, unit, metric, direction, basis, qualifier, period = row[:9]
            assert (text, float(value), unit) == (r.text, r.value, r.unit)
            assert (metric or None, direction or None, basis or None) == (
                r.metric,
                r.direction,
                r.basis,
            )
            assert (qualifier or None) == r.qualifier
            assert (period or None) == (r.period.text if r.period else None)
            assert row[11] == (r.agency or "")
            assert row[12].split() == r.rules


def test_clicking_a_span_shows_its_fields(
    page: Any, review_files: tuple[Path, list[Record]]
) -> None:
    records = _by_doc(review_files[1])[ECOMMERCE[1]]
    i, record = next((i, r) for i, r in enumerate(records) if r.unit == "CNY")
    page.click(f'.text .m.rec[data-doc="1"][data-i="{i}"]')
    fields = dict(
        page.eval_on_selector_all(
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
    assert str(record.period.start) in fields["period"]
    assert page.get_attribute(f'tr[data-doc="1"][data-i="{i}"]', "class") == "selected"
    linked = page.eval_on_selector_all(
        '.m.linked[data-doc="1"]', "els => els.map(e => [e.dataset.kind, e.textContent])"
    )
    assert ("per", record.period.text) in [tuple(x) for x in linked]
    assert "agy" in {kind for kind, _ in linked}


def test_hover_shows_a_tooltip(page: Any, review_files: tuple[Path, list[Record]]) -> None:
    first = review_files[1][0]
    page.hover('.text .m.rec[data-doc="0"][data-i="0"]')
    assert page.is_visible("#tip")
    assert first.text in page.inner_text("#tip")
    page.mouse.move(1590, 990)
    assert not page.is_visible("#tip")


def test_periods_agencies_and_misses_are_marked(page: Any, nlp: Any) -> None:
    docs = collect(
        [
            r
            for name in ECOMMERCE
            for r in extract(
                (CORPUS / name).read_text(encoding="utf-8"), ref_date=REF_DATES[name], doc_id=name
            )
        ],
        CORPUS,
        nlp=nlp,
    )
    for index, doc in enumerate(docs):
        for kind, mentions in (("per", doc.periods), ("agy", doc.agencies), ("miss", doc.misses)):
            marked = page.eval_on_selector_all(
                f'.text .m[data-doc="{index}"][data-kind="{kind}"]:not([data-part])',
                "els => els.map(e => e.textContent)",
            )
            assert len(marked) == len(mentions), (doc.doc_id, kind)
    assert sum(len(d.misses) for d in docs) > 0  # "5G", "Double 11": numbers with no record
    style = page.eval_on_selector(".text .m.miss", "e => getComputedStyle(e).outlineStyle")
    assert style == "dashed"


def test_table_filters_by_words_and_unit_kind(
    page: Any, review_files: tuple[Path, list[Record]]
) -> None:
    records = _by_doc(review_files[1])[ECOMMERCE[1]]
    section = 'section.doc[data-doc="1"]'
    visible = f"{section} table.records tbody tr:not([hidden])"
    page.select_option(f"{section} select.kind-filter", "count")
    assert page.locator(visible).count() == sum(r.unit == "count" for r in records)
    page.select_option(f"{section} select.kind-filter", "")
    page.fill(f"{section} input.filter", "ministry commerce")
    expected = sum("Ministry of Commerce" in (r.agency or "") for r in records)
    assert 0 < page.locator(visible).count() == expected
    page.fill(f"{section} input.filter", "")
    assert page.locator(visible).count() == len(records)


def test_table_sorts_by_value(page: Any) -> None:
    table = 'table.records[data-doc="1"]'
    page.click(f'{table} th[data-col="2"]')
    values = [
        float(v)
        for v in page.eval_on_selector_all(
            f"{table} tbody tr", "trs => trs.map(tr => tr.cells[2].textContent)"
        )
    ]
    assert values == sorted(values)
    page.click(f'{table} th[data-col="2"]')
    values = [
        float(v)
        for v in page.eval_on_selector_all(
            f"{table} tbody tr", "trs => trs.map(tr => tr.cells[2].textContent)"
        )
    ]
    assert values == sorted(values, reverse=True)
    page.click(f'{table} th[data-col="0"]')  # back to document order


def test_screenshot(
    page: Any, review_files: tuple[Path, list[Record]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Pictures for a person to look at: both texts with their records highlighted.

    `review.png` shows the texts (tables folded away, one record pinned in the side panel);
    `review-full.png` the whole page with the tables.
    """
    records = _by_doc(review_files[1])[ECOMMERCE[1]]
    money = [i for i, r in enumerate(records) if r.unit == "CNY" and r.period and r.agency]
    pinned = money[0] if money else 0  # a record with every part, pinned in the side panel
    page.click(f'.text .m.rec[data-doc="1"][data-i="{pinned}"]')
    page.mouse.move(1590, 990)
    page.evaluate("window.scrollTo(0, 0)")
    folder = tmp_path_factory.mktemp("screenshot")
    page.screenshot(path=str(folder / "review-full.png"), full_page=True)
    page.eval_on_selector_all("details.table", "els => els.forEach(e => { e.open = false; })")
    page.screenshot(path=str(folder / "review.png"), full_page=True)
    page.eval_on_selector_all("details.table", "els => els.forEach(e => { e.open = true; })")
    assert (folder / "review.png").stat().st_size > 50_000
    assert page.is_visible(".text .m.rec.active")
    if os.environ.get("BULLETIN_SAVE_ARTIFACTS") == "1":
        artifacts = ROOT / "tests" / "artifacts"
        artifacts.mkdir(exist_ok=True)
        for name in ("review.png", "review-full.png"):
            shutil.copyfile(folder / name, artifacts / name)
    print(f"review screenshots: {folder}/review.png, {folder}/review-full.png")
