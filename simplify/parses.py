"""Parsed texts kept for a while: a text checked again is rebuilt from its annotations.

Tokenising, merging abbreviations, finding sentence ends and tagging a text was about a third
of a repeated check (a form template after each edit, the same letter from every client of a
service). The pipeline is a pure function of the text (for one Simplifier: its word lists
decide the abbreviations), so what it leaves on a Doc is kept per text and a Doc with the
same tokens, whitespace, sentence starts, tags, POS, lemmas, norms and ``user_data`` (where
spaCy keeps extension values such as ``Token._.abbr``, by character offset) is built from it
directly, about six times faster. Rules see the same Doc either way (tests/test_parses.py
compares every token attribute the code reads).

Bounded by the tokens held (PARSE_MEMO_TOKENS, about 200 bytes each: some 4 MB), least
recently used dropped first; in memory only, never written anywhere, like the tagger's caches
and the verifier's verdicts. A Doc built from it lives in the caller's memory zone like any
other: the strings it adds are freed with the zone.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

PARSE_MEMO_TOKENS = 20_000  # tokens of kept texts, all together (200 bytes each)
LARGEST_SHARE = 4  # a text of more than a quarter of the bound is not kept


@dataclass(frozen=True)
class _Parse:
    words: list[str]
    spaces: list[bool]
    tags: list[str]
    pos: list[str]
    lemmas: list[str]
    starts: list[bool]
    norms: dict[int, str]  # tokens whose norm is not their word's (a merged line-end hyphen)
    user_data: dict[Any, Any]


def snapshot(doc: Doc) -> _Parse:
    """What the pipeline left on ``doc``, as plain Python values (no spaCy object)."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    lemmas: list[str] = []
    starts: list[bool] = []
    norms: dict[int, str] = {}
    for t in doc:
        words.append(t.text)
        spaces.append(bool(t.whitespace_))
        tags.append(t.tag_)
        pos.append(t.pos_)
        lemmas.append(t.lemma_)
        starts.append(bool(t.is_sent_start))
        if t.norm != t.lex.norm:
            norms[t.i] = t.norm_
    return _Parse(words, spaces, tags, pos, lemmas, starts, norms, dict(doc.user_data))


def rebuild(vocab: Vocab, parse: _Parse) -> Doc:
    """A Doc with the kept annotations."""
    doc = Doc(vocab, words=parse.words, spaces=parse.spaces, tags=parse.tags, pos=parse.pos,
              lemmas=parse.lemmas, sent_starts=parse.starts)
    for i, norm in parse.norms.items():
        doc[i].norm_ = norm
    doc.user_data.update(parse.user_data)
    return doc


class ParseMemo:
    """Text -> its kept parse, bounded by tokens, least recently used dropped first."""

    def __init__(self, tokens: int = PARSE_MEMO_TOKENS) -> None:
        self.tokens = tokens
        self.held = 0
        self._data: OrderedDict[str, _Parse] = OrderedDict()
        self._lock = threading.Lock()  # one Simplifier may serve several threads

    def __len__(self) -> int:
        return len(self._data)

    def get(self, vocab: Vocab, text: str) -> Doc | None:
        with self._lock:
            parse = self._data.get(text)
            if parse is None:
                return None
            self._data.move_to_end(text)
        return rebuild(vocab, parse)

    def put(self, text: str, doc: Doc) -> None:
        size = len(doc)
        if size * LARGEST_SHARE > self.tokens:
            return
        parse = snapshot(doc)
        with self._lock:
            old = self._data.pop(text, None)
            if old is not None:
                self.held -= len(old.words)
            self._data[text] = parse
            self.held += size
            while self.held > self.tokens:
                _, dropped = self._data.popitem(last=False)
                self.held -= len(dropped.words)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.held = 0
