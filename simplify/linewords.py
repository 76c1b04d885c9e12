"""Closed word classes and patterns for the line-break decision (``linebreaks.py``): which
words keep a sentence going across a line break, which ones open a sentence, list markers,
placeholders and the abbreviations of forms."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from .clauses import FINITE
from .tagger import load_hanta

ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
            "eines"}
PREPOSITIONS = {
    "ab", "an", "am", "ans", "auf", "aufs", "aus", "außer", "bei", "beim", "bis", "durch",
    "für", "fürs", "gegen", "gegenüber", "gem.", "gemäß", "hinter", "in", "im", "ins",
    "inklusive", "innerhalb", "außerhalb", "binnen", "laut", "mit", "mittels", "nach", "neben",
    "ohne", "seit", "statt", "anstatt", "trotz", "über", "überm", "um", "unter", "von", "vom",
    "vor", "während", "wegen", "zu", "zum", "zur", "zwischen", "aufgrund", "anhand", "bezüglich",
    "bzgl.", "zzgl.", "abzgl.", "inkl.", "lt.", "entsprechend", "hinsichtlich", "zwecks",
    "spätestens", "frühestens", "mindestens", "höchstens", "insgesamt", "jeweils",
}
CONJUNCTIONS = {"und", "oder", "sowie", "bzw.", "aber", "sondern", "denn", "doch", "dass",
                "daß", "weil", "wenn", "ob", "sofern", "soweit", "falls", "als", "wie", "damit",
                "obwohl", "nachdem", "bevor", "während", "sodass", "wobei", "weder", "noch",
                "entweder", "sowohl", "u.", "bzw", "&", "+", "/", "-", "–", "beziehungsweise"}
DETERMINERS = {
    "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "sein", "seine",
    "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
    "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "euer", "eure", "dieser",
    "diese", "diesen", "diesem", "dieses", "jeder", "jede", "jeden", "jedem", "jedes", "alle",
    "allen", "aller", "alles", "kein", "keine", "keinen", "keinem", "keiner", "keines", "welche",
    "welcher", "welchen", "welchem", "welches", "manche", "einige", "mehrere", "viele", "wenige",
    "beide", "beiden", "sich", "mich", "mir", "dich", "dir", "uns", "ihm", "ihn", "es", "sie",
}
AUXILIARIES = {
    "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "worden", "hat",
    "haben", "hatte", "hatten", "habe", "bin", "sei", "seien", "wäre", "wären", "würde",
    "würden", "kann", "können", "konnte", "muss", "müssen", "musste", "soll", "sollen",
    "sollte", "sollten", "darf", "dürfen", "will", "wollen", "möchte", "möchten", "mag",
}
ADVERBS = {"nicht", "auch", "nur", "noch", "schon", "bereits", "sehr", "so", "zu", "zudem",
           "ebenfalls", "dann", "daher", "deshalb", "bitte", "etwa", "ganz", "immer", "nie",
           "mehr", "weniger", "besonders", "insbesondere", "vor", "allem", "jedoch", "also",
           "sowie", "hier", "dort", "hierzu", "dazu", "dafür", "darauf", "davon", "damit",
           "darüber", "dabei", "möglichst", "ggf.", "evtl.", "ca.", "z.", "je", "pro", "rund"}
CONTINUES = ARTICLES | PREPOSITIONS | CONJUNCTIONS | DETERMINERS | AUXILIARIES | ADVERBS

# Capitalised, these words open a sentence and nothing else ("Sie", "Ihr" can stand anywhere).
OPENERS = {
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "es",
    "er", "ich", "wir", "man", "dann", "daraufhin", "danach", "also", "aber", "doch", "dazu",
    "dabei", "darum", "deshalb", "trotzdem", "leider", "außerdem", "ansonsten", "insgesamt",
    "zudem", "jedoch", "hier", "dort", "wenn", "als", "nachdem", "weil", "obwohl", "damit",
    "auch", "sonst", "mein", "meine", "unser", "unsere", "dies", "diese", "dieser", "bitte",
    "falls", "sofern", "soweit", "wer", "was", "wie", "wann", "wo", "warum", "welche",
    "welcher", "welches", "mir", "mich", "uns", "daher", "ferner", "beide", "nur", "nach",
}
ADDRESS = {"sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen"}
ANSWERS = {"ja", "nein", "ja:", "nein:", "entfällt", "trifft zu", "trifft nicht zu"}
# Conjunctions after a truncation hyphen: "Antrags- und Bewilligungsstelle"
TRUNCATION_CONJ = {"und", "oder", "bzw.", "sowie", "bis", "als", "noch", "wie", "&", "u."}
# Abbreviations that may end a sentence (the segmenter knows the same list)
MAY_END = {"usw.", "etc.", "ff.", "f.", "usf.", "Co.", "e.V."}

LIST_MARKER = re.compile(
    r"^(?:[-•*–·▪◦□☐■]|\d{1,2}[.)]|[a-zA-Z][)]|[ivxIVX]{1,4}[.)]|\(\w{1,3}\))$")
# a numbered item of a tariff or an outline ("7.2 Plakatständer …: 2,00 EUR"; findings
# review 130: "a tariff list, not a sentence"), unless a time follows ("7.30 Uhr")
# with a part's letter: "D.2 Verwendung von LED-Beleuchtung: [ ] ja [ ] nein"
SECTION_NUMBER = re.compile(r"^(?:[A-H]\.\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}(?:\.\d{1,2}){1,3})\.?$")
TIME_WORDS = {"Uhr", "Std", "Std.", "Stunden", "Minuten"}
PLACEHOLDER = re.compile(r"^[\s._…·\-–—/|:]*$")
FINAL = {".", "!", "?", "…", "!!", "??", "?!", "...", "…."}
CLOSERS = {"“", "”", "\"", "'", "’", "‘", "«", "»"}
ORDINAL = re.compile(r"^\d{1,4}\.$")
# a row of a table laid out with spaces: columns three spaces or a tab apart, an amount, a
# number or a percentage at the end
# a row of a table: columns set apart by wide spaces and a figure at its end, or cells
# between bars ("1 | Kelchberg, Amselweg 3 | Neueindeckung … | 14.280,00 €", findings review 236:
# six rows read as one sentence of 90 words)
TABLE_ROW = re.compile(r"\S(?: {3,}|\t+)\S[^\n]*(?:\d|€|Euro|EUR|%)$"
                       r"|\S[ \t]+\|[ \t]+\S[^\n]*?\S[ \t]+\|[ \t]+\S")
STRAY_AFTER_FINAL = re.compile(r"^\w{2,}[.!?][^\w\s.!?\-/]+$")  # "gesehen.€" (PDF debris)
UNKNOWN_SCORE = -25.0  # HanTa's log score for words its lexicon does not know lies below this
FIT_RATIO = 0.9  # the next word "would have fitted" below 90 % of the paragraph's width
REPEATED_PAIR = 3  # a pair of one-word lines seen this often is a two-line column header
WRAP_MIN_CHARS = 40  # without other evidence, shorter lines are labels, not wrapped prose
LABEL_START = re.compile(r"^[A-ZÄÖÜ][\w.\-/]*(?: [\w.\-/]+){0,2}: \S")  # "Datum: 05.11."


@lru_cache(maxsize=50_000)
def word_class(word: str) -> str:
    """The most likely STTS tag of a single word from HanTa's lexicon ("" if unknown)."""
    if not word or len(word) > 40 or not word[:1].isalpha():
        return ""
    from .tagger import to_stts

    try:
        tags = load_hanta().tag_word(word)
    except Exception:  # noqa: BLE001 - a lookup must never stop the segmenter
        return ""
    return to_stts(tags[0][0]) if tags else ""


