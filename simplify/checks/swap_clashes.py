"""Replacements that clash with the clause around them: a second "nicht", an amount's word
before a date, a word the next one repeats, "now" in a clause told in the past, a second
pronominal adverb. Split from ``term_swaps.py``; each case was a one-click edit a blind safety
review judged wrong."""

from __future__ import annotations

import re

from ..clauses import FINITE
from ..lexicon import TermHit
from .passive import PAST_WERDEN


def clashes_in_clause(tok, repl: str) -> bool:  # noqa: ANN001
    """Replacing ``tok`` by ``repl`` breaks the clause it stands in."""
    return (_doubles_negation(tok, repl) or _clashes_with_next_word(tok, repl)
            or _second_pronominal_adverb(tok, repl) or _needs_determiner(tok, repl)
            or _genitive_pronoun_after(tok, repl) or _echoes_sentence(tok, repl))


def _verb_root(word: str) -> str:
    """"beauftragen", "Beauftragung", "beauftragt" -> "beauftrag"; "Zahlen" -> "zahl"."""
    w = word.casefold()
    for end in ("ungen", "ung", "en", "et", "t", "n", "e"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[:-len(end)]
    return w


def _echoes_sentence(tok, repl: str) -> bool:  # noqa: ANN001
    """A verb put in whose root another word of the sentence holds already: "mit der
    Beauftragung … betrauen" -> "… beauftragen" (findings review 303: "mit der Beauftragung
    beauftragen"), "Zahlen Sie den Betrag … zu entrichten" -> "… zu bezahlen"."""
    if not tok.tag_.startswith("V") or " " in repl.strip():
        return False
    root = _verb_root(repl)
    if len(root) < 4:
        return False
    sent = tok.sent
    for t in sent:
        if t.i == tok.i or not t.is_alpha or len(t.text) < 4:
            continue
        other = _verb_root(t.text)
        if len(other) >= 4 and (other in root or root in other):
            return True
    return False


# prepositions that take the genitive, as replacements of other genitive ones
_GENITIVE_PREPOSITIONS = {"wegen", "trotz", "statt", "anstatt", "während", "innerhalb",
                          "außerhalb", "aufgrund", "anhand", "mithilfe"}


def _genitive_pronoun_after(tok, repl: str) -> bool:  # noqa: ANN001
    """A preposition with the genitive before a pronoun in the genitive, replaced by one with
    the dative: "eine Auskunft, ausweislich derer Sie …" -> "laut derer" (safety review 181:
    ungrammatical; "laut der" would be right). "mittels dessen Hilfe" -> "mit dessen Hilfe"
    stays: there "dessen" is the noun's article, and its case does not change."""
    doc = tok.doc
    k = tok.i + 1
    if tok.tag_ != "APPR" or k >= len(doc) or repl.split()[0].casefold() in _GENITIVE_PREPOSITIONS:
        return False
    word = doc[k].lower_
    if word == "derer":
        return True
    return word in {"dessen", "deren"} and not (
        k + 1 < len(doc) and doc[k + 1].tag_ in {"NN", "NE", "ADJA", "ADV", "CARD"})


# attributes that point back only with a determiner: "in der genannten Sache", never "in
# genannter Sache" ("vorgenannter" stands alone: safety review 86, "unidiomatic")
_POINTING_BACK = {"genannt"}
_DETERMINERS = {"ART", "PDAT", "PPOSAT", "PIAT", "PWAT", "APPRART"}


def _needs_determiner(tok, repl: str) -> bool:  # noqa: ANN001
    """The replacement needs a determiner before it, and the word it replaces has none."""
    if repl not in _POINTING_BACK or tok.tag_ != "ADJA":
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is None or prev.tag_ not in _DETERMINERS


_AND = {"und", "oder", "sowie", "bzw."}


def joined_to_a_phrase(hit: TermHit, repl: str) -> bool:
    """A phrase with a preposition joined by "und" to another one: "Aus diesem Grund und im
    Hinblick auf …" -> "Deshalb und im Hinblick auf …" joins an adverb to a phrase (safety
    review 90: "a proof-reader would return it")."""
    first, last = hit.tokens[0], hit.tokens[-1]
    if first.tag_ not in {"APPR", "APPRART"}:
        return False
    doc = last.doc
    k = last.i + 1
    if not (k + 1 < len(doc) and doc[k].lower_ in _AND):
        return False
    # "zur Abholung und Verteilung von …": the second noun shares the preposition, and "zum
    # Abholen und Verteilung" breaks the pair (safety review 137)
    if last.tag_ == "NN" and (doc[k + 1].tag_ == "NN" or (
            doc[k + 1].tag_ == "ADJA" and k + 2 < len(doc) and doc[k + 2].tag_ == "NN")):
        return True
    return " " not in repl and doc[k + 1].tag_ in {"APPR", "APPRART"}


_REFERRING = {"dem", "der", "den", "des", "die", "das", "jenem", "jener", "demjenigen"}


def noun_referred_after(hit: TermHit) -> bool:
    """The phrase's noun is taken up after it: "zu einem früheren Zeitpunkt als dem der
    Stilllegung" -> "früher als dem der …" leaves "dem" without its noun (safety review 86)."""
    if not any(t.tag_ == "NN" for t in hit.tokens):
        return False
    doc = hit.tokens[-1].doc
    k = hit.tokens[-1].i + 1
    return (k + 2 < len(doc) and doc[k].lower_ == "als" and doc[k + 1].lower_ in _REFERRING
            and doc[k + 2].tag_ in {"ART", "APPR", "APPRART", "PPOSAT"})


def noun_described_after(hit: TermHit) -> bool:
    """A relative clause describes the noun of a listed phrase: "als Anlage, die der Nutzung
    der Windenergie dient" is an installation, not an enclosure (findings review 152: "wrong
    diagnosis"); the phrase's noun is meant literally there."""
    last = hit.tokens[-1]
    if len(hit.tokens) < 2 or last.tag_ != "NN":
        return False
    doc = last.doc
    k = last.i + 1
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].tag_ == "PRELS"


