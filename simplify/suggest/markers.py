"""List markers at a sentence's start ("2.", "b)", "(3)", "IV.", a bullet): a rewrite keeps
them in front of the rewritten sentence. Split from ``common.py``."""

from __future__ import annotations

import re

from ..checks.base import SentenceView
from ..linebreaks import doc_text

# a list item's number or letter ("2.", "b)", "(3)", "IV.") or bullet at the start of a line
MARKER = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z]|[IVXivx]{1,4})[.)]|[-•*–]")


def marker_count(s: SentenceView) -> int:
    """How many tokens at the sentence's start are a list marker at the start of its line."""
    toks = s.tokens
    if not toks:
        return 0
    first = toks[0]
    text = doc_text(first.doc)
    if first.idx and text[first.idx - 1] != "\n":
        return 0
    if first.text == "(" and len(toks) > 2 and toks[2].text == ")" and MARKER.fullmatch(
            "(" + toks[1].text + ")"):
        return 3
    if MARKER.fullmatch(first.text) and len(toks) > 1 and toks[1].text[:1].isalpha():
        return 1
    return 0


def marker_prefix(s: SentenceView) -> str:
    """The sentence's list marker with the space after it ("2. "), or ""."""
    n = marker_count(s)
    if not n:
        return ""
    return doc_text(s.tokens[0].doc)[s.tokens[0].idx:s.tokens[n].idx]