# -- preparing the tokens -----------------------------------------------------------------------

# Abbreviations of forms that spaCy's tokenizer splits from their full stop ("Vordr", ".");
# the word lists carry the common ones ("Az.", "Gz.", "Bl.", "Nr.").
FORM_ABBREVIATIONS = {"Lfd", "lfd", "Vordr", "Vdr", "Aktz", "Gesch", "Bearb", "Sachb", "Zi",
                      "Durchw", "Ifd", "Lfdnr", "Anl", "Bez", "Vers", "Mitgl", "Verz"}


BOXES = {"☐", "□", "☒", "☑", "■"}


def _box(texts: list[str]) -> bool:
    """The tokens' texts are one box to tick: "☐", "[ ]" (its space is no token), "[x]"."""
    return (len(texts) == 1 and texts[0] in BOXES) or texts == ["[", "]"] or (
        len(texts) == 3 and texts[0] == "[" and texts[1] in {"x", "X"} and texts[2] == "]")


def checkbox_at(line: list[Token]) -> bool:
    """The line opens with a box to tick: "[ ]", "[x]", "☐"."""
    texts = [t.text for t in line[:3]]
    return any(_box(texts[:n]) for n in (1, 2, 3))


def checkbox_last(line: list[Token]) -> bool:
    """The line ends with a box to tick, or with boxes and their answers: a form's item ends
    there ("… sichern wird;   [ ]" / "5.3 für das Vorhaben …"; findings review 241: three
    items read as one sentence; "… Verpackungen:  [ ] ja  [ ] nein  [ ] entfällt" / "D.2 …",
    findings review 254)."""
    end = len(line)
    for n in (3, 2, 1):  # "… [ ] nein", "… [ ] trifft nicht zu"
        if n < len(line) and " ".join(t.lower_ for t in line[-n:]) in ANSWERS:
            end -= n
            break
    texts = [t.text for t in line[max(0, end - 3):end]]
    return any(_box(texts[-n:]) for n in (1, 2, 3) if n <= len(texts))


