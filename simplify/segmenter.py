"""Sentence segmentation for German administrative text.

spaCy's rule-based sentencizer splits after every full stop. Official German texts are full of
full stops that end nothing (``Abs.``, ``z. B.``, ``31. Oktober``, ``§ 3 Abs. 2 Nr. 1``) and of
lines that end without any punctuation (field labels, headings, list items). This component
decides boundaries from three sources, in order:

1. line structure: a line break ends a unit unless the line is plainly wrapped prose;
2. sentence-final punctuation (``. ! ?``) followed by a plausible sentence start;
3. abbreviations and ordinals never end a sentence, except the few that may (``usw.``, ``etc.``)
   when a closed-class word starts the next sentence.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from wordfreq import zipf_frequency

from . import linebreaks as _linebreaks
from .clauses import MARKERS

MONTHS = {
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "jan.", "feb.", "mär.", "mrz.", "apr.",
    "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dez.",
}

# Abbreviations that may stand at the end of a sentence.
MAY_END = {"usw.", "etc.", "ff.", "f.", "u. a. m.", "u. v. m.", "usf.", "e. V.", "e.V.", "Co.",
           "o. Ä.", "u. Ä.", "o.Ä.", "u.Ä.",
           # units after a number: "in Höhe von 50 v. H. Außerdem …" (safety review 56)
           "v. H.", "v. T.", "p. a.", "Mio.", "Mrd.", "Tsd.", "Std.", "Stk.", "Min."}

# units of measure that the tokenizer keeps whole with a stop after a number ("210 m.")
UNITS = {"m", "km", "cm", "mm", "qm", "kg", "g", "t", "l", "ml", "ha", "h", "min", "kw", "kwh",
         "mw", "db", "ct", "mg", "µg"}

# Capitalised closed-class words that open a sentence (after "usw." or at a wrapped line).
SENTENCE_OPENERS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "bitte",
    "sie", "wir", "ich", "er", "es", "man", "dies", "diese", "dieser", "dieses", "danach",
    "dann", "außerdem", "auch", "für", "bei", "im", "in", "wenn", "falls", "sofern", "damit",
    "deshalb", "daher", "so", "zum", "zur", "mit", "nach", "vor", "ab", "bis", "am", "alle",
    "jede", "jeder", "ihr", "ihre", "unser", "unsere", "hier", "dort", "nur", "weitere",
    "zudem", "ferner", "aber", "doch", "jedoch", "oder", "und", "wer", "was", "wie", "wann",
    "wo", "warum", "welche", "kein", "keine", "nicht", "hinweis", "achtung", "wichtig",
    # pronominal adverbs and sentence adverbs open a sentence after a unit ("… noch 0,90 m.
    # Darüber hinaus ragen …": findings review 222, two sentences read as one)
    "darüber", "dabei", "dagegen", "davon", "dazu", "darauf", "daraufhin", "allerdings",
    "zusätzlich", "somit", "folglich", "trotzdem", "anschließend", "ebenso", "gleichzeitig",
}


LIST_MARKER = re.compile(r"^(?:[-•*–·▪◦]|\d{1,2}[.)]|[a-zA-Z][)]|[ivxIVX]{1,4}[.)]|\(\w{1,3}\))$")
_FINAL = {".", "!", "?", "…"}
_FINAL_RUN = re.compile(r"^(?:[.!?…]{2,}|[:;]-?[)(DP])$")  # "...", "!!!", "?!", ":)", ";-)"
_FINAL_LAST = {".", "!", "?", "…", ")", "(", "D", "P"}  # the last character of a _is_final text
_CLOSERS = {"“", "”", "\"", "'", "''", "’", "‘", "«", "»", ")", "]", "*", "**"}
# an amount with thousands separators or decimals and the sentence's full stop: "1.000."
_AMOUNT_END = re.compile(r"^\d{1,3}(?:\.\d{3})+\.$|^\d+,\d+\.$")
_ORDINAL = re.compile(r"^\d{1,4}\.$")
# A date with its year ("vom 28.10.2026.") is never an ordinal; nor, as a rule, is a year
# ("im Jahr 2016.") unless an article or determiner stands before it ("der 1000. Besucher").
_DATE_END = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})\.$")
_YEAR_END = re.compile(r"^1\d{3}\.$|^2[01]\d{2}\.$")
_ORDINAL_BEFORE = {
    "der", "die", "das", "den", "dem", "des", "zum", "zur", "am", "im", "vom", "beim", "ins",
    "ihr", "ihre", "ihrem", "ihren", "ihres", "sein", "seine", "seinem", "seinen", "seines",
    "unser", "unsere", "unserem", "unseren", "dieser", "diese", "dieses", "diesem", "diesen",
    "jeder", "jede", "jedes", "jedem", "jeden",
}

Token.set_extension("is_marker", default=False, force=True)  # list marker such as "a)" or "•"


def _line_start_marker(doc: Doc, i: int) -> int:
    """Return the index after a list marker starting at token i, or i if there is none."""
    t = doc[i]
    if LIST_MARKER.match(t.text):
        return i + 1
    if i + 1 < len(doc) and doc[i + 1].text == ")" and re.match(r"^(\w|\d{1,2})$", t.text):
        return i + 2
    return i



def _sentence_start_plausible(tok: Token) -> bool:
    ch = tok.text[:1]
    return ch.isupper() or ch.isdigit() or ch in "„\"'»«([§-•*`‚"


@Language.component("admin_segmenter", assigns=["token.is_sent_start"])
def admin_segmenter(doc: Doc) -> Doc:
    """Set sentence starts for administrative German (see module docstring)."""
    _linebreaks.prepare(doc)  # "Antrag-\nstellung", "Vordr." one token each; offsets stay
    n = len(doc)
    if n == 0:
        return doc
    starts = [False] * n
    # Lines: groups of non-space tokens between whitespace tokens containing a newline, or
    # tokens whose trailing whitespace holds a newline (spaCy keeps single "\n" as a token).
    lines: list[list[Token]] = []
    blank_before: list[bool] = []
    current: list[Token] = []
    pending_blank = False
    spaces: list[bool] = []
    for t in doc:
        space = t.is_space
        spaces.append(space)
        if space:
            if "\n" in t.text:
                if current:
                    lines.append(current)
                    blank_before.append(pending_blank)
                    current = []
                    pending_blank = t.text.count("\n") >= 2
                else:
                    pending_blank = pending_blank or t.text.count("\n") >= 1
            continue
        current.append(t)
    if current:
        lines.append(current)
        blank_before.append(pending_blank)

    # Which line breaks end a unit: simplify/linebreaks.py
    unit_starts = _linebreaks.unit_starts(doc, lines, blank_before)
    markers: set[int] = set()
    for k, line in enumerate(lines):
        first = line[0]
        if unit_starts[k]:
            starts[first.i] = True
        j = _line_start_marker(doc, first.i)
        for m in range(first.i, min(j, line[-1].i + 1)):
            doc[m]._.is_marker = True
            markers.add(m)
        _split_inside_line(doc, line, starts)
    doc.user_data[MARKERS] = frozenset(markers)
    starts[0] = True
    # Whitespace tokens never start a sentence of their own unless they begin the doc.
    # One array write: Token.is_sent_start checks the whole doc's annotation on every call,
    # which made setting it token by token quadratic.
    values = numpy.array(
        [1 if starts[i] and (i == 0 or not spaces[i]) else -1 for i in range(n)],
        dtype="int64",
    ).reshape(n, 1).astype("uint64")  # spaCy's arrays are unsigned; -1 wraps as in to_array
    doc.from_array([SENT_START], values)
    return doc



def _split_inside_line(doc: Doc, line: list[Token], starts: list[bool]) -> None:
    toks = line  # the tokens of a line, without whitespace tokens
    texts = [t.text for t in toks]  # each read once: reading spaCy's strings is the slow part
    for pos in range(len(toks) - 1):
        t, text = toks[pos], texts[pos]
        nxt_pos = pos + 1
        # most tokens are words: a final token ends in one of _FINAL_LAST, and a strict
        # opener starts with a capital (both tested here before the full tests)
        if text[-1:] in _FINAL_LAST and _is_final(text):
            # closing quotes and brackets attached to the final punctuation stay with it
            while (nxt_pos < len(toks) and texts[nxt_pos] in _CLOSERS
                   and not toks[nxt_pos - 1].whitespace_):
                nxt_pos += 1
            if nxt_pos >= len(toks):
                continue
            nxt = toks[nxt_pos]
            if _ends_sentence(t, nxt, toks[pos - 1] if pos else None):
                starts[nxt.i] = True
        elif texts[nxt_pos][:1].isupper() and _opens_strictly(texts[nxt_pos]) and (
                (text == ":" and _colon_sentence(toks[nxt_pos]))
                or _missing_stop(t, toks[nxt_pos])):
            starts[toks[nxt_pos].i] = True


def _is_final(text: str) -> bool:
    return text in _FINAL or bool(_FINAL_RUN.match(text)) or (
        text.endswith(".") and len(text) > 1
    )


def _opens_strictly(text: str) -> bool:
    """What both tests after a non-final token need of the next one (``_colon_sentence``,
    ``_missing_stop``): a capital, and a closed-class word or a form of address; most tokens
    fail it, so the tests are not asked."""
    return text[:1].isupper() and (text.lower() in _OPENERS_STRICT
                                   or text in {"Sie", "Ihr", "Ihre", "Bitte"})


# Capitalised closed-class words that only ever stand at a sentence start ("Sie", "Ihr" are
# forms of address and can stand anywhere, so they are not in this list).
_OPENERS_STRICT = {
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "es",
    "er", "ich", "wir", "man", "dann", "daraufhin", "danach", "also", "aber", "doch", "dazu",
    "dabei", "darum", "deshalb", "trotzdem", "leider", "außerdem", "ansonsten", "insgesamt",
    "zudem", "jedoch", "hier", "dort", "wenn", "als", "nachdem", "weil", "obwohl", "damit",
    "auch", "sonst", "mein", "meine", "unser", "unsere", "dies", "diese", "dieser",
}
_NO_STOP_BEFORE = {"von", "vom", "zu", "zum", "zur", "in", "im", "an", "am", "auf", "für", "mit",
                   "der", "die", "das", "den", "dem", "des", "und", "oder", "&", "„", "\"",
                   "(", "[", "-", "–", ":", "/"}


def _colon_sentence(nxt: Token) -> bool:
    """After a colon, a capitalised closed-class word starts a full sentence (Duden D 45)."""
    return nxt.text[:1].isupper() and (
        nxt.text.lower() in _OPENERS_STRICT or nxt.text in {"Sie", "Ihr", "Ihre", "Bitte"}
    )


def _missing_stop(t: Token, nxt: Token) -> bool:
    """A sentence that ends without punctuation: "... verlangt Daraufhin hat er ..."."""
    if nxt.text.lower() not in _OPENERS_STRICT or not nxt.text[:1].isupper():
        return False
    return not (t.lower_ in _NO_STOP_BEFORE or t.i == 0
                or not any(map(str.isalnum, t.text)))


# letters: an abbreviation this long is rare, and the listed ones ("Staatsangeh.") are one token
# with their stop, so they never come here as a word before a "." token
LONG_WORD = 10


def _common_word(t: Token | None) -> bool:
    """A word of general German, long enough to be no abbreviation that lost its full stop
    ("Ziff", "Lfd" are merged with it before; "Rathausstr" is handled by its ending), or a
    word too long to be an abbreviation at all ("Rohstoffproblem", "ARD-Deutschlandtrend")."""
    if t is None or t._.abbr:
        return False
    if len(t.text) >= LONG_WORD and t.text.replace("-", "").isalpha():
        return True
    if not t.text.isalpha() or len(t.text) < 4:
        return False
    # "large" is what "best" means for German; one name keeps one copy of the list in memory
    # (wordfreq caches by name; forms.py asks for "large": 50 MB more with both)
    return (zipf_frequency(t.text, "de", wordlist="large") >= 3.0
            or zipf_frequency(t.text.lower(), "de", wordlist="large") >= 3.0)


def _degree_unit(t: Token) -> bool:
    """"C" or "F" right after a degree sign: "43 °C", "43°C"."""
    return t.text in {"C", "F"} and t.i > 0 and t.doc[t.i - 1].text.endswith("°")


def _book_number(t: Token) -> bool:
    """A book's number after a code's short name: "§ 67 SGB X. Die …" (findings review 80)."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    return (t.text in {"I", "V", "X"} and before is not None and len(before.text) >= 2
            and before.text.isupper() and before.text.isalpha())


