"""Tokens of a finished analysis with their most read strings kept in Python.

The rules read ``text``, ``tag_``, ``lower_`` and ``lemma_`` of every token again and again
(about fifty checks, each walking the sentences): spaCy looks each string up in its string
store on every read (about 100 ns), a slot of a Python object is read in about 15 ns. A
``FrozenToken`` is a spaCy ``Token`` (same ``doc``, ``i``, equality and hash, every other
attribute and method as before) whose slots shadow spaCy's properties with the values read
once when it is made. It may only be made once the pipeline has run: tags and lemmas are
final then, and nothing changes them afterwards.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_TOKENS = "simplify.tokens"  # doc.user_data: the Doc's FrozenTokens, in order


class FrozenToken(Token):
    """A spaCy Token whose most read attributes are plain Python values (see the module)."""

    __slots__ = ("i", "idx", "is_space", "lemma_", "lower_", "tag_", "text")

    def __init__(self, vocab: object, doc: Doc, offset: int) -> None:
        # spaCy's __cinit__ has set up the token; the slots read its values once
        self.i = offset
        base = Token
        self.text = base.text.__get__(self)
        self.tag_ = base.tag_.__get__(self)
        self.lower_ = base.lower_.__get__(self)
        self.lemma_ = base.lemma_.__get__(self)
        self.idx = base.idx.__get__(self)
        self.is_space = base.is_space.__get__(self)


def frozen_tokens(doc: Doc) -> list[FrozenToken]:
    """Every token of a finished analysis as a FrozenToken, made once per Doc."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None or len(tokens) != len(doc):
        vocab = doc.vocab
        tokens = doc.user_data[_TOKENS] = [FrozenToken(vocab, doc, i) for i in range(len(doc))]
    return tokens
