"""Build a large benchmark corpus by repeating and varying the texts in `corpus/`.

Each generated document takes the title line of one sample text and 3 to 10 paragraphs
drawn from all of them, and varies every number in it (digits replaced at random, the
length and punctuation kept), so that the corpus has the vocabulary growth of real text
rather than the same strings over and over. The generator is seeded: the same size and
seed give the same corpus.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
_DIGITS = re.compile(r"\d")
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class Document:
    """One generated document with the reference date of the text it was built from."""

    doc_id: str
    text: str
    ref_date: str


def sample_texts(corpus: Path = CORPUS) -> list[tuple[str, str, str]]:
    """The sample texts as (name, text, reference date)."""
    refs: dict[str, str] = json.loads((corpus / "refdates.json").read_text(encoding="utf-8"))
    return [
        (p.name, p.read_text(encoding="utf-8"), refs[p.name]) for p in sorted(corpus.glob("*.txt"))
    ]


def _vary_number(match: re.Match[str], rng: random.Random) -> str:
    text = match.group(0)
    if _YEAR.match(text):  # keep years plausible so periods still resolve
        return str(int(text) + rng.choice((-1, 0, 0, 1)))
    first = True

    def digit(_: re.Match[str]) -> str:
        nonlocal first
        d = str(rng.randint(1, 9) if first else rng.randint(0, 9))
        first = False
        return d

    return _DIGITS.sub(digit, text)


def documents(size_bytes: int, seed: int = 0, corpus: Path = CORPUS) -> Iterator[Document]:
    """Yield documents until their UTF-8 size reaches `size_bytes`.

    Args:
        size_bytes: Total size of the generated texts, in bytes.
        seed: Seed of the random variation.
        corpus: Folder of the sample texts and their `refdates.json`.
    """
    rng = random.Random(seed)
    samples = sample_texts(corpus)
    paragraphs = [
        (name, para, ref)
        for name, text, ref in samples
        for para in text.split("\n")[1:]
        if para.strip()
    ]
    total = 0
    n = 0
    while total < size_bytes:
        name, text, ref = samples[n % len(samples)]
        title = text.split("\n", 1)[0]
        body = [title, ""]
        for _ in range(rng.randint(3, 10)):
            body.append(rng.choice(paragraphs)[1])
            body.append("")
        varied = _NUMBER.sub(lambda m: _vary_number(m, rng), "\n".join(body))
        doc = Document(f"{name.removesuffix('.txt')}-{n:07d}", varied, ref)
        total += len(varied.encode("utf-8"))
        n += 1
        yield doc


def corpus_docs(size_mb: float, seed: int = 0) -> list[Document]:
    """A list of generated documents of about `size_mb` megabytes (10**6 bytes)."""
    return list(documents(int(size_mb * 1_000_000), seed))