def _joined_to_a_number(t: Token) -> bool:
    """A hyphen or slash joins the token to a cardinal number before it: "1143-1."."""
    if t.i < 2:
        return False
    dash, number = t.doc[t.i - 1], t.doc[t.i - 2]
    return (dash.text in {"-", "–", "/"} and not dash.whitespace_ and not number.whitespace_
            and number.text.isdigit())


def _digit_groups(t: Token) -> bool:
    """The token ends a run of digit groups: an IBAN or a phone number ("DE09 … 4471 88.")."""
    return t.i >= 2 and all(any(c.isdigit() for c in x.text) and x.text.isalnum()
                            for x in (t.doc[t.i - 1], t.doc[t.i - 2]))


_CLASS_HEADS = ("klasse", "zone", "gruppe", "stufe", "typ", "kategorie", "variante", "spalte",
                "tabelle", "liste", "anlage", "teil", "abschnitt", "buchstabe", "modell")


def _class_letter(letter: Token) -> bool:
    """A class's letter after its noun ("… als eine Kleinkläranlage der Ablaufklasse C. Das
    Grundstück …"), no initial: two sentences had been read as one of 47 words (findings
    review 218). Initials follow a name or "Herr"/"Frau", never such a noun."""
    if letter.i == 0:
        return False
    noun = letter.doc[letter.i - 1]
    return noun.text[:1].isupper() and noun.lower_.endswith(_CLASS_HEADS)


