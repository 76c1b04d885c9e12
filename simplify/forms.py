"""German word forms from well-kept sources: is a form real, and noun genders and paradigms.

* ``wordfreq`` (Apache-2.0 code; its German list ships in the wheel): a form that occurs in
  general German. Its counts include typos at the very low end, so a form must reach a small
  frequency (``MIN_ZIPF``) to count as real.
* ``german-nouns`` (Wiktionary-derived noun paradigms, CC BY-SA 4.0, used as a dependency, never
  copied into our lists): gender and the eight case/number forms of about 100,000 nouns.

Both are read from the installed packages; nothing is downloaded. The noun table is parsed once
and kept as a pickle in simplify's cache folder (``hanta_lexicon.cache_dir``: by default
``$XDG_CACHE_HOME/simplify``), because parsing the CSV takes seconds and a pickle loads in a
fraction of that.
"""

from __future__ import annotations

import csv
import math
import os
import pickle
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from .hanta_lexicon import cache_dir

MIN_ZIPF = 2.0  # about once per 10 million words: below this wordfreq's counts hold typos
CASES = ("nominativ", "genitiv", "dativ", "akkusativ")
NUMBERS = ("singular", "plural")
_CACHE_VERSION = 3


@dataclass(frozen=True)
class Noun:
    """A noun's gender (m, f, n; "" if unknown or only plural) and its forms by (case, number)."""

    lemma: str
    gender: str
    forms: tuple[tuple[str, str, str], ...]  # (case, number, form)
    # other paradigms of the same lemma: "der Schild" (Schilde) beside "das Schild" (Schilder),
    # "die Steuer" beside "das Steuer" (safety review 32: "mit Schilden" for "Hinweisschildern")
    alternatives: tuple[Noun, ...] = ()

    def reading(self, gender: str) -> Noun | None:
        """The paradigm for this gender; None where the lemma has several paradigms and the
        gender does not pick one ("die Bank": Bänke or Banken)."""
        if not self.alternatives:
            return self
        same = [x for x in (self, *self.alternatives) if x.gender == gender]
        return same[0] if len(same) == 1 else None

    def form(self, case: str, number: str) -> str | None:
        for c, n, f in self.forms:
            if c == case and n == number:
                return f
        return None

    def analyses(self, form: str) -> set[tuple[str, str]]:
        """The (case, number) pairs this form can stand for."""
        return {(c, n) for c, n, f in self.forms if f == form}


def _nouns_csv() -> Path | None:
    spec = find_spec("german_nouns")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "nouns.csv"
    return path if path.is_file() else None


def _cache_file() -> Path:
    return cache_dir() / f"nouns-v{_CACHE_VERSION}.pickle"


def _parse(path: Path) -> dict[str, Noun]:
    nouns: dict[str, Noun] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lemma = row.get("lemma") or ""
            if not lemma or not lemma[:1].isupper():
                continue
            gender = (row.get("genus") or row.get("genus 1") or "").strip()
            forms = []
            for case in CASES:
                for number in NUMBERS:
                    key = f"{case} {number}"
                    seen: set[str] = set()
                    for col in (key, f"{key} 1", f"{key}*", f"{key} 2", f"{key} 3", f"{key} 4"):
                        value = (row.get(col) or "").strip()
                        if value and value != "—" and value not in seen:
                            seen.add(value)  # the first variant is the one we write
                            forms.append((case, number, value))
            if not forms:
                continue
            found = Noun(lemma, gender if gender in {"m", "f", "n"} else "", tuple(forms))
            first = nouns.get(lemma)
            if first is None:
                nouns[lemma] = found
            elif all((x.gender, x.forms) != (found.gender, found.forms)
                     for x in (first, *first.alternatives)):
                nouns[lemma] = replace(first, alternatives=(*first.alternatives, found))
    return nouns


