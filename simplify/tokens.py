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

from spacy.attrs import SENT_START, SPACY
from spacy.tokens import Doc, Token

_TOKENS = "simplify.tokens"  # doc.user_data: the Doc's FrozenTokens, in order
_SENTS = "simplify.sentence_bounds"  # doc.user_data: (start, end) of each sentence
_STARTS = "simplify.sentence_starts"  # doc.user_data: the first token index of each sentence
_MARKS = "simplify.start_marks"  # doc.user_data: each token's start_marks string
_SPACE_MARKS = "simplify.space_marks"  # doc.user_data: each token's space_marks string
_SIGNED = 1 << 63  # spaCy's arrays are unsigned: -1 (not a sentence start) reads as 2**64 - 1


class FrozenToken(Token):
    """A spaCy Token whose most read attributes are plain Python values (see the module).
    Made only by ``frozen_tokens``, which fills the slots."""

    __slots__ = ("i", "idx", "is_space", "lemma_", "lower_", "tag_", "text")


# spaCy's own getters, bound once: the slots above hide them on a FrozenToken
_TEXT, _TAG, _LOWER = Token.text.__get__, Token.tag_.__get__, Token.lower_.__get__
_LEMMA, _IDX, _SPACE = Token.lemma_.__get__, Token.idx.__get__, Token.is_space.__get__


def frozen_tokens(doc: Doc) -> list[FrozenToken]:
    """Every token of a finished analysis as a FrozenToken, made once per Doc."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is not None and len(tokens) == len(doc):
        return tokens
    vocab, new = doc.vocab, FrozenToken.__new__
    tokens = doc.user_data[_TOKENS] = []
    for i in range(len(doc)):
        t = new(FrozenToken, vocab, doc, i)  # spaCy's __cinit__ sets the token up
        t.i, t.text, t.tag_, t.lower_ = i, _TEXT(t), _TAG(t), _LOWER(t)
        t.lemma_, t.idx, t.is_space = _LEMMA(t), _IDX(t), _SPACE(t)
        tokens.append(t)
    return tokens


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of the Doc's sentences (``doc.sents``), read once per Doc:
    the sentences are walked by the analysis, the protected passages and the audience."""
    bounds = doc.user_data.get(_SENTS)
    if bounds is None:
        bounds = doc.user_data[_SENTS] = [(s.start, s.end) for s in doc.sents]
    return bounds


def sentence_starts(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that start a sentence (``t.sent.start == t.i``), once per Doc."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = frozenset(s for s, _ in sentence_bounds(doc))
    return starts


def sent_start_flags(doc: Doc) -> list[bool]:
    """``bool(t.is_sent_start)`` of every token, from one array read: the property costs about
    a microsecond a token (True where spaCy's ``sent_start`` is positive)."""
    return [0 < v < _SIGNED for v in doc.to_array(SENT_START).tolist()]


def start_marks(doc: Doc) -> list[str]:
    """Per token, whether it starts a sentence twice over, as two digits:
    ``f"{bool(t.is_sent_start):d}{t.i in sentence_starts(doc):d}"``; once per Doc."""
    marks = doc.user_data.get(_MARKS)
    if marks is None or len(marks) != len(doc):
        marks = ["10" if flag else "00" for flag in sent_start_flags(doc)]
        for i in sentence_starts(doc):
            marks[i] = marks[i][0] + "1"
        doc.user_data[_MARKS] = marks
    return marks


def space_marks(doc: Doc) -> list[str]:
    """Per token ``f"{bool(t.whitespace_):d}"`` (a space follows it), from one array read per
    Doc: the property costs about a microsecond a token on a FrozenToken."""
    marks = doc.user_data.get(_SPACE_MARKS)
    if marks is None or len(marks) != len(doc):
        marks = doc.user_data[_SPACE_MARKS] = [
            "1" if v else "0" for v in doc.to_array(SPACY).tolist()]
    return marks
