"""A noun replaced by an adjective and a noun ("Fehlbetrag" -> "fehlender Betrag").

The word lists write such a replacement as it stands alone, with the adjective's strong
nominative ending. In a text the adjective takes its ending from what stands before the noun
and from the noun's case: "den Fehlbetrag" -> "den fehlenden Betrag", "der sich hieraus
ergebende Fehlbetrag" -> "der sich hieraus ergebende fehlende Betrag" (safety review 24 saw
"ergebende fehlender Betrag"; the list's own example gave "den fehlender Betrag").

Written by hand, not taken from a library: the three declensions of the German adjective are a
short table, and the noun's case and number come from german-nouns' paradigms (``forms``).
Where the case, the number or the declension is not certain, there is no suggestion.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..clauses import neighbour
from ..forms import ARTICLES, noun

_PHRASE = re.compile(r"([a-zäöüß]+) ([A-ZÄÖÜ][a-zäöüß]+)")
_STRONG_ENDINGS = ("er", "es", "e")  # as the lists write the adjective: m, n, f nominative

# determiners after which an adjective is weak ("der fehlende") or mixed ("ein fehlender")
_WEAK = re.compile(r"(?:d(?:er|ie|as|em|en|es)|dies|jen|jed|welch|solch|derselb|dieselb|"
                   r"dasselb|alle?)(?:e|er|es|em|en)?", re.I)
_MIXED = re.compile(r"(?:k?ein|mein|dein|sein|ihr|unser|euer|eur)(?:e|er|es|em|en)?", re.I)

# which (case, number, gender) each definite article stands for, from forms.ARTICLES (which
# writes the plural's gender "pl"; here it is "", matching any noun)
_ARTICLE_CASES = {
    article: {(case, number, "" if gender == "pl" else gender)
              for gender, case, number in ARTICLES[article]}
    for article in ("der", "die", "das", "den", "dem", "des")
}


# "ein", "kein" and the possessives by their ending ("einen": accusative masculine, dative
# plural); "dies-", "jed-" and the like end like the definite article
_MIXED_CASES = {
    "": {("nominativ", "singular", "m"), ("nominativ", "singular", "n"),
         ("akkusativ", "singular", "n")},
    "e": _ARTICLE_CASES["die"],
    "en": _ARTICLE_CASES["den"],
    "em": _ARTICLE_CASES["dem"],
    "er": _ARTICLE_CASES["der"],
    "es": _ARTICLE_CASES["des"],
}
_DER_WORD_CASES = {"e": _ARTICLE_CASES["die"], "er": _ARTICLE_CASES["der"],
                   "en": _ARTICLE_CASES["den"], "em": _ARTICLE_CASES["dem"],
                   "es": _ARTICLE_CASES["das"] | _ARTICLE_CASES["des"]}
_EIN_WORD = re.compile(r"(k?ein|mein|dein|sein|ihr|unser|euer)(e|en|em|er|es)?", re.I)
_DER_WORD = re.compile(r"(dies|jen|jed|welch|solch)(e|en|em|er|es)", re.I)


def _determiner_cases(word: str) -> set[tuple[str, str, str]] | None:
    """The (case, number, gender) a determiner can stand for; None if unknown."""
    word = word.casefold()
    if word in _ARTICLE_CASES:
        return _ARTICLE_CASES[word]
    m = _EIN_WORD.fullmatch(word)
    if m is not None:
        return _MIXED_CASES[m.group(2) or ""]
    m = _DER_WORD.fullmatch(word)
    return _DER_WORD_CASES[m.group(2)] if m is not None else None


def _weak(case: str, number: str, gender: str) -> str:
    if number == "singular" and (case == "nominativ"
                                 or (case == "akkusativ" and gender in {"f", "n"})):
        return "e"
    return "en"


def _mixed(case: str, number: str, gender: str) -> str:
    if number == "singular" and case in {"nominativ", "akkusativ"}:
        if gender == "m":
            return "er" if case == "nominativ" else "en"
        return "es" if gender == "n" else "e"
    return "en"


def _strong(case: str, number: str, gender: str) -> str:
    if number == "plural":
        return {"nominativ": "e", "akkusativ": "e", "dativ": "en", "genitiv": "er"}[case]
    if gender == "f":
        return "e" if case in {"nominativ", "akkusativ"} else "er"
    if case == "nominativ":
        return "er" if gender == "m" else "es"
    if case == "akkusativ":
        return "en" if gender == "m" else "es"
    return "em" if case == "dativ" else "en"


def is_adjective_phrase(repl: str) -> bool:
    """"fehlender Betrag": one lower-case adjective and a noun."""
    m = _PHRASE.fullmatch(repl)
    return m is not None and m.group(1).endswith(_STRONG_ENDINGS)


def adjective_phrase_form(tok: Token, lemma: str, repl: str) -> str | None:
    """The replacement declined for the noun's place, or None where that is not certain."""
    m = _PHRASE.fullmatch(repl)
    if m is None:
        return None
    adjective, head = m.groups()
    stem = next((adjective[:-len(e)] for e in _STRONG_ENDINGS if adjective.endswith(e)), None)
    old, new = noun(lemma), noun(head)
    if stem is None or old is None or new is None:
        return None
    new = new.reading(old.gender)  # one paradigm of "Schild", "Steuer", "Bank"
    if new is None:
        return None
    readings = {(c, n) for c, n in old.analyses(tok.text)}
    plural = bool(readings) and all(n == "plural" for _c, n in readings)
    if not plural and (not new.gender or old.gender != new.gender):
        return None  # the article before it agrees with the old noun's gender
    prev = neighbour(tok, -1)
    if prev is not None and prev.tag_ == "ADJA":
        # adjectives in a row take the same ending: "ergebende fehlende", "festgesetzten
        # fehlenden"; the case and number still come from the noun
        ending = _ending_of(prev.lower_)
        endings = {ending} if ending else set()
        declension = None
    else:
        declension = _declension(prev)
        if prev is not None and prev.tag_ == "APPRART":
            case = "akkusativ" if prev.lower_.endswith("s") else "dativ"  # "ins", "zum"
            readings = {(c, n) for c, n in readings if c == case and n == "singular"}
        cases = _determiner_cases(prev.text) if prev is not None else None
        if cases is not None:
            readings &= {(c, n) for c, n, g in cases if g in {"", new.gender}}
        endings = {declension(c, n, new.gender) for c, n in readings} if declension else set()
    forms = {new.form(c, n) for c, n in readings}
    if len(readings) == 0 or len(forms) != 1 or None in forms or len(endings) != 1:
        return None
    if declension is None and prev is not None:
        # the adjective before fixes the ending; it must fit one of the noun's readings
        fits = {_weak(c, n, new.gender) for c, n in readings} | {
            _mixed(c, n, new.gender) for c, n in readings} | {
            _strong(c, n, new.gender) for c, n in readings}
        if not endings <= fits:
            return None
    return f"{stem}{endings.pop()} {forms.pop()}"


def _ending_of(adjective: str) -> str | None:
    for e in ("em", "en", "er", "es", "e"):
        if adjective.endswith(e):
            return e
    return None


def _declension(prev: Token | None):  # noqa: ANN202
    """The declension the word before the noun asks for: weak after a definite determiner,
    mixed after "ein", "kein" or a possessive, strong where nothing declined stands before."""
    if prev is not None and prev.tag_ == "APPRART":
        return _weak  # "zum", "im": the article is in the preposition
    if prev is None or prev.tag_ not in {"ART", "PDAT", "PIAT", "PPOSAT", "PIDAT"}:
        return _strong if prev is None or prev.tag_ in {"APPR", "APPRART", "KON", "$,",
                                                          "$.", "$("} else None
    word = prev.lower_
    if _WEAK.fullmatch(word):
        return _weak
    if _MIXED.fullmatch(word):
        return _mixed
    return None
