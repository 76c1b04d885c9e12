"""Does a text address its reader? Decided once per document.

Instructions, forms and letters speak to the reader ("Bitte füllen Sie …", "Ihr Antrag",
form fields); general descriptions (an encyclopedia article, an information page in the third
person) do not. Advice to turn "man" or "der Antragsteller" into "Sie" only makes sense in the
first kind: on plain descriptive texts it was the largest share of noise (issue 14).

Signals, counted over the whole text:

* the polite address: a capitalised "Sie", "Ihnen", "Ihr", "Ihre", … that is not the first
  word of its sentence (there "Sie"/"Ihr" may mean "they"/"their"); this also counts every
  polite imperative ("Füllen Sie …", "Bitte senden Sie …");
* form fields to fill in: a run of underscores or dots, a check box (☐, □, [ ]);
* form labels: lines of one to four words ending in a colon ("Vorname:", "Ort, Datum:"),
  counted from the third on (a plain text may have one line like "Zum Beispiel:"); and
  blocks of three or more short lines (up to six words, no final punctuation) in a row: the
  fields of a form ("Name, Vorname" / "Geburtsdatum" / "Anschrift") or an office's
  letterhead. Plain texts have headings, but single ones: none of the 162 Klexikon and
  DEplain texts has such a block; 16 of the 17 letters and forms in corpus/ (not the data
  protection notice) and the three forms of the shared admin texts do.
* the vocabulary of an administrative procedure, for a text in the third person: an
  information page about a public service ("Der Antrag ist bei der zuständigen Behörde zu
  stellen …") is written for the person who uses the service, and editors mark its "der
  Schuldner", "Antragstellende" and "wer …" as address to turn into "Sie". The signal needs
  ``PROCEDURE_DENSITY`` such words per 1,000 words, of ``PROCEDURE_KINDS`` different kinds
  (measured: the 7 third-person pages of the 30 shared admin texts have 16 to 44 per 1,000
  words; of the 162 Klexikon and DEplain texts, none reaches 15 with three kinds; an article
  about wind power's "Leistung" has one kind only, which is why "Leistung" is not counted).
  This signal makes a text ``serves_reader``, not ``addresses_reader``: the address hints
  ("man", "wer …", "Personen, die …", "es ist möglich, … zu") apply, while passives and role
  nouns keep the lower level of a description (blind reviewers called passive warnings on
  such pages too high).

Familiar imperatives ("Warte dort!") are no signal: in plain texts they occur in stories and
quotations. A text shorter than ``SHORT_TEXT`` words is too short to judge: a single sentence
checked on its own is treated as addressed (the checker's default use is a form or a letter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .authority_letters import POSTCODE, to_authority
from .doc_kind import internal_document
from .linebreaks import doc_text
from .mail_header import MAIL_ADDRESS, MAIL_HEAD, MAIL_TO, office_to_office, to_organisation
from .report import Finding, Level
from .tokens import frozen_tokens, sentence_bounds

POLITE = {"Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"}
# the number or letter of a list item or section in front of a sentence ("1.2", "b", "IV")
_LIST_MARK = re.compile(r"(?:\d+(?:\.\d+)*\.?|[a-z]|[IVX]+\.?)$")
# each pattern opens with a look at the first character any of its matches can start with:
# the same matches, but the regex engine skips every other position at once
_FIELD = re.compile(r"(?=[_.…☐□\[])(?:_{3,}|\.{5,}|…{2,}|[☐□]|\[ \])")
_LABEL = re.compile(r"^[ \t]*(?:\S+[ \t]+){0,3}\S+:[ \t]*$", re.M)
MIN_LABELS = 3
_SHORT_LINE = re.compile(r"^[ \t]*[A-ZÄÖÜa-zäöüß0-9][^\n]{0,60}(?<![.!?;:])$")
MAX_LABEL_WORDS = 6
SHORT_TEXT = 60  # words
MIN_SIGNALS = 2  # one stray "Sie" (a quotation, a name) does not make a text an instruction
# the core words of an administrative procedure (word stems; "§" counts as well)
_PROCEDURE = re.compile(
    r"(?=[AÄbBFGJNUVz§])"
    r"(?:\b(?:(Antr)(?:ag|äge)\w*|(beantrag)\w*|(Behörde)\w*|(Bescheid)\w*|(Anspr)(?:uch|üch)\w*"
    r"|(Frist)\w*|(Unterlagen)|(Gebühr)\w*|(zuständig)\w*|(Nachweis)\w*"
    r"|(Voraussetzung)\w*|(Jobcenter)|(Amt|Ämter)\b)|(§))")
PROCEDURE_DENSITY = 15  # per 1,000 words
PROCEDURE_KINDS = 3


@dataclass(frozen=True)
class Audience:
    """What the text shows about whom it speaks to."""

    words: int
    address: int  # polite "Sie"/"Ihr…" forms inside sentences
    fields: int  # form fields to fill in
    labels: int = 0  # form labels ("Vorname:", blocks of field lines)
    procedure: int = 0  # words of an administrative procedure, if of enough kinds

    @property
    def addresses_reader(self) -> bool:
        if self.words < SHORT_TEXT:
            return True
        return self.address + self.fields + self.labels >= MIN_SIGNALS

    @property
    def reader_acts(self) -> bool:
        """The reader is the one who acts: the text says "Sie" to its reader or has fields to
        fill in (headings and labels alone do not say who acts: a public notice has them too;
        safety review 17: "Bringen Sie die Plakatträger … an" in an Allgemeinverfügung)."""
        return self.words < SHORT_TEXT or self.address + self.fields > 0

    @property
    def says_sie(self) -> bool:
        """The text says "Sie" to its reader; a form that never does leaves open who fills in
        which part (safety review 50: "Melden Sie …" in the maintenance firm's part)."""
        return self.words < SHORT_TEXT or self.address > 0

    @property
    def serves_reader(self) -> bool:
        """The text speaks to its reader, or is an information page about a public service
        in the third person: written for the person who uses the service, whom "wer …" and
        "es ist möglich, … zu" mean. Only the address hints use it; passives and role nouns
        keep their level of a description there (blind reviewers called passive warnings on
        such pages too high)."""
        return (self.addresses_reader
                or self.procedure * 1000 >= PROCEDURE_DENSITY * self.words)


# a letter to lawyers or notaries: their address block ("Rechtsanwälte Hollerbach & Partner",
# "… PartG mbB", a firm's "Rechtsabteilung": findings review 170, "the reader is a
# platform's legal department") near the top, or the body speaks of their client
_LAWYER_LINE = re.compile(
    r"^[ \t]*(?:(?:Herrn|Frau)[ \t]+)?(?:Rechtsanw(?:alt|ältin|älte|ältinnen)|Kanzlei|"
    r"Notar(?:in)?|Notariat|Rechtsabteilung|Justi[tz]iariat|Legal Department)\b"
    r"[^\n]{0,80}$|\bPartG mbB\b|\bRechtsanwaltsgesellschaft\b", re.M)
_CLIENT = re.compile(r"\bIhre[rnms]? Mandant(?:in|innen|en|schaft)?\b")
# a leaflet's title that names lawyers or notaries as its readers: "Hinweise für
# Rechtsanwältinnen und Rechtsanwälte … zur Abrechnung" (findings review 264: 9 noise
# verdicts, "a leaflet for lawyers, whose wording follows the statutes")
_FOR_LAWYERS = re.compile(r"^[ \t]*(?:Hinweise|Merkblatt|Informationen|Leitfaden|Rundschreiben)"
                          r"[ \t]+(?:für|an)[ \t]+(?:die[ \t]+)?(?:Rechtsanw|Notar)", re.M)
TITLE_REACH = 400  # characters at the top that hold a leaflet's title
ADDRESS_REACH = 700  # characters at the top that hold the recipient's address
BLANK_LINE = re.compile(r"\n[ \t]*\n")  # between paragraphs
_CLOSING = re.compile(r"Mit freundlichen Grüßen|Hochachtungsvoll|Freundliche Grüße")


def _recipient(text: str) -> tuple[int, int]:
    """Where the recipient's address can stand: after the first block (the sender's: a
    notary's own letterhead "Notarin Dr. Haberland" writes to citizens) and before the
    closing formula (the signature is the sender's), within ``ADDRESS_REACH`` characters.
    Where the service has blanked the letterhead (letterhead.py), the text opens with that
    blank and the sender is gone already."""
    first = len(text) - len(text.lstrip())
    if first:
        start = first
    else:
        blank = BLANK_LINE.search(text)
        start = blank.end() if blank is not None else len(text)
    closing = _CLOSING.search(text, start, ADDRESS_REACH)
    return start, closing.start() if closing is not None else ADDRESS_REACH


def _address_words(part: str) -> list[str]:
    """A bare e-mail address speaks through its words: "kanzlei@stb-voss.de" (set 75)."""
    if "@" not in part or " " in part:
        return [part]
    return [w.capitalize() for w in re.split(r"[@.\-_]+", part)]


def _address_block(text: str) -> tuple[str, int, int]:
    """Where to look for the recipient, as (string, start, end): in a letter the address
    block above the salutation (``_recipient``); in an e-mail the names on its "An:" line,
    one per line ("An: Ingenieurbüro Harms + Voigt GmbH, Frau Katrin Voigt <…>"; review 39
    found an engineering office's e-mail read as one to a citizen)."""
    if MAIL_HEAD.match(text):
        to = MAIL_TO.search(text, 0, ADDRESS_REACH)
        parts = [] if to is None else re.split(r"[,;]", MAIL_ADDRESS.sub("", to.group(1)))
        names = "\n".join(w for p in parts if p.strip() for w in _address_words(p.strip()))
        return names, 0, len(names)
    start, end = _recipient(text)
    salutation = SALUTATION_LINE.search(text, start, end)
    return text, start, salutation.start() if salutation else end


def to_lawyers(text: str) -> bool:
    """The text is a letter to lawyers or notaries, who know the terms of art, the names of
    laws and citations in running text (blind reviews 24-30: "the letter goes to a lawyer",
    "the addressees are lawyers doing the debt enforcement; no explanation needed")."""
    block, start, end = _address_block(text)
    return bool(_LAWYER_LINE.search(block, start, end) or _CLIENT.search(text)
                or _FOR_LAWYERS.search(text, 0, TITLE_REACH))


# readers who handle such matters for others for a living: a tax adviser, an insolvency
# administrator, a debt counsellor, a professional guardian, a bank's garnishment desk (a line
# of the recipient's address block), or the office's own staff (an internal instruction)
_PROFESSIONAL_LINE = re.compile(
    r"^[ \t]*(?:(?:An|Herrn|Frau)[ \t:]+)?(?:(?:StB|Dipl\.-\S+)[ \t]+)?"
    r"(?:Steuerberat\w*|Wirtschaftsprüf\w*|Insolvenzverwalt\w*|Berufsbetreuer(?:in)?|"
    r"Betreuungsverein|Schuldner(?:beratung|- und Insolvenzberatung)\w*|Insolvenzberatung\w*|"
    r"Kanzlei|Vermessungsbüro|Vermessungsingenieur\w*|ÖbVI|"  # surveyors (fresh set 78)
    r"(?:[A-ZÄÖÜ]\w*[ \t]+)?(?:\w*[Ss]parkasse|Volksbank|Raiffeisenbank|[A-ZÄÖÜ]\w*bank))"
    r"\b[^\n]{0,80}$|^[ \t]*–?[ \t]*Drittschuldner(?:in)?[ \t]*–?[ \t]*$|\bmbB\b"
    r"|\bals Insolvenzverwalter(?:in)?\b", re.M)
def to_professionals(text: str) -> bool:
    """The text goes to readers who handle such matters for others for a living, or to the
    office's own staff. They read the terms, the formulas and the long sentences of their
    trade without trouble: blind review 38 judged 0 of 44 findings in such letters worth a
    clerk's time ("a tax adviser reads this passive without difficulty", "internal staff
    instruction; Warnung is far too high"). Lawyers and notaries are ``to_lawyers``."""
    block, start, end = _address_block(text)
    if _PROFESSIONAL_LINE.search(block, start, end) or internal_document(text):
        return True
    return block is text and to_authority(text, start, end)


# a court in the recipient's address block: "Amtsgericht Hermsfeld", "– Betreuungsgericht –"
SALUTATION_REACH = 1_500  # characters
_COURT_LINE = re.compile(r"^[ \t]*–?[ \t]*(?:[A-ZÄÖÜ]\w*[ \t]+)?[A-ZÄÖÜ]\w*gericht(?:shof)?\b"
                         r"[^\n]{0,60}$", re.M)


# the rubrum of a brief to a court: "In der Verwaltungsrechtssache", "In dem Rechtsstreit",
# "In dem verwaltungsgerichtlichen Eilverfahren" (fresh set 59)
_RUBRUM = re.compile(r"^[ \t]*In (?:der|dem) (?:[a-zäöü]\w*e[nr]? )?[\w-]*(?:[Ss]ache|[Ss]treit|"
                     r"[Vv]erfahren)\b", re.M)


def to_court(text: str) -> bool:
    """A letter to a court: a court in the address block above the salutation, or above the
    rubrum of a brief ("In der Verwaltungsrechtssache …", which has no salutation; findings
    review 54: a statement of defence to an administrative court read as if for citizens).
    Judges read the law's language for a living (findings review 49: a social report to a
    guardianship court, 10 findings, all noise). Without a salutation or a rubrum it is no
    letter to the court: a web page that names a court, a citizen's form "An das
    Amtsgericht"."""
    start, end = _recipient(text)
    # the subject lines of a court's file may push the salutation further down
    reach = max(end, SALUTATION_REACH)
    salutation = SALUTATION_LINE.search(text, start, reach) or _RUBRUM.search(text, start, reach)
    return salutation is not None and _COURT_LINE.search(
        text, start, min(salutation.start(), end)) is not None


def experts(text: str) -> str:
    """Who reads a text written for experts: "court" (a court, lawyers or notaries), "trade"
    (other professionals, the office's staff, an e-mail between offices), else ""."""
    if to_lawyers(text) or to_court(text):
        return "court"
    return "trade" if (to_professionals(text) or office_to_office(text)
                       or to_organisation(text)) else ""


def for_the_readers(findings: list[Finding], experts: bool,
                    council: bool = False) -> list[Finding]:
    """A text for lawyers, other professionals or the office's staff (``experts``) gets
    no hints: of those judged in such texts in reviews 18-44, 6 of 72 were worth a clerk's
    time, 55 noise ("the nominal style is real, but the reader is a notary"). A council paper
    keeps only its errors: of its warnings, reviews 18-60 judged 3 of 45 worth it, 33 noise.
    (``analyzer.py`` passes texts for lawyers, courts, other professionals and the staff as
    ``council`` too: of their warnings still raised, reviews 18-137 judged 13 of 154 worth,
    116 noise, "letter to a lawyer; impersonal style is normal for this expert reader". A
    letter to a firm keeps its warnings.)"""
    floor = Level.error if council else Level.warning if experts else None
    if floor is None:
        return findings
    return [f for f in findings if f.level.rank >= floor.rank]


# a letter to a firm: a line of its address block names the firm with its legal form
# ("Feldmark Wohnbau GmbH & Co. KG") or is a property manager's or planner's office. A sole
# trader or a partnership of two ("Café Lindgren GbR", "Juwelier Brandtner e. K.") is a person
# running a shop, not a firm with its own specialists; form lines ("Name/Firma: ____") and
# firms named in the body do not count
_FIRM_LINE = re.compile(
    r"^[ \t]*(?:(?:Firma|z\.[ \t]?Hd\.)[ \t][^\n:]{0,60}?)?(?:[^\s:]+[ \t]+){1,6}"
    r"(?:g?GmbH|mbH|AG|SE|KG|OHG|KGaA|eG|Ltd\.|UG[ \t]\(haftungsbeschränkt\))"
    r"(?:[ \t]&[ \t]Co\.[ \t]KG)?[ \t]*$"  # a company's management too (fresh set 77)
    r"|^[ \t]*(?:Hausverwaltung|Immobilienverwaltung|Architekturbüro|Ingenieurbüro|Planungsbüro|"
    r"Betriebsleitung|Geschäftsleitung)"
    r"\b[^\n:]{0,60}$", re.M)


def to_business(text: str) -> bool:
    """The text is a letter to a firm: its address block, above the salutation, names a
    company. Its staff know the terms of art and the rare words of their trade (blind reviews
    16-36: of 17 term explanations and rare-word hints in letters to firms, 1 was worth a
    clerk's time: "the reader is a developer and architect, who know what a
    Standsicherheitsnachweis is")."""
    block, start, end = _address_block(text)
    return bool(_FIRM_LINE.search(block, start, end))


# a person named in the recipient's address block: "Frau Dr. Melanie Aydin", "z. Hd. Frau
# Keller" under a firm's name. Copies ("nachrichtlich: – Herrn …") do not start with the name
_PERSON_LINE = re.compile(
    r"^[ \t]*(?:z\.[ \t]?Hd\.[ \t]+)?(?P<form>Frau|Herrn?)(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<name>(?:(?:Dr\.|Prof\.)[ \t]+)*[A-ZÄÖÜ][\w'-]*\.?(?:[ \t]+[\w'.-]+){0,4})[ \t]*$",
    re.M)
# an address has a postcode within its next lines; a contact in the letterhead ("Ihre
# Ansprechpartnerin / Frau Schulz / Zimmer 2.14") has none
_POSTCODE_REACH = 120
_PARTICLES = {"von", "van", "de", "der", "zu", "vom", "zum", "ten", "di", "da"}


def named_recipient(text: str) -> tuple[str, str] | None:
    """The one person the letter's address block names, as ("Frau", "Dr. Aydin"): the
    title and the surname a salutation uses. None if the block names no person or several
    (then "Sehr geehrte Damen und Herren" may be right: blind reviews 20-33 judged it noise
    in all four letters to firms and council members)."""
    block, start, end = _address_block(text)
    people = [m for m in _PERSON_LINE.finditer(block, start, end)
              if POSTCODE.search(block, m.end(), m.end() + _POSTCODE_REACH)]
    if len(people) != 1:
        return None
    words = people[0]["name"].split()
    titles = [w for w in words if w in {"Dr.", "Prof."}]
    rest = [w for w in words if w not in titles]
    surname = [rest[-1]]
    for w in reversed(rest[:-1]):
        if w.casefold() not in _PARTICLES:
            break
        surname.insert(0, w)
    form = "Frau" if people[0]["form"] == "Frau" else "Herr"
    return form, " ".join(titles + surname)


# the reader acts for someone else: a guardian, a carer with power of attorney ("Herrn Jonas
# Brenneke / vertreten durch Frau Ulrike Brenneke (rechtliche Betreuerin)", "Ihres Betreuten")
_REPRESENTS = re.compile(
    r"\bvertreten durch\b|\bIhre[rsnm]? (?:Betreute[nr]?|Mündel[s]?|Vollmachtgeber(?:in|s)?|"
    r"Mandant(?:in|en|innen)?|Klient(?:in|en|innen)?)\b"
    r"|\bals (?:rechtliche[rn]? |gesetzliche[rn]? )?(?:Betreuer(?:in)?|Vormund|Pfleger(?:in)?|"
    r"Vertreter(?:in)?|Bevollmächtigte[rn]?)\b"
    # a tax adviser or a debt counsellor acting "im Auftrag und in Vollmacht" of a client
    # (safety review 30: "können Sie … Widerspruch erheben" gave the adviser the client's
    # right); not the signature formula "Im Auftrag" on a line of its own
    r"|\b(?:in|und) Vollmacht (?:des|der|Ihre[rs]?)\b|\bVollmacht (?:des|der) \S+ liegt\b"
    r"|\b[Ii]m Auftrag (?:des|der|Ihre[rs]?) (?:o\. ?g\. |oben genannten )?[A-ZÄÖÜ]")


def for_someone_else(text: str) -> bool:
    """The letter goes to a guardian or another representative, about the person they act
    for: its "Sie" is the representative, so a rewrite that makes "Sie" the one who acts
    ("Gegen diesen Bescheid können Sie Widerspruch erheben") takes a right from the person
    concerned (safety review 29). Such rewrites stay for review."""
    return _REPRESENTS.search(text) is not None


# the reader holds a letter or a form of the office: a salutation or closing formula, the
# text's own name for itself in its legal-remedy notice ("gegen diesen Bescheid"), or fields
SALUTATION_LINE = re.compile(r"^[ \t]*(?:Sehr geehrte[rs]?|Guten Tag|Hallo|Liebe[rs]?)\b", re.M)
_ITSELF = re.compile(r"\b[Gg]egen diese[nm]? (?:\w+)?(?:[Bb]escheid|Entscheidung|Verfügung)\b")
LETTER_FIELDS = 2


def holds_letter(text: str, reader: Audience) -> bool:
    """The reader holds a letter or a form of the office, and with it the words that name
    such documents ("Bescheid": blind reviews 3-33 judged its explanation in letters and
    forms never worth a clerk's time, 21 of 30 noise); an information page about a
    procedure still explains them (the editor marked "Bescheid" there)."""
    return bool(reader.fields >= LETTER_FIELDS or SALUTATION_LINE.search(text)
                or _CLOSING.search(text) or _ITSELF.search(text))


def audience(doc: Doc) -> Audience:
    """Count the signals of reader address in one analysed text (linear in its length)."""
    words = address = 0
    tokens = frozen_tokens(doc)
    for start, end in sentence_bounds(doc):
        first = True
        for t in tokens[start:end]:
            if t.is_space or t.is_punct:
                continue
            if t.is_alpha:
                words += 1
            if first and (t.like_num or _LIST_MARK.match(t.text)):
                continue  # "1.2 Sie regelt …", "b) Sie …": the sentence starts after its number
            if not first and t.text in POLITE:
                address += 1
            first = False
    text = doc_text(doc)
    colon = len(_LABEL.findall(text))
    labels = (colon if colon >= MIN_LABELS else 0) + _label_blocks(text)
    return Audience(words, address, len(_FIELD.findall(text)), labels, _procedure(text))


def _procedure(text: str) -> int:
    """Words of an administrative procedure in the text, 0 if fewer than PROCEDURE_KINDS
    kinds of them."""
    kinds = [m.lastindex for m in _PROCEDURE.finditer(text)]  # one group matches: its kind
    return len(kinds) if len(set(kinds)) >= PROCEDURE_KINDS else 0


def _label_blocks(text: str) -> int:
    """Lines in blocks of ``MIN_LABELS`` or more short lines without punctuation in a row."""
    total, run = 0, 0
    for line in [*text.split("\n"), ""]:
        short = line.strip()
        if (short and _SHORT_LINE.match(line) and len(short.split()) <= MAX_LABEL_WORDS
                and not short.startswith(("-", "*", "•"))):
            run += 1
            continue
        total += run if run >= MIN_LABELS else 0
        run = 0
    return total