def starts_list(line: list[Token]) -> bool:
    """A list marker, a bullet, a statute's numbered paragraph or an item number opens the line."""
    first = line[0]
    if checkbox_at(line):
        return True  # "[ ] Kopie Personalausweis": a box to tick opens an item (fresh set 157)
    if LIST_MARKER.match(first.text) or first.text == "#":
        return not (first.text == "-" and len(first.whitespace_) == 0 and len(line) > 1)
    if (len(line) > 3 and first.text == "(" and line[2].text == ")"
            and len(line[1].text) <= 3 and line[1].text.isalnum() and line[2].whitespace_ != ""):
        # "(1) Die Teilnahme …": a numbered paragraph of a statute starts a unit, also after
        # a heading without a full stop ("§ 3 Zulassung"; a blind review saw "§ 3" read as
        # a citation inside the paragraph's first sentence)
        return True
    if len(line) > 1 and SECTION_NUMBER.match(first.text) and line[1].text[:1].isupper() \
            and line[1].text not in TIME_WORDS:
        return True  # "7.2 Plakatständer …: 2,00 EUR", an item of a tariff (not "7.30 Uhr")
    return len(line) > 1 and line[1].text == ")" and len(first.text) <= 2


def on_field_label(text: str, pos: int, tokens: list) -> bool:
    """The word at ``pos`` labels a form's field: its line holds a blank to fill in
    ("Anschrift: ______", "Geburtsname (falls abweichend) ......") and no finite verb of the
    passage ``tokens`` (a sentence with a blank, "Ich habe Einkünfte in Höhe von ……… EUR",
    is no label)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if "___" not in line and "....." not in line and "……" not in line:
        return False
    return not any(start <= t.idx < end and t.tag_ in FINITE for t in tokens)


# a quoted passage of a PDF text in a message: one line, and a word the line break hyphenated
# one word again ("Ordnungswidrig- keit" in a message, findings review 235)
_LINE_BREAK = re.compile(r"(?<=[a-zäöüß])-[ \t]*\n\s*(?=[a-zäöüß])|[ \t]*\n\s*")


def one_line(message: str) -> str:
    """The message on one line, with the words a line break split joined again."""
    return _LINE_BREAK.sub(lambda m: "" if m.group().startswith("-") else " ", message)