_AFTER_NAME = {"Bitte", "Sie", "Ihr", "Ihre"}  # an initial's surname is none of these


def _after_a_word(letter: Token) -> bool:
    """The initial follows a word of its own ("Brüder R.", "Frau K."), not an abbreviation
    ("z. B.") or a number ("Abs. 2 S. 1")."""
    if letter.i == 0:
        return False
    word = letter.doc[letter.i - 1]
    return word.is_alpha and len(word.text) >= 2 and bool(word.whitespace_)


def _ends_sentence(t: Token, nxt: Token, prev: Token | None) -> bool:
    text = t.text
    if text in {"!", "?", "…"} or _FINAL_RUN.match(text):
        return _sentence_start_plausible(nxt)
    if text == ".":
        if not _sentence_start_plausible(nxt):
            # a lowercase start after a full stop is a typo, not an abbreviation, when the
            # word before is long enough not to be an unknown abbreviation
            return (nxt.text[:1].islower() and prev is not None and len(prev.text) >= 5
                    and prev.text.isalpha())

        # "... Nr. 3 Abs." patterns are handled by the tokenizer; a lone "." after a single
        # letter is an initial ("J. Müller"), not an end.
        if prev is not None and len(prev.text) == 1 and prev.text.isupper():
            # but a degree's unit is no initial: "… 43 °C. Eine Analyse …" (review 77)
            return ((_degree_unit(prev) or _book_number(prev) or _class_letter(prev))
                    and _sentence_start_plausible(nxt))
        if prev is not None and re.search(r"(?:str|Str|Nr|Abs)$", prev.text):
            # "Rathausstr. 1", "Zimmermann-Str. 9"; but "in der Hauptstr. Es hat ..." ends
            return _closed_class_start(nxt)
        if nxt.text[:1].isdigit():
            # "... Nr. 9" or a number inside; a numbered point ("5. Anträge") starts anew, and
            # so does a number after a full stop that follows a common word ("... ein
            # Problem. 82 Prozent ...", "... an Bedeutung. 1918 wurde ...")
            return bool(_ORDINAL.match(nxt.text)) or _common_word(prev)
        return True
    # A token ending in "." that the tokenizer kept whole: an abbreviation, ordinal or date.
    if text == "Art." and prev is not None and prev.is_alpha and prev.text.islower() \
            and len(prev.text) > 4 and prev.text.endswith(("e", "en", "er", "es", "em")) \
            and nxt.is_alpha and nxt.text[:1].isupper():
        return _sentence_start_plausible(nxt)  # "eine streng geschützte Art. Nach § 44 …":
        # the noun (kind, species) after its adjective (findings review 245); "des Art. 116"
        # and "Art. 5" stay a citation
    if _AMOUNT_END.match(text) or _DATE_END.match(text):
        # "EUR 1.000.", "3,50." or "vom 28.10.2026.": an amount or a full date is never an
        # ordinal, so the stop ends the sentence
        return _sentence_start_plausible(nxt)
    if (_YEAR_END.match(text) and nxt.text.lower() not in MONTHS
            and (prev is None or prev.lower_ not in _ORDINAL_BEFORE)):
        # "im Jahr 2016. Bereits jetzt ...": a year ends the sentence
        return _sentence_start_plausible(nxt)
    if _ORDINAL.match(text) and (_joined_to_a_number(t) or _digit_groups(t)) \
            and nxt.text.lower() not in MONTHS:
        # "nach DIN EN 1143-1. Munition …": the second part of a code or a range of cardinal
        # numbers is no ordinal (fresh set 162); "vom 1.-3. März" is, with its month; nor is
        # the last group of an IBAN ("… 4471 88. Sollte Ihnen …", findings review 247)
        return _sentence_start_plausible(nxt)
    if _ORDINAL.match(text):
        # "am 31. Oktober", "die 2. Mahnung": an ordinal inside a sentence; but "ab 3. Unsere
        # Kinder ..." ends one, since a closed-class word cannot follow an ordinal.
        if _number_of_noun(prev, nxt):
            return _sentence_start_plausible(nxt)
        return _closed_class_start(nxt)
    if text in PER_CENT and prev is not None and prev.text[:1].isdigit() and nxt.i + 1 < len(
            nxt.doc) and nxt.text[:1].isupper() and nxt.doc[nxt.i + 1].lower_ in _AUXILIARIES:
        return True  # "zu 20 v. H. Verwaltungsgebühren werden …" (review 286), not "Zuschlag,"
    if t._.abbr in MAY_END or text in MAY_END or (
            prev is not None and text[:-1].lower() in UNITS and (prev.text[:1].isdigit() or (
                prev.text == "/" and prev.i >= 2 and prev.doc[prev.i - 1].text.lower() in UNITS
                and prev.doc[prev.i - 2].text[:1].isdigit()))):
        # a listed abbreviation, or a unit after a number ("210 m. Insgesamt", "0,31 mg/l. Eine")
        return nxt.text[:1].isupper() and (nxt.text.lower() in SENTENCE_OPENERS
                                           or nxt.text.lower() in _OPENERS_STRICT)
    # Any other abbreviation: its full stop is also the sentence's when it stands last (Duden:
    # one stop for both). A capitalised closed-class word cannot continue a sentence after a
    # capitalised abbreviation, a noun ("Art.", "Str."), as after an ordinal: "Projekte jeder
    # Art. Das Internet ...". Lower-case ones introduce something ("vgl. Die Zeit"): kept.
    # An initial after a name ends the sentence before "Bitte" or "Sie" too: "… keine Ansprüche
    # gegen die Brüder R. Bitte lassen Sie …" (findings review 236: read as one sentence)
    return text[:1].isupper() and (_closed_class_start(nxt) or (
        len(text) == 2 and nxt.text in _AFTER_NAME and _after_a_word(t)))