# "darüber", "darauf", "dafür", …: a pronominal adverb points to one object of its verb
PRONOMINAL_ADVERB = re.compile(r"da(?:r?(?:an|auf|aus|in|um|über|unter)|bei|durch|für|gegen|"
                               r"hinter|mit|nach|neben|von|vor|zu|zwischen)")


def _second_pronominal_adverb(tok, repl: str) -> bool:  # noqa: ANN001
    """A "da(r)-" replacement where the clause holds another one already: "Hierüber wurden
    Sie … darauf hingewiesen" -> "Darüber … darauf" points twice to one object (safety review
    74: the edit makes the writer's slip conspicuous)."""
    if not PRONOMINAL_ADVERB.fullmatch(repl.casefold()):
        return False
    doc = tok.doc
    for step in (-1, 1):
        k = tok.i + step
        while 0 <= k < len(doc) and abs(k - tok.i) < 15 and doc[k].text not in {".", ";", ":",
                                                                                 ","}:
            if doc[k].tag_ != "KOUS" and PRONOMINAL_ADVERB.fullmatch(doc[k].lower_):
                return True
            k += step
    return False


NEGATIONS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie",
             "niemals", "nichts"}


def _doubles_negation(tok, repl: str) -> bool:  # noqa: ANN001
    """A replacement that says "nicht" where the clause says "nicht" already: "ist nicht als
    entbehrlich anzusehen" -> "nicht als nicht nötig" (blind review 32)."""
    if repl.split()[0].casefold() not in NEGATIONS:
        return False
    doc = tok.doc
    for k in range(tok.i - 1, max(-1, tok.i - 7), -1):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in NEGATIONS:
            return True
    return False


_BUT = {"jedoch", "aber", "allerdings"}
_DATE = re.compile(r"\d{1,2}\.(?:\d{1,2}\.|$)")  # "26.08.2025", "26." before a month


