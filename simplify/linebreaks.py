"""Which line breaks end a unit: wrapped lines of PDF forms and letters versus labels.

Text extracted from a PDF has a hard line break at the end of every printed line. Inside a
paragraph (lines without a blank line between them) a break ends a unit only where the line is
a heading, a field label, a list item, a table cell or the end of a sentence. The decision uses
features that hold across documents, in this order:

1. structure: a list marker or bullet starts the next line; a line of placeholders
   ("……", "____"), a checkbox letter or number, or an answer word ("Ja", "Nein") stands alone;
   a table row (columns spaced apart, an amount at the end) ends its unit;
2. the end of the line: final punctuation ends it (an abbreviation such as "ggf.", "Az.",
   "Lfd. Nr.", an unknown short word before a full stop such as "eingetr." or an ordinal does
   not); a colon or semicolon ends it unless the next line goes on in lower case or brackets;
3. the next line: a lower-case start, placeholders or an opening bracket continue the line; a
   capitalised word that only opens sentences ("Die", "Wenn", "Ich") or a capitalised verb
   ("Haben Sie …") starts a new unit;
4. the last word: a comma, slash, truncation hyphen ("Antrags-"), article, preposition,
   conjunction, determiner, auxiliary, adverb or attributive adjective means the sentence goes
   on (closed word classes, plus a cached single-word lookup in HanTa's lexicon for adjectives
   and verbs; the tagger itself runs after segmentation);
5. a next line that starts with a label and its value ("Datum: 05.11.2026") is a new unit;
   a pair of one-word lines that repeats at least three times in the document is a column
   header printed over two lines ("Beleg" / "Nummer") and stays one unit;
6. width: if the first word of the next line would have fitted on this line (the paragraph's
   widest line sets the width), the break was deliberate and ends the unit;
7. a noun, code or closing bracket at the end followed by a capitalised word starts a new unit
   (two nouns in a row are a heading and a label, not prose); so does a full verb at the end
   (a clause ended);
8. otherwise a long line (40 characters or more) is wrapped prose and joins the next; a
   shorter one (an address line, a label) ends its unit.

Measured in ``benchmarks/bench_linebreaks.py``.

A hyphenated line end ("Antrag-" / "stellung") is merged into one token, so the analysis sees
one word; text and offsets stay. A truncation before a conjunction ("Antrags-" / "und …") stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from .linewords import (  # noqa: F401 - names of the decision
    ADDRESS,
    ANSWERS,
    ARTICLES,
    CLOSERS,
    CONTINUES,
    FINAL,
    FIT_RATIO,
    FORM_ABBREVIATIONS,
    LABEL_START,
    MAY_END,
    OPENERS,
    ORDINAL,
    PLACEHOLDER,
    PREPOSITIONS,
    REPEATED_PAIR,
    STRAY_AFTER_FINAL,
    TABLE_ROW,
    TRUNCATION_CONJ,
    UNKNOWN_SCORE,
    WRAP_MIN_CHARS,
    checkbox_last,
    starts_list,
    word_class,
)

# -- word classes -------------------------------------------------------------------------------

_TEXT_KEY = ("simplify", "text")


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep the string a Doc was tokenized from (spaCy's tokenizer is lossless, so it is
    ``doc.text``; merging tokens never changes it)."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it: spaCy's ``Doc.text`` joins every token each time
    (7 % of the time of a repeated check went there)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def prepare(doc: Doc) -> None:
    """Token fixes before the boundaries are decided (text and offsets never change)."""
    merge_abbreviations(doc)
    merge_hyphenated(doc)


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end)
    return span[0] if span is not None and len(span) == 1 else None


_ABBR_CANDIDATE = re.compile(r"(?<![\w.])([^\W\d_]{1,7})\.")
_HYPHEN_BREAK = re.compile(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)")


def merge_abbreviations(doc: Doc) -> None:
    """Join "Vordr" + "." into one abbreviation token, so that it ends no sentence.

    Known abbreviations of forms, and short words the lexicon does not know that stand before
    a number or another abbreviation ("Lfd. Nr. 3", "Ziff. 4"). Candidates come from the text
    (short words before a full stop), so the cost does not grow with every token.
    """
    spans = []
    n = len(doc)
    for m in _ABBR_CANDIDATE.finditer(doc_text(doc)):
        t = _token_at(doc, m.start(1), m.end(1))
        if t is None or t.i + 1 >= n or doc[t.i + 1].text != "." or t._.abbr:
            continue
        nxt = doc[t.i + 2] if t.i + 2 < n else None
        if t.text in FORM_ABBREVIATIONS or (
                nxt is not None and (nxt.text[:1].isdigit() or bool(nxt._.abbr)
                                     or (nxt.text.endswith(".") and len(nxt.text) <= 5))
                and len(t.text) <= 5 and _unknown_short(t.text)):
            spans.append(doc[t.i: t.i + 2])
    if not spans:
        return
    starts = {span.start_char for span in spans}
    with doc.retokenize() as retok:
        for span in spans:
            retok.merge(span)
    # token indices shift with every merge before them: find the merged tokens by offset
    for t in doc:
        if t.idx in starts:
            t._.abbr = t.text


# -- hyphenated line ends -----------------------------------------------------------------------


def merge_hyphenated(doc: Doc) -> None:
    """Merge "Antrag-" + line break + "stellung" into one token (text and offsets unchanged).

    The merged token's norm is the joined word ("Antragstellung"; "EU-Verordnung" before a
    capital). A truncation before a conjunction ("Antrags-" / "und") is left alone.
    """
    spans = []
    for m in _HYPHEN_BREAK.finditer(doc_text(doc)):
        left = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        right = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if left is None or right is None or right.start != left.end + 1:
            continue
        t, sp, nxt = doc[left.start], doc[left.end], doc[right.start]
        if (len(t.text) > 2 and t.text.endswith("-") and t.text[-2].isalpha()
                and not t.whitespace_ and sp.is_space and sp.text.count("\n") == 1
                and nxt.text[:1].isalpha() and nxt.lower_ not in TRUNCATION_CONJ
                and not (spans and spans[-1][1] > t.i)):
            spans.append((t.i, nxt.i + 1, t.text[:-1] + nxt.text if nxt.text[:1].islower()
                          else t.text + nxt.text))
    if not spans:
        return
    with doc.retokenize() as retok:
        for start, end, norm in spans:
            retok.merge(doc[start:end], attrs={"NORM": norm})


# -- line breaks --------------------------------------------------------------------------------


_CONTROL = "".join(chr(i) for i in range(32))


def _words(line: list[Token]) -> list[Token]:
    """The tokens of a line without spaces and control characters (PDF extraction leaves
    some, such as U+0007)."""
    return [t for t in line if not t.is_space and t.text.strip(_CONTROL)]


def _line_text(text: str, line: list[Token]) -> str:
    return text[line[0].idx: line[-1].idx + len(line[-1])].strip()


def _line_len(text: str, line: list[Token]) -> int:
    return len(_line_text(text, line))


def _is_alone(line: list[Token]) -> bool:
    """A line that is a unit of its own: placeholders, a checkbox letter or number, an answer."""
    text = "".join(t.text_with_ws for t in line).strip()
    if PLACEHOLDER.match(text) or len(text) <= 2:
        return True
    return text.lower() in ANSWERS or text.lower().rstrip(":") in ANSWERS


def _is_abbreviation(t: Token) -> bool:
    return t.text.endswith(".") and len(t.text) > 1 and (
        bool(t._.abbr) or bool(ORDINAL.match(t.text)) or t.text[:-1].replace(".", "").isalpha()
    )


@lru_cache(maxsize=50_000)
def _unknown_short(word: str) -> bool:
    """A short word HanTa's lexicon does not know: before a full stop, an abbreviation of a
    form ("eingetr.", "Vordr.", "Lfd.") rather than the end of a sentence."""
    if not word.isalpha() or len(word) > 7:
        return False
    from .tagger import load_hanta

    try:
        tags = load_hanta().tag_word(word)
    except Exception:  # noqa: BLE001
        return False
    return not tags or float(tags[0][1]) < UNKNOWN_SCORE


def _last_word(line: list[Token]) -> Token | None:
    return next((t for t in reversed(line) if any(map(str.isalnum, t.text))), None)


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper()


def _is_noun_end(t: Token, line: list[Token]) -> bool:
    """The line ends in a noun, a name, a code ("SGB XII") or a closing bracket."""
    if t.text[:1].isupper():
        return t.lower_ not in CONTINUES or t.i == line[0].i
    return False


def _verb_end(t: Token) -> bool:
    """A verb form that closes a clause (infinitive, participle): "…, die Sie gewähren"."""
    return t.text[:1].islower() and word_class(t.text) in {"VVINF", "VVPP", "VVIZU"}


def _has_finite_verb(line: list[Token]) -> bool:
    return any(t.text[:1].islower() and word_class(t.text) in {"VVFIN", "VAFIN", "VMFIN"}
               for t in line)


def _opens_sentence(t: Token) -> bool:
    """A capitalised word at the start of the next line that begins a sentence."""
    if not _capitalised(t) or t.text.isupper():
        return False
    low = t.lower_
    if low in OPENERS:
        return True
    if low in ADDRESS:
        return False
    cls = word_class(low)
    return cls.startswith(("VA", "VM", "VV")) and word_class(t.text) != "NN"


def _continues_after(t: Token, nxt: Token, first_in_line: bool = False) -> bool:
    """The last word of a line says that the sentence goes on."""
    low = t.lower_
    if t.text in {",", "/", "&", "+", "(", "„", "-", "–"} or (t.text.endswith(("-", "/"))
                                                            and len(t.text) > 1):
        return True
    if low in CONTINUES:
        return True
    if t.text[:1].isupper():
        # a capitalised word is a noun or a name (see _is_noun_end), unless it is an adjective
        # ("Münchner", "Europäischen") or capitalised only because it opens the line
        # ("Nichtselbständiger" / "Arbeit?")
        return word_class(t.text) == "ADJA" or (first_in_line and word_class(t.lower_) == "ADJA")
    cls = word_class(t.text)
    return cls in {"ADJA", "ADV", "PIAT", "PPOSAT", "PDAT", "ART", "APPR", "APPRART", "KON",
                   "KOUS", "PTKNEG", "PTKZU", "VAFIN", "VMFIN", "PIDAT", "PRELS", "PWAV"}


def _parallel(lines: list[list[Token]], k: int, para: range) -> bool:
    """The line opens like the one before or after it: the items of a list without markers
    ("lfd. Nr. 1: Pistole …" / "lfd. Nr. 2: …"; fresh set 42 read three such lines as one
    sentence of 26 words). Two equal words that open two lines of prose are rare."""
    line = lines[k]
    if len(line) < 3:
        return False
    head = (line[0].text, line[1].text)
    return any(j in para and len(lines[j]) >= 3 and (lines[j][0].text, lines[j][1].text) == head
               for j in (k - 1, k + 1))


def boundary_after(text: str, lines: list[list[Token]], k: int, width: int,
                   para: range, repeated: set[tuple[str, str]] | None = None,
                   prev_starts_unit: bool = True) -> bool:
    """True if the break between lines[k-1] and lines[k] (same paragraph) ends a unit.

    ``lines`` hold the words of each line (see ``_words``)."""
    prev, line = lines[k - 1], lines[k]
    if not prev or not line:
        return True
    # a bracket the line opens and the next line closes: "… des Innenministeriums (GebVO" /
    # "IM) in der jeweils …" is one sentence (findings review 188)
    before, after = _line_text(text, prev), _line_text(text, line)
    if before.count("(") > before.count(")") and after.count(")") > after.count("("):
        return False
    # 1. structure
    if starts_list(line):
        # "am" / "3. März": a number after a preposition or article is a date, not a point
        return not (ORDINAL.match(line[0].text) and prev[-1].lower_ in ARTICLES | PREPOSITIONS)
    if _is_alone(prev) or _is_alone(line):
        return True
    if _parallel(lines, k, para):
        return True
    if TABLE_ROW.search(before) or checkbox_last(prev):  # "… Ruhezeit    1.180,00 Euro"
        return True  # (review 45); "… sichern wird;   [ ]" (review 241)
    last, first = prev[-1], line[0]
    # 2. the end of the line
    while len(prev) > 1 and not prev[-2].whitespace_ and (
            last.text in CLOSERS or (not any(map(str.isalnum, last.text))
                                     and prev[-2].text in FINAL)):
        last = prev[-2]  # closing quotes and stray symbols after the final punctuation
        prev = prev[:-1]
    if last.text in FINAL or STRAY_AFTER_FINAL.match(last.text) or (
            last.text.endswith((".", "!", "?")) and len(last.text) > 1
            and not _is_abbreviation(last)):
        if last.text == "." and len(prev) > 1 and not prev[-2].whitespace_ and (
                (len(prev[-2].text) == 1 and prev[-2].text.isupper())
                or _unknown_short(prev[-2].text)):
            # an initial or an abbreviation: "eingetr." / "Lebens…"; but a name the tagger does
            # not know ends the sentence when a sentence opener follows ("Bon Scott." / "Der")
            return starts_list(line) or (len(prev[-2].text) != 1 and _opens_sentence(first))
        return True
    if _is_abbreviation(last):
        if last.text in MAY_END or last._.abbr in MAY_END:
            return _capitalised(first)
        if ORDINAL.match(last.text) and _opens_sentence(first):
            return True
        return starts_list(line)
    if last.text in {":", ";"}:
        return not (first.text[:1].islower() or first.text == "(")
    if (last.like_email or last.like_url) and first.text[:1].isupper():
        return True  # a contact line's address, then a sentence (findings review 218)
    # 3. the start of the next line
    if first.text[:1].islower() or first.text[:1] in "(…._[":
        return False
    if last.text == "_" and (first.text[:1].isupper() or first.text[:1].isdigit()):
        return True  # "… Rechtsform: ______" / "2  Angaben zur …": the field is filled in
    if _opens_sentence(first):
        return True
    # 4. the last word says the sentence goes on
    word = _last_word(prev)
    if word is None:
        return True
    if last.text not in {")", "]"} and _continues_after(last, first, last.i == prev[0].i):
        return False
    # 5. the next line starts with a label ("Datum: …", "Bescheid vom: …")
    if LABEL_START.match(after):
        return True
    # a pair of one-word lines that repeats in the document is a column header printed in two
    # lines ("Beleg" / "Nummer" over every section of a form), not two labels
    if repeated is not None and (prev[-1].text, first.text) in repeated and len(prev) == 1 \
            and len(line) == 1:
        return False
    # 6. the next word would have fitted on this line: the break was deliberate
    if _line_len(text, prev) + 1 + len(first.text) <= FIT_RATIO * width:
        return True
    # 7. a line that is a unit of its own so far (a heading, a label) and ends in a noun, a
    # closing bracket or a clause-final verb, then a capitalised word: a new unit. Inside a
    # running sentence two nouns in a row are common ("Präsident" / "Franjo Tudjman").
    if first.text[:1].isupper() and first.lower_ not in ADDRESS and prev_starts_unit:
        if last.text in {")", "]"}:
            return True
        if _is_noun_end(word, prev):
            return not first.text.isupper() and not _has_finite_verb(prev)
        if _verb_end(word):
            return True
    # 8. otherwise a long line is wrapped prose, a short one (an address line, "Nr. 5") ends
    return _line_len(text, prev) < WRAP_MIN_CHARS


def unit_starts(doc: Doc, lines: list[list[Token]], blank_before: list[bool]) -> list[bool]:
    """For each line: True if a unit starts with it (the break before it ends one)."""
    text = doc_text(doc)
    lines = [_words(line) for line in lines]
    n = len(lines)
    starts = [True] * n
    pairs: dict[tuple[str, str], int] = {}
    for j in range(1, n):
        a, b = lines[j - 1], lines[j]
        if not blank_before[j] and len(a) == 1 and len(b) == 1:
            key = (a[0].text, b[0].text)
            pairs[key] = pairs.get(key, 0) + 1
    repeated = {key for key, count in pairs.items() if count >= REPEATED_PAIR}
    k = 0
    while k < n:
        end = k + 1
        while end < n and not blank_before[end]:
            end += 1
        para = range(k, end)
        width = max((_line_len(text, lines[j]) for j in para if lines[j]), default=0)
        for j in range(k + 1, end):
            starts[j] = boundary_after(text, lines, j, width, para, repeated, starts[j - 1])
        k = end
    return starts
