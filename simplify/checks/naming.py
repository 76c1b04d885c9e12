"""A sentence that gives a term its name: "Sie können uns vorher fragen. Das nennt man
Bauvoranfrage." The text explains the term there; the rules that ask for an explanation
leave it, its heading just above and its later uses alone (findings review 36). Also: an
abbreviation named by its topic or introduced right after its long name; a letter the reader
holds, named as such ("dieser Bescheid")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..clauses import neighbour
from ..lexicon import TermHit
from ..linebreaks import doc_text
from ..wordlists import Entry

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
    first = _names(text).get(word.casefold())
    return first is not None and first < start + NAMED_REACH


NAMED_REACH = 300  # characters after a heading to the sentence that names its term
# the naming verb and the word it names, found in one pass over the text
_NAMED_WORD = re.compile(_NAMING.pattern.rstrip("$") + r"(\w[\w-]*)")


@lru_cache(maxsize=64)
def _names(text: str) -> dict[str, int]:
    """Each word the text names, casefolded, with where it is named first (linear in the
    text: one regex pass, kept per text; checks ask once per term found)."""
    found: dict[str, int] = {}
    for m in _NAMED_WORD.finditer(text):
        found.setdefault(m.group(1).casefold(), m.start(1))
    return found


def named_here(text: str, start: int) -> bool:
    """The term is the name a short sentence gives to what the text has just described:
    "Sie können uns vorher fragen. Das nennt man Bauvoranfrage." (review 36: "the leaflet
    explains the term in the very next sentence")."""
    return _NAMING.search(text, max(0, start - 40), start) is not None


def topic_named(e: Entry, sentence: str) -> bool:
    """The sentence says what the law is about: "Sozialhilfe (SGB XII)" (the entry's note
    names its subject)."""
    topic = e.note.strip()
    return bool(topic) and len(topic.split()) <= 4 and topic.casefold() in sentence.casefold()


def introduced_after_name(e: Entry, text: str, start: int) -> bool:
    """The abbreviation stands in brackets right after the name, written another way:
    "Sozialgesetzbuch II (SGB II)" for "Zweites Buch Sozialgesetzbuch"."""
    before = text[max(0, start - 80): start].rstrip()
    if not before.endswith(("(", "[")):
        return False
    near = {w.casefold() for w in re.findall(r"\w+", before)[-6:]}
    return any(_same_word(w.casefold(), n) for r in e.replacements
               for w in re.findall(r"\w{5,}", r) for n in near)


def _same_word(word: str, near: str) -> bool:
    """The same word, or a long compound that holds the other without its genitive ending:
    "Verwaltungsvollstreckungsgesetzes für Baden-Württemberg (LVwVG)" introduces the
    "Landesverwaltungsvollstreckungsgesetz" (findings review 193)."""
    if word == near:
        return True
    a, b = _GENITIVE.sub("", word), _GENITIVE.sub("", near)
    return min(len(a), len(b)) >= 12 and (a in b or b in a)


_GENITIVE = re.compile(r"(?:es|s)$")


# "Untersagen heißt: …", "Was bedeutet Säumniszuschlag?": the text explains the word itself
_DEFINED_AFTER = re.compile(r"[ \t]*[„\"]?[ \t]*(?:heißt|bedeutet|meint)\b")
_DEFINED_BEFORE = re.compile(r"\b(?:[Ww]as (?:heißt|bedeutet|ist) (?:eine?n? |der |die |das )?"
                             r"[„\"]?)$")


def defined_here(text: str, start: int, end: int) -> bool:
    """The sentence defines this very word: a swap would leave its definition without the
    word it explains (safety review 139: "Untersagen heißt: …" had become "Verbieten heißt:
    …", after a sentence that used "Untersagung")."""
    return (_DEFINED_AFTER.match(text, end) is not None
            or _DEFINED_BEFORE.search(text, max(0, start - 30), start) is not None)


def names_this_letter(hit: TermHit) -> bool:
    """The term names a letter the reader has: after "dies-" the text points at itself ("Für
    diesen Bescheid wird eine Gebühr erhoben", blind review 33: "needs no gloss for citizens
    who received it"); after "mein/unser/Ihr" or before "vom <date>" it names one sent
    ("Meine Anhörung vom 19.03.2025", "im Bescheid vom 16. Mai 2025": findings reviews
    18-93, 0 of 7 worth, "a reference line to a letter the reader already received")."""
    head = hit.tokens[-1].lemma_.casefold() if hit.tokens[-1].lemma_ else ""
    before = neighbour(hit.tokens[0], -1)
    if before is not None and before.tag_ == "PDAT" and before.lower_.startswith("dies"):
        return head.endswith(_LETTERS)
    if not head.endswith(_SENT):
        return False  # "Ihre Patientenverfügung vom …" is the reader's own, still explained
    if before is not None and before.tag_ == "PPOSAT" and before.lower_.startswith(_OWNERS):
        return True
    last = hit.tokens[-1]
    return bool(_DATED.match(doc_text(last.doc), last.idx + len(last.text)))


# terms that name a letter, which "dies-" makes the one in the reader's hand; "mit diesem
# Titel" or "für diese Amtshandlung" still need their explanation
_LETTERS = ("bescheid", "verfügung", "anhörung")
# letters an office sends, which "mein/unser/Ihr" or a date make one the reader has had
_SENT = ("bescheid", "ordnungsverfügung", "anhörung")
_OWNERS = ("mein", "unser", "ihr")
_DATED = re.compile(r"\s+(?:vom|v\.)\s+\d")


# also "Die Abkürzung ist WBS." (safety review 195: "Die Abkürzung ist Wohnberechtigungsschein")
# and "Die kurze Form für dieses Amt ist: BAMF." (safety review 279)
_SHORT_WORDS = (r"(?:\bkurz|\babgekürzt|\b(?:Abkürzung|Kurzform|kurze\s+Form)"
                r"(?:\s+(?:für|dafür)(?:\s+\w+){0,3})?(?:\s+(?:ist|lautet|heißt))?)")
_SHORT_FOR = re.compile(_SHORT_WORDS + r"\s*:?\s*[„\"]?$", re.I)
SHORT_REACH = 300  # characters back to the full form that "kurz: WBS" abbreviates


def named_short(text: str, t: Token, fulls: list[str], intros: dict[str, int]) -> bool:
    """The text gives the short form after saying the full one: "… einen
    Wohnberechtigungsschein. Wir sagen kurz: WBS." (safety review 28: writing it out made
    "Wir sagen kurz: Wohnberechtigungsschein"), here or before: a plain leaflet that
    introduces "WBS" uses it on purpose afterwards, and writing it out again mixes two names
    for one thing (safety review 260: 36 such edits, "the reader gains nothing").
    ``intros``: per text, where each short form is first introduced, searched once (a
    search per use made a text full of "WBS" quadratic)."""
    if _SHORT_FOR.search(text, max(0, t.idx - 50), t.idx) is not None:
        at = t.idx
    else:
        if t.text not in intros:
            key = re.escape(t.text)
            m = re.search(rf"{_SHORT_WORDS}\s*:?\s*[„\"]?{key}\b|"
                          rf"\(\s*(?:kurz:?\s*)?{key}\s*\)", text, re.I)
            intros[t.text] = m.start() if m else len(text)
        at = intros[t.text]
        if at >= t.idx:
            return False
    before = text[max(0, at - SHORT_REACH):at].casefold()
    return any(f and f.casefold() in before for f in fulls)
