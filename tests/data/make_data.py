# ruff: noqa: RUF001  (the CJK texts hold full-width punctuation on purpose)
"""Write the test documents under tests/data/ from corpus/ecommerce_engine_2024.txt.

usage: .venv/bin/python tests/data/make_data.py   (needs the `test` extra: reportlab)

The files are committed; run this again only to change them. The tests import the
definitions below (`SOURCE`, `ENCODED`, `expected_text`) to know what each file must decode to.
"""

from __future__ import annotations

import html
from pathlib import Path

DATA = Path(__file__).resolve().parent
SOURCE = DATA.parent.parent / "corpus" / "ecommerce_engine_2024.txt"
REF_DATE = "2024-09-01"

# A closing paragraph in a script each encoding can hold, so that detection has something
# to go on (the English bulletin alone is ASCII, the same bytes in every one of them).
ZH_HANS = (
    "电子商务成为消费增长新引擎。国家统计局数据显示，今年1至7月份，全国网上实物商品零售额"
    "同比增长8.7%，增速比社会消费品零售总额高5.2个百分点。"
)
ZH_HANT = (
    "電子商務成為消費增長新引擎。國家統計局數據顯示，今年1至7月份，全國網上實物商品零售額"
    "同比增長8.7%，增速比社會消費品零售總額高5.2個百分點。"
)
JA = (
    "電子商取引は消費拡大の新たな原動力となっている。国家統計局のデータによると、今年1月から"
    "7月のネット通販による物品小売額は前年同期比8.7\uff05増となった。"
)
WESTERN = (
    "E-commerce \u2014 \u201ca new engine\u201d for consumption: sales rose 8.7% to "
    "\u20ac1.2 trillion, says the bureau\u2019s r\u00e9sum\u00e9."
)
LATIN1 = (
    "Le commerce \u00e9lectronique a progress\u00e9 de 8,7 % "
    "(donn\u00e9es r\u00e9vis\u00e9es, \u00a9 Bureau)."
)

#: file label -> (codec used to write it, closing paragraph)
ENCODED: dict[str, tuple[str, str]] = {
    "utf-8": ("utf-8", f"{ZH_HANS} {JA} {WESTERN}"),
    "utf-8-bom": ("utf-8-sig", f"{ZH_HANS} {JA} {WESTERN}"),
    "utf-16-le-bom": ("utf-16-le", f"{ZH_HANS} {JA} {WESTERN}"),
    "utf-16-be-bom": ("utf-16-be", f"{ZH_HANS} {JA} {WESTERN}"),
    "gb18030": ("gb18030", ZH_HANS),
    "gbk": ("gbk", ZH_HANS),
    "big5": ("big5", ZH_HANT),
    "shift_jis": ("shift_jis", JA),
    "cp1252": ("cp1252", WESTERN),
    "latin-1": ("latin-1", LATIN1),
}
BOMS = {"utf-16-le-bom": b"\xff\xfe", "utf-16-be-bom": b"\xfe\xff"}


def source_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


def expected_text(label: str) -> str:
    """What `encodings/ecommerce.<label>.txt` decodes to: the bulletin and a closing line."""
    return source_text() + "\n" + ENCODED[label][1] + "\n"


def paragraphs() -> list[str]:
    return [line for line in source_text().splitlines() if line.strip()]


TABLE = [
    ["Indicator", "Value"],
    ["Online retail sales", "8.7%"],
    ["Express parcels", "1,000 million"],
]


def make_html() -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs())
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in TABLE
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>E-commerce becomes a new engine | Example News</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/data">Data 2024</a></li>
<li><a href="/top10">Top 10 lists</a></li></ul></nav>
<div class="cookie-banner">We use 3 cookies. Accept all 3?</div>
<main><article>
<h1>E-commerce becomes a new engine for consumption</h1>
{body}
<table>
{rows}
</table>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">5 charts on trade</a></li>
<li><a href="/b">12 facts</a></li></ul></aside>
<footer><p>Copyright 2024 Example News. Call 010-12345678. Page 1 of 1.</p></footer>
</body>
</html>
"""


def make_html_gb18030() -> bytes:
    page = make_html().replace('<meta charset="utf-8">', '<meta charset="gb18030">')
    page = page.replace("</article>", f"<p>{ZH_HANS}</p>\n</article>")
    return page.encode("gb18030")


def make_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph(html.escape(p), styles["BodyText"]) for p in paragraphs()]
    table = Table(TABLE)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [Spacer(1, 12), table]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title="E-commerce").build(story)


def make_broken(folder: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    folder.mkdir(exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_bytes(b" \n\t\r\n\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "nul_bytes.txt").write_bytes(b"Sales rose 5%\x00\x01\x02" * 20)
    (folder / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 16)
    (folder / "not_a_pdf.pdf").write_bytes(b"Sales rose 5% in July.\n")

    c = canvas.Canvas(
        str(folder / "encrypted.pdf"), invariant=1, encrypt=StandardEncryption("secret")
    )
    c.drawString(72, 720, "Exports grew 5% in July 2024.")
    c.save()
    c = canvas.Canvas(str(folder / "scanned.pdf"), invariant=1)
    c.setFillGray(0.3)
    for i in range(12):  # what a scanned page looks like to a text extractor: no text
        c.rect(72, 700 - i * 14, 400, 8, fill=1, stroke=0)
    c.save()
    whole = (DATA / "ecommerce.pdf").read_bytes()
    (folder / "damaged.pdf").write_bytes(whole[: len(whole) // 3])
    c = canvas.Canvas(
        str(DATA / "owner_password.pdf"),
        invariant=1,
        encrypt=StandardEncryption("", "owner", canPrint=0, canModify=0),
    )
    c.drawString(72, 720, "Exports grew 5% in July 2024, the Ministry of Commerce said.")
    c.save()


def main() -> None:
    folder = DATA / "encodings"
    folder.mkdir(exist_ok=True)
    for label, (codec, _) in ENCODED.items():
        data = BOMS.get(label, b"") + expected_text(label).encode(codec)
        (folder / f"ecommerce.{label}.txt").write_bytes(data)
    (DATA / "ecommerce.html").write_text(make_html(), encoding="utf-8")
    (DATA / "ecommerce.gb18030.html").write_bytes(make_html_gb18030())
    make_pdf(DATA / "ecommerce.pdf")
    make_broken(DATA / "broken")


if __name__ == "__main__":
    main()
