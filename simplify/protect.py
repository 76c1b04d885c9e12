"""Text that suggestions must leave alone, found once per analysed text.

* quotations: „…“, "…", ,,…'', »…«, «…» (a quoted statute or a quoted letter stays verbatim);
* citation blocks: the paragraph after a line that introduces a quotation ("… lautet:",
  "… heißt es:", "Wortlaut:");
* proper names: multi-word names of authorities, bodies and programmes ("Staatsministerium
  für Soziales und Verbraucherschutz", "Bundesagentur für Arbeit"), names the tagger marks
  (NE), all-caps codes and identifiers ("ELStAM", "SGB", "A-12"), and the organisation's own
  list of names (``names`` in its configuration);
* titles of statutes, rules and agreements with their short name in brackets ("Satzung zum
  Schutz des Baumbestandes in der Stadt Kervenich (Baumschutzsatzung)", "Technische Regeln für
  Arbeitsstätten (ASR)"): a name the writer cannot change;
* headings and form labels (short lines without a finite verb and without final
  punctuation): no explanation is inserted there, because it would change a field's label.

All scans are linear in the length of the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .linebreaks import doc_text
from .linewords import ADDRESS  # the reader's pronouns, lower case
from .mail_header import HEADER_LINE, quoted_message
from .titles import UNIT_WORDS, citation_blocks, title_spans
from .tokens import frozen_tokens, sentence_bounds

QUOTE_PAIRS = {"„": "“", "»": "«", "«": "»", ",,": "''", '"': '"', "‚": "‘"}
_OPEN = re.compile(r"„|»|«|,,|\"|‚")
MAX_QUOTE = 3000  # characters; an opening mark without a close this near is no quotation
# heads of names of authorities, bodies and programmes
ORG_HEADS = ("ministerium", "amt", "ämter", "behörde", "agentur", "gericht", "kammer", "verband",
             "stiftung", "anstalt", "kasse", "zentrale", "direktion", "präsidium", "senat",
             "kommission", "institut", "dienst", "bank", "programm", "fonds", "gesellschaft",
             "versicherung", "beauftragte", "beauftragter", "rat", "büro", "center", "zentrum",
             "landkreis", "bezirk", "regierung", "verwaltung", "universität", "hochschule")
NAME_LINKS = {"für", "der", "des", "und", "von", "zur", "zum", "im", "am", "in", "&"}
LABEL_WORDS = 12
MAX_NAME = 200  # characters: no name of a body is longer
_CODE = re.compile(r"^(?=.*[A-ZÄÖÜ].*[A-ZÄÖÜ0-9])[A-ZÄÖÜ0-9][A-Za-zÄÖÜäöüß0-9/\-_.]*$")


@dataclass
class Protected:
    """Protected spans of one text, each with its kind, sorted and merged per kind."""

    spans: list[tuple[int, int, str]] = field(default_factory=list)
    labels: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.spans.sort()
        # the largest end so far: spans of different kinds nest (a name inside a title), so
        # the ends alone are not sorted; no span before the first larger one reaches ``start``
        self._ends = list(itertools.accumulate((e for _, e, _ in self.spans), max))
        self._starts = [s for s, _, _ in self.spans]
        self.labels.sort()
        self._label_ends = [e for _, e in self.labels]
        self._titles = [(s, e) for s, e, kind in self.spans if kind == "Titel"]
        self._title_starts = [s for s, _ in self._titles]

    def kind_at(self, start: int, end: int) -> str | None:
        """The kind of protected text that [start, end) touches, if any."""
        i = bisect.bisect_right(self._ends, start)
        while i < len(self.spans) and self.spans[i][0] < max(end, start + 1):
            s, e, kind = self.spans[i]
            if s < max(end, start + 1) and start < e:
                return kind
            i += 1
        return None

    def inside_name(self, start: int, end: int) -> bool:
        """[start, end) is a later part of a longer name ("Ausbildungsförderung" in "Landesamt
        für Ausbildungsförderung"), not the whole of one nor its head ("Schulbezirk der …")."""
        return self.name_start(start, end) is not None

    def name_start(self, start: int, end: int) -> int | None:
        """Where the longer name that holds [start, end) as a later part begins, or None."""
        i = bisect.bisect_right(self._starts, start)
        while i > 0 and self.spans[i - 1][0] >= start - MAX_NAME:
            i -= 1
            s, e, kind = self.spans[i]
            if kind == "Name" and s < start and end <= e:
                return s
        return None

    def in_quotation(self, start: int, end: int, text: str, min_words: int) -> bool:
        """[start, end) lies inside a quotation of at least ``min_words`` words: quoted law or
        a quoted letter ("§ 17 BMG lautet: „Wer eine Wohnung bezieht, …“"), whose words are
        not the writer's to change. A short quotation names a term („Anhörung“)."""
        return self.quotation_words(start, end, text) >= min_words

    def quotation_words(self, start: int, end: int, text: str) -> int:
        """Words of the quotation that holds [start, end); 0 outside quotations."""
        i = bisect.bisect_right(self._ends, start)
        while i < len(self.spans) and self.spans[i][0] <= start:
            s, e, kind = self.spans[i]
            if kind == "Zitat" and s <= start and end <= e:
                return len(text[s:e].split())
            i += 1
        return 0

    def others_words(self, start: int, end: int, text: str, min_words: int) -> bool:
        """[start, end) is not the writer's wording: a quotation of ``min_words`` words or
        more, or the title of a statute."""
        return self.in_quotation(start, end, text, min_words) or self.in_title(start, end)

    def in_title(self, start: int, end: int) -> bool:
        """[start, end) lies inside the title of a statute or rule (findings review 44: words
        of "Satzung zum Schutz des Baumbestandes … (Baumschutzsatzung)" flagged as
        Amtsdeutsch). Titles do not overlap each other, but names inside them do, so they
        are searched on their own."""
        i = bisect.bisect_right(self._title_starts, start) - 1
        return i >= 0 and start < self._titles[i][1] and end <= self._titles[i][1]

    def in_label(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._label_ends, start)
        return i < len(self.labels) and self.labels[i][0] <= start and end <= self.labels[i][1]


def find_protected(doc: Doc, names: Iterable[str] = (),
                   abbreviations: Iterable[str] = ()) -> Protected:
    """``abbreviations``: known abbreviations ("WoGG", "SGB") that rules may write out; they
    are no codes to protect."""
    text = doc_text(doc)
    spans: list[tuple[int, int, str]] = []
    spans += _quotations(text)
    spans += [(a, b, "Zitat") for a, b in citation_blocks(text)]
    known = abbreviations if isinstance(abbreviations, frozenset) else frozenset(abbreviations)
    spans += _names(doc, known)
    spans += _listed_names(text, names)
    spans += title_spans(text)
    spans += _enclosures(text)
    spans += _mail_headers(text)
    quoted = quoted_message(text)
    if quoted is not None:
        spans.append((quoted, len(text), "Zitat"))
    spans += _postal_lines(text)
    return Protected(spans, _labels(doc))


# the postcode line of an address: the post's spelling stays ("04799 Mulderode OT
# Kleinpötzschau" became "… Ortsteil …": safety review 65, "addresses use the short form")
_POSTAL_LINE = re.compile(r"^[ \t]*(?:D-)?\d{5}[ \t]+(?!(?:Euro|EUR|Stück|Personen)\b)"
                          r"[A-ZÄÖÜ][^\n.;:!?]{0,60}$", re.M)


def _postal_lines(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "Titel") for m in _POSTAL_LINE.finditer(text)]


