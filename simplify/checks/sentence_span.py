"""The sentence around a position, found in the raw text: for checks on a finding's place that
have the text and an offset only (``base.skipped_at``'s params)."""

from __future__ import annotations

import re

_ENDS = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def sentence_span(text: str, pos: int, reach: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``pos``; its start is looked for within ``reach``
    characters before it (bounded: a scan from the text's start grows with the text)."""
    lo = max(0, pos - reach)
    starts = [m.end() for m in _ENDS.finditer(text, lo, pos)]
    end = _ENDS.search(text, pos)
    return (starts[-1] if starts else lo), (end.start() if end else len(text))
