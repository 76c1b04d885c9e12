"""Applying verified suggestions to a text, and showing them as a diff."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .report import Finding, Suggestion

WORD_LEVEL = {"replace"}
SENTENCE_LEVEL = {"rewrite", "split"}


def apply_suggestions(
    text: str, findings: Iterable[Finding], rewrite: bool = False
) -> tuple[str, list[tuple[Finding, Suggestion]]]:
    """Apply the first suggestion of each finding, without overlaps.

    Word-level replacements always; whole-sentence rewrites and splits only with ``rewrite``
    (they change more than a word, so a person should ask for them). Explanations are never
    applied automatically. Where suggestions overlap, the one that starts first wins, and of
    those the longer one (a sentence rewrite beats a word inside it).
    """
    kinds = WORD_LEVEL | (SENTENCE_LEVEL if rewrite else set())
    chosen: list[tuple[Finding, Suggestion]] = []
    cands = [(f, s) for f in findings for s in f.suggestions[:1] if s.kind in kinds]
    cands.sort(key=lambda fs: (fs[1].start, -(fs[1].end - fs[1].start)))
    last_end = -1
    for f, s in cands:
        if s.start >= last_end:
            chosen.append((f, s))
            last_end = s.end
    out, pos = [], 0
    for _, s in chosen:
        out.append(text[pos:s.start])
        out.append(s.replacement)
        pos = s.end
    out.append(text[pos:])
    return "".join(out), chosen


def unified_diff(old: str, new: str, name: str) -> str:
    """A unified diff of two versions of a text, line by line."""
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                 fromfile=f"{name} (vorher)", tofile=f"{name} (nachher)")
    return "".join(lines)
