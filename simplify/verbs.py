"""Verb forms for rewrites: separable prefixes, Sie/wir forms, infinitives from nouns."""

from __future__ import annotations

from functools import lru_cache

from .forms import zipf
from .tagger import load_hanta

# Finite forms for the subjects "Sie" and "wir" (3rd/1st person plural present).
PLURAL_FORMS = {
    "sein": "sind", "haben": "haben", "werden": "werden", "müssen": "müssen", "können": "können",
    "sollen": "sollen", "dürfen": "dürfen", "wollen": "wollen", "mögen": "mögen",
}
MODAL_SINGULAR = {
    "muss": "müssen", "kann": "können", "soll": "sollen", "darf": "dürfen", "will": "wollen",
    "mag": "mögen", "müssen": "müssen", "können": "können", "sollen": "sollen",
    "dürfen": "dürfen", "wollen": "wollen",
}
# the third person singular of each modal form: a named singular actor ("Die Versicherung kann
# die Kosten tragen"), whatever number the passive subject had ("Die Kosten können …")
MODAL_THIRD_SINGULAR = {
    "muss": "muss", "kann": "kann", "soll": "soll", "darf": "darf", "will": "will",
    "mag": "mag", "müssen": "muss", "können": "kann", "sollen": "soll", "dürfen": "darf",
    "wollen": "will",
}


# Particles that are always separable (not "über", "unter", "durch", "um", "wider", "wieder",
# which can be inseparable: "übersenden", "unterschreiben").
SEPARABLE = ("zurück", "zusammen", "weiter", "vorbei", "voran", "heraus", "herein", "hinaus",
             "nach", "fest", "fort", "frei", "hin", "her", "los", "mit", "vor", "weg", "ein",
             "aus", "auf", "bei", "dar", "ab", "an", "zu")


AMBIGUOUS = {"über", "unter", "durch", "um", "wider", "wieder", "hinter", "voll"}


@lru_cache(maxsize=8192)
def split_separable(infinitive: str) -> tuple[str, str]:
    """("ein", "reichen") for "einreichen"; ("", "beachten") for a verb without a particle.

    HanTa's morphology first; where it does not know the verb ("beifügen"), a particle that is
    always separable in front of a verb HanTa knows ("fügen")."""
    prefix = ""
    try:
        _, morphemes, _ = load_hanta().analyze(infinitive, "VVINF", taglevel=3)
    except Exception:  # noqa: BLE001 - HanTa raises plain exceptions on odd input
        morphemes = []
    for m, tag in morphemes:
        if tag.startswith("PTKVZ"):
            prefix += m
        else:
            break
    if prefix in AMBIGUOUS:
        # "unterschreiben" is inseparable, "umziehen" separable: HanTa cannot tell, and a wrong
        # guess writes "Schreiben Sie ... unter". The caller offers no rewrite.
        raise ValueError(f"separability of {infinitive!r} is uncertain")
    if prefix and infinitive.lower().startswith(prefix) and len(infinitive) > len(prefix) + 2:
        # "wiederherstellen": "Stellen Sie … wieder her", two words at the end (findings
        # review 317: "Bitte stellen Sie … wiederher")
        apart = f"wieder {prefix[6:]}" if prefix.startswith("wieder") and len(prefix) > 6 \
            else prefix
        return apart, infinitive[len(prefix):]
    low = infinitive.lower()
    for particle in SEPARABLE:
        rest = low[len(particle):]
        if low.startswith(particle) and len(rest) > 3 and is_plausible_verb(rest):
            return particle, infinitive[len(particle):]
    return "", infinitive


def split_zu_infinitive(word: str) -> tuple[str, str] | None:
    """"beizufügen" -> ("bei", "fügen"): the infixed "zu" shows the particle for certain."""
    low = word.lower()
    i = low.find("zu", 2)
    if i < 2 or not low.endswith("en") or len(low) - i < 5:
        return None
    particle, rest = low[:i], low[i + 2:]
    if particle in SEPARABLE and is_plausible_verb(rest):
        return particle, rest
    return None


def plural_present(infinitive: str) -> str:
    """The form that goes with "Sie" or "wir": the infinitive, except for "sein"."""
    return PLURAL_FORMS.get(infinitive, infinitive)


@lru_cache(maxsize=8192)
def is_plausible_verb(infinitive: str) -> bool:
    """HanTa knows the word as an infinitive, or it is a frequent German word ending like an
    infinitive (guards verbs derived from nouns)."""
    tags = load_hanta().tag_word(infinitive)
    if bool(tags) and tags[0][0] == "VV(INF)" and tags[0][1] > -18:
        return True
    return infinitive.endswith(("en", "ern", "eln")) and zipf(infinitive) >= 2.5


def verb_from_noun(noun_lemma: str) -> str | None:
    """"Auszahlung" -> "auszahlen", "Prüfung" -> "prüfen"; None when unsure."""
    low = noun_lemma.lower()
    if low.endswith("ung") and len(low) > 5:
        candidate = low[:-3] + "en"
        if low.endswith(("elung", "erung")):
            candidate = low[:-3] + "n"  # "Verwaltung" is not a case; "Änderung" -> "ändern"
        if is_plausible_verb(candidate):
            return candidate
    return None


@lru_cache(maxsize=8192)
def is_attributive_adjective(word: str) -> bool:
    """HanTa's best tag for the word is ADJA with a plausible score ("sofortigen")."""
    tags = load_hanta().tag_word(word)
    return bool(tags) and tags[0][0] == "ADJ(A)" and tags[0][1] > -25
