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

from .forms import LINKING, noun_table, zipf
from .morphology import compound_parts


def zipf_of(word: str) -> float:
    """The word's frequency in any capitalisation (a sentence may start with an adjective)."""
    if not word:
        return 0.0
    return max(zipf(word), zipf(word.lower()), zipf(word[:1].upper() + word[1:].lower()))


def token_zipf(t: Token) -> float:
    """The frequency of the form or of its lemma, whichever is higher: an inflected form of a
    common word ("Kindertageseinrichtungen") counts as common."""
    return _form_zipf(t.text, t.lemma_ or "")


@lru_cache(maxsize=20_000)
def _form_zipf(text: str, lemma: str) -> float:
    """``token_zipf`` of a token's text and lemma (memoised: each is three look-ups, and the
    same words come back in every text)."""
    return max(zipf_of(text), zipf_of(lemma) if lemma.isalpha() else 0.0,
               _masculine_zipf(text))


_UMLAUTS = str.maketrans("äöüÄÖÜ", "aouAOU")


def _masculine_zipf(word: str) -> float:
    """A feminine person noun is as well known as its masculine form, which corpora hold
    more often: "Notarin" (a blind review of fresh set 30 called it "an everyday word"),
    "Ärztinnen", "Kollegin"."""
    for ending in ("innen", "in"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and word[:1].isupper():
            base = word[: -len(ending)]
            table = noun_table()
            female = table.get(base + "in")
            if female is None or female.gender != "f":
                return 0.0  # "Termin", "Benzin": no feminine form
            males = [b for b in (base, base + "e", base.translate(_UMLAUTS))
                     if (n := table.get(b)) is not None and n.gender == "m"]
            return max((zipf_of(b) for b in males), default=0.0)
    return 0.0


ADJ_ENDINGS = ("en", "em", "er", "es", "e")


def participle_verbs(lemma: str) -> list[str]:
    """Verbs an adjective may be a participle of: "klagend" -> "klagen", "abzutretend" ->
    "abtreten", "gebündelt" -> "bündeln", "vereidigt" -> "vereidigen"."""
    low = lemma.lower()
    k = low.find("zu", 2)
    if low.endswith("end") and k > 0:
        low = low[:k] + low[k + 2:]  # the gerundive "abzutretende"
    if low.endswith("nd"):
        return [low[:-1]]
    if low.endswith("t"):
        stems = [low[:-1]] + ([low[2:-1]] if low.startswith("ge") else [])
        return [stem + end for stem in stems for end in ("en", "n")]
    return []


def word_zipf(t: Token) -> float:
    """``token_zipf``, and for an adjective that is a participle the frequency of its verb
    ("die klagende Person" is as common as "klagen")."""
    if t.tag_ in {"ADJA", "ADJD"}:
        return _adjective_zipf(t.text, t.lemma_ or "")
    return token_zipf(t)


_PARTICIPLE_STARTS = ("ge", "be", "ver", "er", "ent", "zer", "über", "unter", "ab", "an",
                      "auf", "aus", "ein", "vor", "zu")


def negated_participle(word: str, threshold: float) -> bool:
    """"un" before the participle of a common verb: "ungenehmigte", "unbeschichtetem",
    "ungeschwärzt" are read from "genehmigen", "beschichten", "schwärzen" (findings reviews
    30-105: 0 of 7 such rare-word hints worth it, "transparent: un + genehmigt"). "unbar" and
    "unbillig" are no participles: their meaning is not the sum of their parts."""
    low = word.lower()
    if not low.startswith("un") or len(low) < 7:
        return False
    rest = low[2:]
    for ending in ADJ_ENDINGS:
        if rest.endswith(ending) and rest[: -len(ending)].endswith("t"):
            rest = rest[: -len(ending)]
            break
    if not rest.endswith("t") or not (rest.startswith(_PARTICIPLE_STARTS)
                                      or rest.endswith("iert")):
        return False
    return any(zipf(verb) >= threshold for verb in participle_verbs(rest))


@lru_cache(maxsize=5_000)
def _adjective_zipf(text: str, lemma: str) -> float:
    best = _form_zipf(text, lemma)
    bases = {lemma if lemma.isalpha() else text, text}
    # the tagger keeps the ending of adjectives it does not know ("abzutretende")
    bases |= {b[: -len(e)] for b in list(bases) for e in ADJ_ENDINGS if b.endswith(e)}
    for base in bases:
        for verb in participle_verbs(base):
            best = max(best, zipf(verb))
    return best


@lru_cache(maxsize=16384)
def part_zipf(part: str) -> float:
    """A compound part's frequency, with a linking element ("Rechts", "Kinder") taken off."""
    best = zipf_of(part)
    for link in LINKING:
        stem = part[: -len(link)]
        if part.endswith(link) and len(stem) >= 3:
            best = max(best, zipf_of(stem), zipf_of(stem + "e"))
    return best


PARTICLES = {"ab", "an", "um", "zu", "be", "er"}  # two-letter verb particles and prefixes
MIN_MODIFIER, MIN_HEAD = 3, 4  # letters: "Gar|küche"; no "Ant|rag" from three-letter heads


@lru_cache(maxsize=20_000)
def common_parts(word: str, threshold: float) -> bool:
    """The word is made of common parts, so a reader understands it from them: HanTa's
    compound analysis ("Wohn|zimmer|restaurant"), else one split into a common modifier (a
    linking element taken off) and a common word ("Erdbeer|felder", "weg|rasieren",
    "vier|blättrige"). HanTa leaves many rare compounds whole, hence the second try.

    The three tests are pure and any one suffices, so the look-ups come first: HanTa's
    analysis of a word it does not know is a search of a millisecond, most of the time of the
    rare-word rule in a first check, and most rare words split at a common head anyway.
    Memoised (bounded): the answer is a pure function of its arguments, and the look-ups of
    every split are many calls for a word seen again."""
    rest = word[2:]
    if word[:2].lower() in PARTICLES and rest.endswith("en") and zipf_of(rest) >= threshold:
        return True  # verbs: "um|segeln", "ab|töten"
    for i in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        if zipf_of(word[i:]) >= threshold and part_zipf(word[:i]) >= threshold:
            return True
    parts = compound_parts(word)
    return len(parts) > 1 and all(part_zipf(p) >= threshold for p in parts)
