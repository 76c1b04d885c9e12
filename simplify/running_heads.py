"""Running heads and feet: the lines a form extracted from a PDF repeats on every page.

"Antrag auf Erteilung einer Gaststättenerlaubnis nach § 2 GastG      Seite 2 von 4" stands
above each page, with the office's name in the line before it. Such a line is the form's
furniture, not text the clerk writes for the reader: blind reviewers judged findings there
noise ("the repeated running page header of the form", findings review 230). A line counts
when it repeats (its numbers aside) and it, or a repeated line right next to it, carries a
page number ("Seite 2 von 4", "- 3 -", "2/4"). Hand-written: the layout of extracted text is
this project's own problem, and no PDF library sees it once the text is plain.
"""

from __future__ import annotations

import re
from collections import Counter

_PAGE_MARK = re.compile(r"\bSeite\s+\d+(?:\s*(?:von|/)\s*\d+)?\b|^\s*[-–]\s*\d+\s*[-–]\s*$"
                        r"|(?<![\d.,/])\d{1,3}\s*/\s*\d{1,3}(?![\d.,/])", re.M)
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
MAX_HEAD = 200  # characters: a longer line is running text, even if it repeats
NEIGHBOURS = 2  # repeated lines above or below the one with the page number


def _key(line: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("#", line)).strip()


def running_heads(text: str) -> list[tuple[int, int]]:
    """Character spans of the running heads and feet of ``text``, in order."""
    if "\n" not in text:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    keys = [_key(text[a:b]) if b - a <= MAX_HEAD else "" for a, b in spans]
    counts = Counter(k for k in keys if k)
    repeated = [bool(k) and counts[k] >= 2 for k in keys]
    heads: set[int] = set()
    for i, (a, b) in enumerate(spans):
        if not repeated[i] or _PAGE_MARK.search(text, a, b) is None:
            continue
        heads.add(i)
        for step in (-1, 1):  # the office's line above "… Seite 2 von 4", and the like
            j = i + step
            while 0 <= j < len(spans) and abs(j - i) <= NEIGHBOURS and repeated[j]:
                heads.add(j)
                j += step
    return [spans[i] for i in sorted(heads)]
