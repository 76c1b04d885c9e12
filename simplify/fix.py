"""Applying verified suggestions to a text, and showing them as a diff."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .report import Finding, Suggestion

WORD_LEVEL = {"replace"}
SENTENCE_LEVEL = {"rewrite", "split"}


def apply_suggestions(
    text: str, findings: Iterable[Finding], rewrite: bool = False, only_safe: bool = True,
) -> tuple[str, list[tuple[Finding, Suggestion]]]:
    """Apply the first applicable suggestion of each finding, without overlaps.

    Only suggestions marked safe (``only_safe``): they passed the checks of form, meaning, who
    acts and protected text; the others are for a person to read. Word-level replacements
    always; whole-sentence rewrites and splits only with ``rewrite`` (they change more than a
    word, so a person should ask for them). Explanations are never applied automatically.
    Where suggestions overlap, the one that starts first wins, and of those the longer one (a
    sentence rewrite beats a word inside it).
    """
    kinds = WORD_LEVEL | (SENTENCE_LEVEL if rewrite else set())
    chosen: list[tuple[Finding, Suggestion]] = []
    cands = []
    for f in findings:
        usable = [s for s in f.suggestions if s.kind in kinds and (s.safe or not only_safe)]
        cands += [(f, s) for s in usable[:1]]
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


def for_review(findings: Iterable[Finding], rewrite: bool = False) -> list[tuple[Finding,
                                                                               Suggestion]]:
    """Suggestions that ``fix`` leaves to a person: marked for review, or explanations."""
    kinds = WORD_LEVEL | {"explain"} | (SENTENCE_LEVEL if rewrite else set())
    return [(f, s) for f in findings for s in f.suggestions[:1]
            if s.kind in kinds and (not s.safe or s.kind == "explain")]


def unified_diff(old: str, new: str, name: str) -> str:
    """A unified diff of two versions of a text, line by line."""
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                 fromfile=f"{name} (vorher)", tofile=f"{name} (nachher)")
    return "".join(lines)
