"""The document's tokens, read once: Token objects made once per document, and per-token
attributes as tuples built on their first read.

The compiled build leaves this module pure Python (see `pyproject.toml`): mypyc does not keep
`functools.cached_property`, so a compiled `TokenArrays` would rebuild its tuples at every read.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token


class TokenCache:
    """A Doc whose Token objects are made once, and whose slices are made cheaply.

    The builder reads `doc[i]` thousands of times per document, and spaCy makes a new Token
    object for every such read; here an integer index reads a token made once per document.
    A slice makes the Span `doc[a:b]` makes, without the Python-level slice normalization
    that costs spaCy's `Doc.__getitem__` three times the Span itself. Iteration and every
    other attribute are the Doc's.
    """

    __slots__ = ("_doc", "_n", "_tokens")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._tokens = list(doc)
        self._n = len(self._tokens)

    def __getitem__(self, key: Any) -> Any:
        if key.__class__ is int:
            return self._tokens[key]
        if key.__class__ is slice and key.step is None:
            # spaCy's `util.normalize_slice`, for int or None bounds
            n, start, stop = self._n, key.start, key.stop
            if start is None:
                start = 0
            elif start.__class__ is not int:
                return self._doc[key]
            elif start < 0:
                start = max(0, start + n)
            elif start > n:
                start = n
            if stop is None:
                stop = n
            elif stop.__class__ is not int:
                return self._doc[key]
            else:
                if stop < 0:
                    stop += n
                stop = n if stop > n else start if stop < start else stop
            return Span(self._doc, start, stop)
        return self._doc[key]

    def __len__(self) -> int:
        return len(self._tokens)

    def __iter__(self) -> Any:
        return iter(self._tokens)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)

    @property
    def doc(self) -> Doc:
        """The Doc itself."""
        return self._doc

    @property
    def tokens(self) -> list[Token]:
        """The Token objects, made once (read only)."""
        return self._tokens


class TokenArrays:
    """Per-token attributes of one document as tuples, indexed by token position.

    `arrays.lower[i]` is `doc[i].lower_` without making a Token object or looking a string up
    in the vocabulary again: the cheap way for a rule to read many tokens. Each attribute is
    built on its first read (then kept), so an attribute no rule reads costs nothing. The
    tuples are the document's own facts and are never modified.
    """

    def __init__(self, tokens: TokenCache) -> None:
        self._tokens = tokens.tokens
        self._doc = tokens.doc
        self.n = len(self._tokens)

    @cached_property
    def text(self) -> tuple[str, ...]:
        """`Token.text`."""
        return tuple([t.text for t in self._tokens])

    @cached_property
    def lower(self) -> tuple[str, ...]:
        """`Token.lower_`."""
        return tuple([t.lower_ for t in self._tokens])

    @cached_property
    def text_with_ws(self) -> tuple[str, ...]:
        """`Token.text_with_ws`: the text and the space after it, joined."""
        return tuple(map(str.__add__, self.text, self.whitespace))

    @cached_property
    def doc_text(self) -> str:
        """`Doc.text`, joined once (spaCy joins it from new Token objects at every read)."""
        return "".join(self.text_with_ws)

    @cached_property
    def whitespace(self) -> tuple[str, ...]:
        """`Token.whitespace_`: the space after the token ("" or " ")."""
        return tuple([t.whitespace_ for t in self._tokens])

    @cached_property
    def idx(self) -> tuple[int, ...]:
        """`Token.idx`: the character offset of the token in `doc.text`."""
        return tuple([t.idx for t in self._tokens])

    @cached_property
    def end_char(self) -> tuple[int, ...]:
        """The character offset just past each token."""
        return tuple([i + len(t) for i, t in zip(self.idx, self.text, strict=True)])

    @cached_property
    def is_space(self) -> tuple[bool, ...]:
        """`Token.is_space`."""
        return tuple([t.is_space for t in self._tokens])

    @cached_property
    def is_punct(self) -> tuple[bool, ...]:
        """`Token.is_punct`."""
        return tuple([t.is_punct for t in self._tokens])

    @cached_property
    def is_title(self) -> tuple[bool, ...]:
        """`Token.is_title`."""
        return tuple([t.is_title for t in self._tokens])

    @cached_property
    def is_upper(self) -> tuple[bool, ...]:
        """`Token.is_upper`."""
        return tuple([t.is_upper for t in self._tokens])

    @cached_property
    def is_alpha(self) -> tuple[bool, ...]:
        """`Token.is_alpha`."""
        return tuple([t.is_alpha for t in self._tokens])

    @cached_property
    def like_num(self) -> tuple[bool, ...]:
        """`Token.like_num`."""
        return tuple([t.like_num for t in self._tokens])

    @cached_property
    def sent_start(self) -> tuple[int, ...]:
        """`SENT_START` as `Doc.to_array` gives it: 1 starts a sentence, -1 does not, 0 unset."""
        if not self.n:
            return ()
        return tuple(self._doc.to_array(SENT_START).astype(np.int64).tolist())

    def hyphen_joins(self, k: int) -> bool:
        """Whether token k is a hyphen written tight between the tokens around it ("FDIC" "-"
        "insured"), joining them into one word."""
        return 0 < k < self.n - 1 and self.text[k] == "-" and not (
            self.whitespace[k - 1] or self.whitespace[k]
        )

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, without making a Span or Token objects (nor `doc.text`,
        which spaCy rebuilds from new Token objects at every read)."""
        if end <= start:
            return ""
        return "".join(self.text_with_ws[start : end - 1]) + self.text[end - 1]