@lru_cache(maxsize=1)
def noun_table() -> dict[str, Noun]:
    """All nouns by lemma; empty if german-nouns is not installed."""
    cache = _cache_file()
    src = _nouns_csv()
    if src is None:
        return {}
    try:
        if cache.is_file() and cache.stat().st_mtime >= src.stat().st_mtime:
            with cache.open("rb") as fh:
                return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    nouns = _parse(src)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(nouns, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: parse again next time
    return nouns


@lru_cache(maxsize=1)
def _noun_forms() -> frozenset[str]:
    return frozenset(f for n in noun_table().values() for _, _, f in n.forms)


def noun(lemma: str) -> Noun | None:
    """The paradigm of a noun; for an unknown compound, the paradigm of its longest known head
    ("Hundesteuerbescheid" -> "Bescheid"), with the modifier put back in front."""
    table = noun_table()
    found = table.get(lemma)
    if found is not None:
        return found
    for i in range(3, len(lemma) - 3):
        head = lemma[i:].capitalize()
        # a head of four letters at least, after a modifier that is a word itself: else
        # "Unterhaltsverpflich" would be "Unterhaltsverpfl" + "Ich"
        if head in table and _known_modifier(lemma[:i]):
            mod = lemma[:i]

            def prefixed(base: Noun, mod: str = mod) -> Noun:
                return Noun(lemma, base.gender,
                            tuple((c, n, mod + f.lower()) for c, n, f in base.forms))

            base = table[head]
            return replace(prefixed(base),
                           alternatives=tuple(prefixed(x) for x in base.alternatives))
    return None


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """wordfreq's Zipf value of the word in its large German list (``zipf_frequency``)."""
    if _PLAIN.fullmatch(word) and _shortcut_agrees():
        return _plain_zipf(word.casefold())
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "de", wordlist="large")


# A word of German letters only is one token to wordfreq, casefolded (its preprocessing for
# German: case folding and NFC, which such a word already is). Its tokenizer (the ``regex``
# module) was most of the time of a look-up, a twentieth of a first check; such a word is
# looked up in wordfreq's frequency table directly, with wordfreq's own arithmetic below
# (``wordfreq._word_frequency`` and ``zipf_frequency`` for one token, minimum Zipf 0), so the
# value is the same (tests/test_rarity.py compares both on the list's words and others).
_PLAIN = re.compile(r"[A-Za-zÄÖÜäöüß]+")


@lru_cache(maxsize=1)
def _frequencies() -> tuple[dict[str, float], float]:
    from wordfreq import get_frequency_dict, zipf_to_freq

    return get_frequency_dict("de", "large"), zipf_to_freq(0.0)


@lru_cache(maxsize=1)
def _shortcut_agrees() -> bool:
    """The direct look-up gives wordfreq's own values (checked once per process on a few
    words of all frequencies): if a later wordfreq computes differently, it is not used."""
    from wordfreq import zipf_frequency

    probe = ("und", "Antrag", "Bescheid", "Widerspruchsbescheid", "Säumniszuschlag", "qxzv")
    return all(_plain_zipf(w.casefold()) == zipf_frequency(w, "de", wordlist="large")
               for w in probe)


def _plain_zipf(token: str) -> float:
    from wordfreq import freq_to_zipf

    freqs, minimum = _frequencies()
    freq = freqs.get(token)
    if freq is None:
        value = minimum  # a missing token: wordfreq returns the minimum as it is
    else:
        value = max(1.0 / (1.0 / freq), minimum)  # 1 / f = sum of 1 / f_i over the tokens
        if value != 0.0:  # rounded to 3 significant digits
            value = round(value, math.floor(-math.log(value, 10)) + 3)
    return round(freq_to_zipf(value), 2)


def is_real_form(word: str) -> bool:
    """Does this form exist in German? Known nouns' paradigm forms and frequent forms count;
    a hyphenated form counts if each part does. Numbers and punctuation are not words."""
    if not any(map(str.isalpha, word)):
        return True
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1:
        return all(is_real_form(p) for p in parts)
    if word in _noun_forms() or word.capitalize() in _noun_forms():
        return True
    if zipf(word) >= MIN_ZIPF or zipf(word.lower()) >= MIN_ZIPF:
        return True
    n = noun(word.capitalize()) if word[:1].isupper() else None
    return n is not None and any(f == word for _, _, f in n.forms)


LINKING = ("es", "s", "en", "n", "er", "e")  # Fugenelemente, kept with the left part


DERIVING_SUFFIXES = ("keit", "heit", "schaft")  # noun from adjective or noun