# the header of an e-mail, also of one quoted in a reply: a record of what was sent, set by
# the mail system ("Von: … (LRA Oberhagen)" became "Landratsamt", "AW: … gem." "gemäß";
# safety review 43)
def _mail_headers(text: str) -> list[tuple[int, int, str]]:
    """Each line of a run of header lines (``mail_header.HEADER_LINE``) that holds a sender
    ("Von:", "From:")."""
    out: list[tuple[int, int, str]] = []
    run: list[re.Match[str]] = []
    for m in HEADER_LINE.finditer(text):
        if run and text[run[-1].end():m.start()] != "\n":
            out += _header_run(run)
            run = []
        run.append(m)
    return out + _header_run(run)


def _header_run(run: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    if len(run) < 2 or not any(m.group(0).lstrip().startswith(("Von", "From")) for m in run):
        return []
    return [(m.start(), m.end(), "Titel") for m in run]


# the list of enclosures at a letter's end: "Anlage: Formblatt zum Nachweis der Durchführung
# von Schornsteinfegerarbeiten" names a document the reader holds; renamed in the letter
# ("Formular zum Nachweis …") it no longer matches it (safety review 40)
_ENCLOSURE = re.compile(r"^[ \t]*Anlagen?(?:[ \t]+\d{1,2})?[ \t]*:?[ \t]*(.*)$", re.M)
_ITEM_MARK = re.compile(r"[ \t]*(?:[-–•*][ \t]+|\d{1,2}[.)][ \t]+)?")
ENCLOSURE_LINES = 15  # items of one list of enclosures
ENCLOSURE_WORDS = 15  # a name of a document, not a sentence ("Anlagen: Dem Antrag sind …")
_SENTENCE_GOES_ON = re.compile(r"[.;!?][ \t]+\S")


def _names_a_document(item: str) -> bool:
    return len(item.split()) <= ENCLOSURE_WORDS and _SENTENCE_GOES_ON.search(item) is None


def _enclosures(text: str) -> list[tuple[int, int, str]]:
    """Each enclosure named after "Anlage:"/"Anlagen:", on its line or as the items below a
    line of its own (up to a blank line)."""
    out: list[tuple[int, int, str]] = []
    for m in _ENCLOSURE.finditer(text):
        if m.group(1).strip():
            # "Anlage: …"; "Anlage 3 zum Bescheid" is running text
            if ":" in m.group(0) and _names_a_document(m.group(1)):
                out.append((m.start(1), m.end(1), "Titel"))
            continue
        pos = m.end() + 1
        for _ in range(ENCLOSURE_LINES):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            if pos >= len(text) or not text[pos:end].strip():
                break
            item = _ITEM_MARK.match(text, pos)
            if not _names_a_document(text[pos:end]):
                break
            out.append((item.end() if item else pos, end, "Titel"))
            pos = end + 1
    return out


def _quotations(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _OPEN.search(text, pos)
        if m is None:
            break
        opening = m.group(0)
        close = QUOTE_PAIRS[opening]
        limit = min(n, m.end() + MAX_QUOTE)
        j = text.find(close, m.end(), limit)
        if opening == "„":
            # typed on an English keyboard layout, the German quote often closes with "”"
            k = text.find("”", m.end(), j if j != -1 else limit)
            if k != -1:
                j, close = k, "”"
            elif j == -1:  # or with a straight one (fresh set 61: a quoted council decision)
                k = text.find('"', m.end(), limit)
                if k != -1:
                    j, close = k, '"'
        if j != -1 and "\n\n" in text[m.end():j]:
            j = -1  # a quotation does not run across paragraphs (a citation block does)
        if j == -1 or j == m.end():
            pos = m.end()
            continue
        out.append((m.start(), j + len(close), "Zitat"))
        pos = j + len(close)
    return out


def is_org_word(word: str) -> bool:
    low = word.lower()
    return word[:1].isupper() and low.endswith(ORG_HEADS)


def _names(doc: Doc, abbreviations: frozenset[str]) -> list[tuple[int, int, str]]:
    out = []
    toks = [t for t in frozen_tokens(doc) if not t.is_space]
    # each token's text read once (reading spaCy's strings is the slow part); lower_ is
    # text.lower() and is_alpha text.isalpha() in spaCy's lexemes
    texts = [t.text for t in toks]
    n = len(toks)
    i = 0
    while i < n:
        text = texts[i]
        # only a token ending in "." or in capitals can be a merged abbreviation (reading the
        # extension is the slow part)
        if text in abbreviations or ((text[-1:] == "." or text.isupper())
                                     and (toks[i]._.abbr or "") in abbreviations):
            i += 1
            continue  # a known abbreviation that a rule writes out, no code
        first = text[:1]
        if not (first.isupper() or first.isdigit()):
            i += 1
            continue  # no code, name or body starts without a capital or a digit
        t = toks[i]
        if _CODE.match(text) and sum(map(str.isupper, text)) >= 2 and len(text) > 1:
            out.append((t.idx, t.idx + len(text), "Name"))
        if first.isupper() and t.tag_ == "NE" and not t.is_sent_start:
            out.append((t.idx, t.idx + len(text), "Name"))
        if text in UNIT_WORDS:
            # its number and a dash: "Fachdienst 23 – Liegenschaften" (blind review 32: the
            # name of a department flagged as Amtsdeutsch)
            k = i + 1
            if k + 1 < n and texts[k][:1].isdigit() and texts[k + 1] in {"–", "-", ":"}:
                k += 2  # the number alone ("Sachgebiet 52.4") is no name to protect
        else:
            k = i + 1
        if text in UNIT_WORDS and k < n and texts[k][:1].isupper() \
                and texts[k].isalpha() and texts[k].lower() not in ADDRESS:
            # a unit of an office and its name: "Sachgebiet Hilfe zur Pflege", "Fachbereich
            # Jugend und Familie" (a blind review: a term of art explained in a letterhead)
            j = k
            while j + 2 < n and texts[j + 1].lower() in NAME_LINKS and texts[j + 2][:1].isupper() \
                    and texts[j + 2].isalpha() and texts[j + 2].lower() not in ADDRESS:
                j += 2
            out.append((t.idx, toks[j].idx + len(texts[j]), "Name"))
            i = j + 1
            continue
        if is_org_word(text):
            j = i
            # "Bundesagentur für Arbeit", "Staatsministerium für Soziales und Verbraucherschutz"
            while j + 1 < n and (texts[j + 1].lower() in NAME_LINKS
                                 or _listed_on(texts, j + 1, n)):
                k = j + 1
                while k < n and (texts[k].lower() in NAME_LINKS or texts[k] == ","):
                    k += 1
                if k < n and texts[k][:1].isupper() and texts[k].isalpha():
                    j = k
                else:
                    break
            # a body and its place: "Landratsamt Oberallgäu", "Amtskasse Seenland-Heide"
            if j == i:
                while j + 1 < n and texts[j + 1][:1].isupper() and (
                        toks[j + 1].tag_ == "NE" or PLACE_PAIR.match(texts[j + 1])):
                    j += 1
            if j > i:
                last = toks[j]
                out.append((t.idx, last.idx + len(texts[j]), "Name"))
                i = j
        i += 1
    return out


PLACE_PAIR = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+$")
_NOT_IN_NAMES = {"herr", "herrn", "frau", "zimmer", "telefon", "tel", "az", "e-mail"}


def _listed_on(texts: list[str], k: int, n: int) -> bool:
    """A comma inside a body's name that lists its fields: "Amt für Umwelt, Klima und
    Grünflächen" (findings review 105: "Grünflächen" in the office's name offered as
    "Parks"); the list closes with "und" a few words on."""
    if texts[k] != "," or k + 1 >= n:
        return False
    after = texts[k + 1]
    if not (after[:1].isupper() and after.isalpha()) or after.lower() in _NOT_IN_NAMES:
        return False
    return any(texts[m] == "und" for m in range(k + 2, min(n, k + 6)))


def _listed_names(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    out = []
    for name in names:
        if not name.strip():
            continue
        for m in re.finditer(re.escape(name.strip()), text):
            out.append((m.start(), m.end(), "Name"))
    return out


def _run_in_label(toks: list) -> tuple[int, int] | None:
    """A heading run into its paragraph: "Rechtsbehelfsbelehrung: Gegen diesen Bescheid …"
    (one to three words and a colon at the start of a line). No gloss goes into it (blind
    review 24: "a parenthetical gloss in a heading is clumsy")."""
    for k, t in enumerate(toks[:4]):
        if t.text == ":":
            head = toks[:k]
            text = doc_text(t.doc)
            at_line_start = toks[0].idx == 0 or text[toks[0].idx - 1] == "\n"
            if head and at_line_start and all(x.is_alpha and not x.tag_.startswith("V")
                                              for x in head) and k + 1 < len(toks):
                return toks[0].idx, head[-1].idx + len(head[-1].text)
            return None
    return None


def _labels(doc: Doc) -> list[tuple[int, int]]:
    out = []
    tokens = frozen_tokens(doc)
    for start, end in sentence_bounds(doc):
        toks = [t for t in tokens[start:end] if not t.is_space]
        if not toks:
            continue
        words = [t for t in toks if t.is_alpha]
        run_in = _run_in_label(toks)
        if run_in is not None:
            out.append(run_in)
        if len(words) > LABEL_WORDS:
            continue
        # a Markdown heading is a heading with a verb or a question mark too ("# Einspruch
        # erheben", "## Was ist zu tun?"): no explanation is inserted there (blind review 17)
        if not toks[0].text.startswith("#"):
            if any(t.tag_.startswith("V") for t in toks):
                continue  # any verb: an instruction or a sentence, not a label
            if toks[-1].text[-1:] in {".", "!", "?"}:
                continue
        out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return out