def _clashes_with_next_word(tok, repl: str) -> bool:  # noqa: ANN001
    """The replacement does not fit the word that follows: it holds it ("sieht insbesondere
    vor" -> "sieht vor allem vor", safety review 67), or it counts and a date follows."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if nxt is not None and nxt.lower_ in _BUT and tok.i + 2 < len(tok.doc):
        nxt = tok.doc[tok.i + 2]  # "längstens jedoch bis zum 30.11." (safety review 193)
    if repl in {"höchstens", "mindestens"} and (
            (nxt is not None and (nxt.lower_ in {"zum", "bis"} or _DATE.match(nxt.text)))
            or (prev is not None and prev.lower_ == "bis")):
        # an amount's word before a date: "bis höchstens zum 31.08." (safety review 72),
        # "bis höchstens 26.08.2025" (safety review 74)
        return True
    return nxt is not None and nxt.is_alpha and nxt.lower_ in repl.casefold().split()


# a time word of the present beside a verb of the past: "wurde mit sofortiger Wirkung
# umgestellt" -> "wurde ab sofort umgestellt" (safety review 32: the tenses clash), also in
# the perfect passive ("ist … umgestellt worden")
PRESENT_TIME = ("ab sofort", "jetzt", "zurzeit", "ab jetzt")
PAST_MARKERS = PAST_WERDEN | {"war", "waren", "warst", "wart", "hatte", "hatten"}


def present_in_past(hit: TermHit, repl: str) -> bool:
    """The replacement says "now" in a clause told in the past tense."""
    return repl.casefold() in PRESENT_TIME and _clause_says(hit, PAST_MARKERS)


CLAUSE_REACH = 8  # tokens on each side of a hit, up to a punctuation mark


def _clause_says(hit: TermHit, words: set[str]) -> bool:
    """One of ``words`` stands beside the hit in its clause (up to a punctuation mark)."""
    doc = hit.tokens[0].doc
    for step, start in ((-1, hit.tokens[0].i - 1), (1, hit.tokens[-1].i + 1)):
        k = start
        while 0 <= k < len(doc) and abs(k - start) < CLAUSE_REACH and not doc[k].is_punct:
            if doc[k].lower_ in words:
                return True
            k += step
    return False


def adverb_for_noun_attribute(hit: TermHit, repl: str) -> bool:
    """A phrase with a preposition that belongs to the noun before it, in the part before the
    finite verb: "Die Übersendung auf elektronischem Wege wahrt die Frist" -> "Die Übersendung
    elektronisch wahrt …" (safety review 79); an adverb cannot follow a noun there."""
    first, last = hit.tokens[0], hit.tokens[-1]
    if " " in repl or not repl[:1].islower() or first.tag_ not in {"APPR", "APPRART"}:
        return False
    doc = first.doc
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if prev is None or prev.tag_ != "NN" or nxt is None or nxt.tag_ not in FINITE:
        return False
    k = first.i - 1
    while k >= 0 and not doc[k].is_sent_start and doc[k].text not in {".", ";", ":", "\n"}:
        if doc[k].tag_ in FINITE:
            return False  # after the finite verb the phrase may be the verb's own
        k -= 1
    return True


_NP_INNER = {"ART", "ADJA", "PPOSAT", "PDAT", "PIAT", "CARD", "ADV"}


def adverb_after_embedded_noun(hit: TermHit, repl: str) -> bool:
    """A phrase with a preposition that closes the clause after a noun which itself hangs on
    another noun or a preposition: "überwiegt das Interesse am Fortbestand der Erlaubnis in
    vollem Umfang." The phrase may belong to that noun ("the whole permit"); an adverb there
    would belong to the verb ("outweighs completely", safety review 142)."""
    first, last = hit.tokens[0], hit.tokens[-1]
    if " " in repl or not repl[:1].islower() or first.tag_ not in {"APPR", "APPRART"}:
        return False
    doc = first.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if first.i == 0 or doc[first.i - 1].tag_ != "NN" or (nxt is not None and not nxt.is_punct):
        return False
    k = first.i - 2
    while k >= 0 and doc[k].tag_ in _NP_INNER:
        k -= 1  # to the word before the noun phrase
    if k < 0:
        return False
    opener = doc[k + 1] if k + 1 < first.i - 1 else doc[first.i - 1]
    return doc[k].tag_ in {"NN", "NE", "APPR", "APPRART"} or opener.tag_ == "APPRART"


CAUSAL = {"deshalb", "daher", "darum", "deswegen", "also", "somit"}
CONTRAST = {"jedoch", "aber", "allerdings", "dennoch", "trotzdem", "gleichwohl", "indes",
            "indessen"}


def cause_beside_contrast(hit: TermHit, repl: str) -> bool:
    """A causal connector where the clause says "jedoch": "Vor diesem Hintergrund ist jedoch
    sicherzustellen" -> "Deshalb ist jedoch …" reads as a contradiction (safety review 144);
    the background a phrase names need not be a cause."""
    return repl.casefold() in CAUSAL and _clause_says(hit, CONTRAST)

