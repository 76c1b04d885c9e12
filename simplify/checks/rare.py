"""Rare words: words rare in general German, which a reader may not know.

A word is rare when wordfreq's Zipf value of its form and of its lemma are both below the
rule's ``rare_zipf`` (calibrated with ``benchmarks/bench_wordfreq.py`` on plain texts versus
administrative texts). Not flagged, because another rule or nobody should handle them:

* names (tagged NE, or protected names of bodies, the organisation's names), quotations and
  codes (``simplify/protect.py``); foreign-language material (FM);
* numbers, abbreviations and all-caps codes (the abbreviation rules);
* words a word-list rule covers at the same place (Amtsdeutsch, jargon lists): no double
  finding;
* words longer than the profile's word limit: the long-word rule flags them;
* compounds whose parts are all common (HanTa's compound analysis): "Wohnzimmerrestaurant" is
  understood from its parts even if the whole is rare;
* inflected forms of common lemmas (the lemma counts too), participles of common verbs;
* nouns that neither the noun dictionary (german-nouns) knows nor split into a known head:
  mostly names the tagger did not mark ("Volmarstein") or foreign words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Token

from ..forms import main_joint, noun_table
from ..morphology import names_abstraction
from ..rarity import common_parts, negated_participle, word_zipf
from ..rules import Rule
from .base import Context, Match, check
from .words import OFFICIAL_TITLES

# the head of a law's name: "Bundesmeldegesetz" names a law, it is no word to explain
# (findings review 149: "Wrong diagnosis: this is the name of the law"); SIM-J007 asks for the
# law's name where only its abbreviation stands
LAW_HEADS = ("gesetz", "gesetzes", "gesetzbuch", "gesetzbuches", "verordnung", "satzung")
CONTENT = {"NN", "ADJA", "ADJD", "ADV", "VVFIN", "VVINF", "VVIZU", "VVPP", "VVIMP"}
MIN_LETTERS = 4


# heads of street names: a rare compound on them names a street, no word to explain
STREET_HEADS = ("straße", "strasse", "allee", "gasse", "chaussee")


def _listed(ctx: Context) -> set[int]:
    """Document positions of tokens that a word list's term covers."""
    out: set[int] = set()
    names = list(ctx.lexicon.single) + [n for n in ctx.lexicon.multi
                                        if n not in ctx.lexicon.single]
    for s in ctx.sentences:
        for name in names:
            for hit in ctx.lexicon.find_terms(s.tokens, name):
                out.update(t.i for t in hit.tokens)
    return out


def _known_noun(word: str, lemma: str) -> bool:
    """A German noun: in the noun dictionary, or a compound with a head from it."""
    table = noun_table()
    return lemma in table or word in table or main_joint(lemma or word) is not None


def _place_adjective(t) -> bool:  # noqa: ANN001
    """A capitalised word in "-er" inside the sentence before a capitalised word: an adjective
    made from a place's name ("Wesselbrocker Straße", "Brakenfurter Weihnachtsmarkt")."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return (t.text.endswith("er") and t.text[:1].isupper() and not t.is_sent_start
            and nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha)


@check("rare_words")
def rare_words(ctx: Context, rule: Rule) -> Iterator[Match]:
    threshold = float(rule.params.get("rare_zipf", 2.0))
    max_letters = ctx.profile.limit("word_letters")
    # where SIM-W001 splits every long word (Einfache, Leichte Sprache) it has them all
    long_names = ctx.profile.name not in set(rule.params.get("split_in_profiles", []))
    listed: set[int] | None = None
    for s in ctx.sentences:
        for t in s.words:
            word = t.norm_ if "\n" in t.text else t.text
            if t.tag_ not in CONTENT or not word.isalpha() or len(word) < MIN_LETTERS:
                continue
            if sum(map(str.isupper, word)) > 1:
                continue  # a code or abbreviation ("BAföG")
            if t.tag_ == "NN" and word.lower().endswith(LAW_HEADS):
                continue
            if _place_adjective(t):
                continue  # "Wesselbrocker Straße": a name (findings reviews 84 and 88)
            if word[:1].isupper() and word.lower().endswith(STREET_HEADS):
                continue  # "Lornsenstraße" (even mis-tagged ADJA): a street (findings review 317)
            if len(word) > max_letters and (not long_names or t.tag_ != "NN"
                                            or names_abstraction(word)
                                            or word.lower().endswith(OFFICIAL_TITLES)):
                # a long word is SIM-W001's, unless it names a thing, a person or a
                # document: then shortening is no advice, explaining is ("Sekundierungsvertrag")
                continue
            if word_zipf(t) >= threshold or negated_participle(word, threshold):
                continue
            lemma = t.lemma_ or ""
            if t.tag_ == "NN" and not _known_noun(word, lemma):
                continue
            if ctx.lexicon.lists.allowed(word) or ctx.lexicon.lists.allowed(lemma):
                continue
            # HanTa's compound analysis after the look-ups (all tests here only skip a word)
            if common_parts(word, threshold):
                continue
            if lemma.isalpha() and lemma != word and common_parts(lemma, threshold):
                continue
            end = t.idx + len(t.text)
            if ctx.protected.kind_at(t.idx, end) is not None or ctx.lexicon.abbreviation(t):
                continue
            if listed is None:
                listed = _listed(ctx)  # only for texts with a candidate
            if t.i in listed or _after_honorific(t):
                continue
            if t.tag_ == "NN" and _repeated_noun(ctx, t):
                continue  # "Vergnügungssteuer" in a notice on it: the text's topic or a name
            yield Match(t.idx, end, {"word": word}, sentence=s.index)


def _repeated_noun(ctx: Context, t: Token) -> bool:
    """The noun stands in the text more than once (by word or lemma): the text's subject
    ("Vergnügungssteuer" in a notice on that tax, "Dauerbeschicker" in a trader's licence), a
    thing the reader owns or a name ("Kirchenredder", "Einödhof"). Findings reviews 150-306
    judged 1 of 16 such hints worth the time, 11 noise ("the subject of the whole notice",
    "a street name"); a rare adjective used twice ("unbillige Härte") stays flagged."""
    seen = ctx.doc.user_data.get("rare_noun_counts")
    if seen is None:  # once per text: every noun's form and lemma
        seen = Counter(k for x in ctx.doc if x.tag_ == "NN" for k in _keys(x))
        ctx.doc.user_data["rare_noun_counts"] = seen
    return any(seen[k] > 1 for k in _keys(t))


def _keys(t: Token) -> set[str]:
    return {t.text.casefold(), (t.lemma_ or t.text).casefold()}


_HONORIFICS = {"frau", "herr", "herrn", "dr.", "prof.", "familie", "eheleute"}


def _after_honorific(t: Token) -> bool:
    """A person's name: an honorific before it, with at most two capitalised words between
    ("Frau Mättig", "Frau\nUlrike Mättig", "Herrn Dr. Brökelmann"; findings review 245 saw an
    addressee's surname flagged as a rare word)."""
    k = t.i - 1
    for _ in range(3):
        while k >= 0 and t.doc[k].is_space:
            k -= 1
        if k < 0 or not t.doc[k].text[:1].isupper():
            return False
        if t.doc[k].lower_ in _HONORIFICS:
            return True
        k -= 1
    return False
