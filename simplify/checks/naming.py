"""A sentence that gives a term its name: "Sie können uns vorher fragen. Das nennt man
Bauvoranfrage." The text explains the term there; the rules that ask for an explanation
leave it, its heading just above and its later uses alone (findings review 36)."""

from __future__ import annotations

import re
from functools import lru_cache

# "Das nennt man Bauvoranfrage.", "Man nennt das …", "Dafür sagen wir …": a sentence that
# gives the name of what the sentences before described
_NAMING = re.compile(r"(?:\b(?:nennt\s+man|nennt\s+das|nennen\s+wir|nennen\s+das|heißt|heißen|"
                     r"bezeichnet\s+man\s+als)|\bDafür\s+sagen\s+wir)\s+(?:auch\s+)?"
                     r"(?:(?:die|der|das|eine?)\s+)?[„\"]?$")


def named_in_text(text: str, word: str, start: int) -> bool:
    """The text gives ``word`` as the name of what it describes ("Das nennt man
    Bauvoranfrage."), before ``start`` or right after it: its later uses and the heading
    just above need no explanation either. A name given pages later does not explain the
    first use (the editor marked "Abtretung", named only on page 3)."""
    return _named_pattern(word).search(text, 0, start + NAMED_REACH) is not None


NAMED_REACH = 300  # characters after a heading to the sentence that names its term


@lru_cache(maxsize=1024)
def _named_pattern(word: str) -> re.Pattern[str]:
    return re.compile(_NAMING.pattern.rstrip("$") + re.escape(word))


def named_here(text: str, start: int) -> bool:
    """The term is the name a short sentence gives to what the text has just described:
    "Sie können uns vorher fragen. Das nennt man Bauvoranfrage." (review 36: "the leaflet
    explains the term in the very next sentence")."""
    return _NAMING.search(text, max(0, start - 40), start) is not None