def _known_modifier(left: str, depth: int = 1) -> bool:
    """A compound's left part is a known word (frequent, or a noun form), with or without its
    linking element, or a verb's stem; no paradigm guessing here (``noun`` asks this for its
    fallback)."""
    def known(w: str) -> bool:
        return (len(w) >= 3 and (w.capitalize() in _noun_forms() or zipf(w.lower()) >= MIN_ZIPF
                                 or zipf(w.capitalize()) >= MIN_ZIPF))

    def stem_or_compound(w: str) -> bool:
        if known(w) or (len(w) >= 3 and zipf(w.lower() + "en") >= MIN_ZIPF):
            return True  # a verb's stem too: "Wohn|berechtigung" ("wohnen"), "Fahr|erlaubnis"
        # a compound of two known parts itself: "Wohnberechtigungs|schein"
        table = noun_table()
        return depth > 0 and any(w[i:].capitalize() in table and _known_modifier(w[:i], depth - 1)
                                 for i in range(3, len(w) - 3))

    return stem_or_compound(left) or any(
        left.endswith(link) and stem_or_compound(left[: -len(link)]) for link in LINKING)


def _real_modifier(left: str) -> bool:
    """A compound's left part: a real word, possibly with a linking element ("Bewilligungs")."""
    if len(left) < 3:
        return False
    if is_real_form(left.capitalize()) or is_real_form(left.lower()):
        return True
    for link in LINKING:
        stem = left[: -len(link)]
        if left.endswith(link) and len(stem) >= 3 and (
                is_real_form(stem.capitalize()) or is_real_form(stem.lower() + "en")):
            return True
    return False


@lru_cache(maxsize=8192)
def main_joint(word: str) -> tuple[str, str] | None:
    """Split a compound noun once, between modifier and head: the longest final part that is a
    German noun (lemma or form), where the rest is a real word (a linking element stays with
    it). "Blumentopferde" -> ("Blumentopf", "Erde"), never ("Blumento", "Pferde");
    "Kraftfahrzeughaftpflichtversicherung" -> ("Kraftfahrzeug", "Haftpflichtversicherung").
    None when no split is certain."""
    table = noun_table()
    forms = _noun_forms()
    # a noun derived from a compound adjective ("Gleichwertigkeit" from "gleichwertig",
    # "Arbeitslosigkeit") has its joint inside the adjective: no split there
    derived_from = next((len(word) - len(suffix) for suffix in DERIVING_SUFFIXES
                         if word.endswith(suffix)
                         and is_real_form(word[: -len(suffix)].lower())), 0)
    for i in range(3, len(word) - 3):
        if i <= derived_from:  # nor at the suffix ("Vertragspartner" + "Schaft")
            continue
        head = word[i:].capitalize()
        if head not in table and head not in forms:
            continue
        left = word[:i]
        if _real_modifier(left):
            return left, head
    return None


# German articles: which (gender, case, number) each can stand for; "pl" is any gender plural
ARTICLES: dict[str, frozenset[tuple[str, str, str]]] = {
    "der": frozenset({("m", "nominativ", "singular"), ("f", "genitiv", "singular"),
                      ("f", "dativ", "singular"), ("pl", "genitiv", "plural")}),
    "die": frozenset({("f", "nominativ", "singular"), ("f", "akkusativ", "singular"),
                      ("pl", "nominativ", "plural"), ("pl", "akkusativ", "plural")}),
    "das": frozenset({("n", "nominativ", "singular"), ("n", "akkusativ", "singular")}),
    "des": frozenset({("m", "genitiv", "singular"), ("n", "genitiv", "singular")}),
    "dem": frozenset({("m", "dativ", "singular"), ("n", "dativ", "singular")}),
    "den": frozenset({("m", "akkusativ", "singular"), ("pl", "dativ", "plural")}),
    "im": frozenset({("m", "dativ", "singular"), ("n", "dativ", "singular")}),
    "vom": frozenset({("m", "dativ", "singular"), ("n", "dativ", "singular")}),
    "zum": frozenset({("m", "dativ", "singular"), ("n", "dativ", "singular")}),
    "zur": frozenset({("f", "dativ", "singular")}),
    "beim": frozenset({("m", "dativ", "singular"), ("n", "dativ", "singular")}),
}


def article_fits(article: str, noun_form: str, case: str | None = None) -> bool | None:
    """Can ``article`` go with ``noun_form`` (in ``case``, if given)? None when either is
    unknown. "der Schule" fits, but not in the nominative (a dative or genitive)."""
    allowed = ARTICLES.get(article.lower())
    n = noun(noun_form) if noun_form[:1].isupper() else None
    if allowed is None or n is None or not n.gender:
        return None
    analyses = n.analyses(noun_form) or {(c, num) for c, num, _ in n.forms}
    return any((("pl" if num == "plural" else n.gender), c, num) in allowed
               for c, num in analyses if case is None or c == case)
