"""How common is a word in general German? wordfreq's Zipf scale (log10 of occurrences per
billion words: 6 = "und", 4 = "Antrag", 3 = "Kindergeld", below 2 rare), read for the form, its
lemma and, for compounds, for each part.

Used by the long-word rule (an everyday compound needs no hint) and the rare-word rule (a word
rare in general German may be unknown to the reader). The thresholds are the rules' parameters,
calibrated with ``benchmarks/bench_wordfreq.py``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .forms import LINKING, zipf
from .morphology import compound_parts


def zipf_of(word: str) -> float:
    """The word's frequency in any capitalisation (a sentence may start with an adjective)."""
    if not word:
        return 0.0
    return max(zipf(word), zipf(word.lower()), zipf(word[:1].upper() + word[1:].lower()))


def token_zipf(t: Token) -> float:
    """The frequency of the form or of its lemma, whichever is higher: an inflected form of a
    common word ("Kindertageseinrichtungen") counts as common."""
    lemma = t.lemma_ or ""
    return max(zipf_of(t.text), zipf_of(lemma) if lemma.isalpha() else 0.0)


@lru_cache(maxsize=16384)
def part_zipf(part: str) -> float:
    """A compound part's frequency, with a linking element ("Rechts", "Kinder") taken off."""
    best = zipf_of(part)
    for link in LINKING:
        stem = part[: -len(link)]
        if part.endswith(link) and len(stem) >= 3:
            best = max(best, zipf_of(stem), zipf_of(stem + "e"))
    return best


def common_parts(word: str, threshold: float) -> bool:
    """The word is a compound (HanTa's analysis) and every part is common: a reader knows
    "Wohnzimmerrestaurant" from "Wohn", "zimmer" and "restaurant"."""
    parts = compound_parts(word)
    return len(parts) > 1 and all(part_zipf(p) >= threshold for p in parts)
