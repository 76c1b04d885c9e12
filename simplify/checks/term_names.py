"""A word the text itself uses as the name of a thing: swapping it in one place leaves two
words for one thing, and breaks the link to the title.

"Formblatt" in a text on chimney sweeping is the law's name of the proof form (§ 4 SchfHwG):
the form's own heading says "FORMBLATT", an enclosure line "1 Formblatt zum Nachweis
durchgeführter Schornsteinfegerarbeiten", a plain leaflet introduces it ("Es heißt
Formblatt"). Safety review 101 judged 39 one-click swaps "Formblatt" → "Formular" in such
texts wrong; in texts that only speak of "das Formblatt" the swap was right (reviews 21-86).
"""

from __future__ import annotations

import re
from functools import lru_cache

# an item marker before a title: "1 ", "2. ", "– ", "a) "
_MARKER = re.compile(r"[ \t]*(?:(?:\d{1,2}|[a-z])[.)]?[ \t]+|[-–•*][ \t]+)?")
_INTRODUCED = r"(?:heißt|heißen|nennt man|nennen wir|sogenannte[nmrs]?|so genannte[nmrs]?)"
MIN_TITLE_WORDS = 3


def named_in_text(text: str, term: str) -> bool:
    """The term (one word) heads a title line of the text ("Formblatt zum Nachweis …",
    "FORMBLATT"), or the text introduces it as the name ("Es heißt Formblatt")."""
    if " " in term or len(term) < 5:
        return False
    return term.casefold() in _named_words(text)


@lru_cache(maxsize=64)
def _named_words(text: str) -> frozenset[str]:
    words: set[str] = set()
    for line in text.split("\n"):
        body = line[_MARKER.match(line).end():].strip()
        if not body:
            continue
        first = re.match(r"[A-Za-zÄÖÜäöüß]+", body)
        if first is None:
            continue
        if body.isupper() and len(body) <= 80:
            words.update(w.casefold() for w in re.findall(r"[A-ZÄÖÜ]{5,}", body))
        elif (body[:1].isupper() and ":" not in body and not body.endswith((".", "?", "!", ","))
              and len(body.split()) >= MIN_TITLE_WORDS and len(body) <= 120):
            words.add(first.group(0).casefold())
    for m in re.finditer(_INTRODUCED + r"\s+(?:das\s+|der\s+|die\s+)?[„\"»]?([A-ZÄÖÜ]\w{4,})",
                         text):
        words.add(m.group(1).casefold())
    return frozenset(words)