# "vom Hundert": a noun and an auxiliary after it open the next sentence (findings review 286)
PER_CENT = {"v. H.", "v.H.", "v. T.", "v.T."}
_AUXILIARIES = {"wird", "werden", "ist", "sind", "kann", "können", "muss", "müssen", "darf",
                "dürfen", "soll", "sollen", "hat", "haben"}


# the parts of a citation that count with a cardinal number
_COUNTED_BY = {"§", "§§", "Abs.", "Absatz", "Art.", "Artikel", "Nr.", "Nummer", "Satz", "S.",
               "Ziff.", "Ziffer", "Buchst.", "lit.", "Anlage", "Anl."}
WEEKDAYS = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}


def _number_of_noun(prev: Token | None, nxt: Token) -> bool:
    """The number names the noun before it ("nach Pflegegrad 3. Pflegegeldbezieher …", "in
    Klasse 5. Die Schule …"): a cardinal after a noun, so its stop ends the sentence (blind
    review 26 found two sentences read as one). Not before a month or after a weekday: "am
    Freitag 3. Mai" is a date, "Im 3. Stock" an ordinal. A number that a citation counts
    ("§ 46 Abs. 1 Nr. 11. Maßgeblich …", findings review 62) is a cardinal too."""
    if prev is not None and prev.text in _COUNTED_BY and nxt.text[:1].isupper():
        return nxt.text.lower() not in MONTHS
    if prev is None or not (prev.is_alpha and prev.text[:1].isupper() and len(prev.text) > 3):
        return False
    low = prev.text.lower()  # the segmenter runs before the tagger: words, not tags
    return (low not in SENTENCE_OPENERS and low not in _ORDINAL_BEFORE and low not in WEEKDAYS
            and low not in _NO_STOP_BEFORE and nxt.text.lower() not in MONTHS
            and nxt.text[:1].isupper())


def _closed_class_start(nxt: Token) -> bool:
    """A capitalised closed-class word that only ever opens a sentence ("Das", "Wir")."""
    return nxt.text.lower() in _OPENERS_STRICT and nxt.text[:1].isupper()
