"""The letterhead of a letter or notice: sender, file number, date.

A letter template opens with a block like

    Hauptzollamt Musterstadt – Dienstsitz Beispielhausen
    Steuernummer: 5719 4826 3104 · Datum: 21.03.2025

Nobody reads it to understand the letter, and its words are names and numbers a clerk cannot
change ("Dienstsitz", "Flurstück 112/4", "Nachlassgericht"). Two blind reviews of findings on
fresh letters judged every finding there noise. The service checks the letterhead as if it
were switched off with ``<!-- simplify: aus -->`` (``suppress.py``): no findings there, no
part in the scores, no change by ``fix``.

The letterhead is the text's first block (up to the first blank line), if it has at most
``MAX_LINES`` short lines, at least one of them a file number, customer number, date, phone
number, e-mail address or postcode with town, and text follows it. A block of ordinary
sentences is never one.
"""

from __future__ import annotations

import re

from .checks.legal_wording import quotes_a_law
from .protect import is_org_word

MAX_LINES = 8
MAX_WORDS = 14  # words in a line of a letterhead
# a postcode and town ending the line: an address
_ADDRESS = re.compile(r"\b\d{5}\s+(?!Euro\b|EUR\b)[A-ZÄÖÜ][a-zäöüß]+\S*(?:\s+\S+)?\s*$")
_META = re.compile(
    r"(?:Aktenzeichen|Az\.|Gesch[äa]ftszeichen|Kassenzeichen|Steuernummer|Kundennummer|"
    r"Mitgliedsnummer|Versicherungsnummer|Personenkennziffer|Ihr Zeichen|Unser Zeichen|"
    r"Datum|Tel\.|Telefon|E-Mail)\s*:?\s*\S|\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\b"
    r"|" + _ADDRESS.pattern)


_BLANK = re.compile(r"\r?\n[ \t]*\r?\n")
# a field of a letter's head, not a date in a sentence: "Az.: …", "Tel. …", an address line
_FIELD = re.compile(
    r"^\s*(?:Aktenzeichen|Az\.|Gesch[äa]ftszeichen|Kassenzeichen|Steuernummer|Kundennummer|"
    r"Mitgliedsnummer|Versicherungsnummer|Ihr Zeichen|Unser Zeichen|Datum|Tel\.|Telefon|"
    r"E-Mail|Auskunft erteilt|Sachbearbeitung|Ansprechpartner(?:in)?)\s*:?\s*\S"
    r"|" + _ADDRESS.pattern)
MAX_BLOCKS = 4  # sender line, recipient, the office's info block, one more


def letterhead(text: str) -> list[tuple[int, int]]:
    """Start and end of each block of the letterhead in ``text``; empty if it has none.

    A letter after DIN 5008 has its head in several blocks: the sender's line, the recipient's
    address, the office's information block ("Auskunft erteilt: …", "Az.: …", "Datum: …").
    After a first block that is a letterhead, each next block of short lines with such a field
    belongs to it too (fresh set 34: "Auskunft erteilt: Frau …" in the third block was
    flagged as Amtsdeutsch); the subject line, which names no field, ends it. A block whose
    only field is its postcode and town is the recipient's address: it stays in the text,
    where ``audience.to_lawyers`` reads whom the letter goes to."""
    start = len(text) - len(text.lstrip("\r\n \t"))
    blank = _BLANK.search(text, start)
    if blank is None or not text[blank.end():].strip():
        return []  # one block only: the letterhead of what?
    block = text[start:blank.start()]
    if not any(_META.search(line) for line in block.splitlines()) and _sender_name(block):
        # the sender's name above an address ("Amt Warftland / Der Amtsdirektor / Fachdienst
        # Finanzen", then the return address or the recipient's; fresh set 40): the head
        nxt = _BLANK.search(text, blank.end())
        second = text[blank.end():nxt.start()] if nxt is not None else ""
        if _short_block(second) and any(_ADDRESS.search(line) for line in second.splitlines()):
            return [(start, blank.start()), *_more_blocks(text, blank)]
    if not _short_block(block) or not any(_META.search(line) for line in block.splitlines()):
        if _office_block(block) and _sender_name(block):
            # a leaflet's or form's head: the office's name in lines of their own above the
            # title ("Landratsamt Hallerfeld / Gutachterausschuss für Grundstückswerte …",
            # "Stadt Ostervelde / Amt für Bauordnung / – Untere Bauaufsichtsbehörde –");
            # findings reviews 119-126 judged the glosses there noise ("the institution's
            # official name must stay")
            return [(start, blank.start())]
        return []
    if quotes_a_law(block):
        return []  # the title of a quoted law or regulation, with its date: no sender
    return [(start, blank.start()), *_more_blocks(text, blank)]


def _more_blocks(text: str, blank: re.Match[str]) -> list[tuple[int, int]]:
    """The blocks after the head's first that belong to it: short, with a field of their own
    (an address alone is the recipient's and stays in the text)."""
    spans = []
    for _ in range(MAX_BLOCKS - 1):
        nxt = _BLANK.search(text, blank.end())
        if nxt is None:
            break  # the last block is the letter, not its head
        block = text[blank.end():nxt.start()]
        fields = [m for line in block.splitlines() if (m := _FIELD.search(line))]
        if not _short_block(block) or not fields:
            break
        if any(not m.group(0)[:1].isdigit() for m in fields):  # more than an address
            spans.append((blank.end(), nxt.start()))
        blank = nxt
    return spans


# the first word of an office's name: a municipality or district, or a word for an authority
# or body ("Landratsamt", "Gutachterausschuss", "Bezirksregierung")
_MUNICIPAL = {"stadt", "gemeinde", "landkreis", "kreis", "markt", "samtgemeinde", "amt",
              "verbandsgemeinde", "ortsgemeinde", "bezirk", "region", "freistaat", "land"}


def _office_block(block: str) -> bool:
    """Two to five lines, the first opening with the name of an office or body."""
    lines = [line.strip(" \t–-") for line in block.splitlines() if line.strip()]
    first = lines[0].split()[0] if lines and lines[0].split() else ""
    return 2 <= len(lines) <= 5 and (first.lower() in _MUNICIPAL or is_org_word(first)
                                     or first.lower().endswith("ausschuss"))


def _sender_name(block: str) -> bool:
    """A block of a few name lines, none of them a sentence."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    return _short_block(block) and len(lines) <= 5 and not any(
        line.endswith((".", "!", "?", ":")) for line in lines)


def _short_block(block: str) -> bool:
    lines = [line for line in block.splitlines() if line.strip()]
    return bool(lines) and len(lines) <= MAX_LINES and all(
        len(line.split()) <= MAX_WORDS for line in lines)


# a form's section for the office: the applicant does not fill it in or read it ("Vom Amt
# auszufüllen: … ausgehändigt am ____"; reviews 34-39 judged findings there noise: "this is
# an internal office-use field in the form"). The office may be named by a compound ("Vom
# Baurechtsamt auszufüllen", "Vermerk der Musikschulverwaltung": reviews 43 and 44).
_OFFICE = (r"[\w-]*?(?:amt|amtes|behörde|verwaltung|stadt|gemeinde|stelle|kasse|[Jj]obcenter|"
           r"archiv|bibliothek|bücherei|museum|schule)")  # "Nur vom Stadtarchiv" (review 66)
_OFFICE_SECTION = re.compile(
    r"^[ \t]*[(\[–-]?[ \t]*(?:(?:Nur[ \t]+)?(?:vom|von[ \t]+der)[ \t]+" + _OFFICE +
    r"[ \t]+(?:auszufüllen|zu[ \t]+ergänzen|ausgefüllt)|"
    r"(?:Amtliche|Behördliche|Interne)[ \t]+Vermerke?|"
    r"Vermerke?[ \t]+(?:(?:der|des)[ \t]+)?" + _OFFICE + r"|"  # "Vermerk Tiefbauamt:" (74)
    r"Bearbeitungsvermerke?|Nur[ \t]+für[ \t]+(?:den[ \t]+Dienstgebrauch|(?:die|das|den)[ \t]+"
    + _OFFICE + r")|"  # "Nur für die Verwaltung" (findings review 75)
    r"Nicht[ \t]+vom[ \t]+Antragsteller\w*[ \t]+auszufüllen)\b", re.M | re.I)


# a form's box drawn with rule lines: "-----" above the office's label and below its box
_RULE_LINE = re.compile(r"^[ \t]*[-=_*]{10,}[ \t]*$", re.M)
BOX_REACH = 1500  # characters from the label to the rule line that closes its box


def _boxed_end(text: str, start: int, label_end: int) -> int | None:
    """The end of an office section drawn as a box: a rule line right above its label and
    the next one below ("Vermerk der Bauaufsichtsbehörde" with its blank lines inside, review
    76); None if it is no box."""
    above = text[max(0, start - 200):start].rstrip()
    if not _RULE_LINE.search(above[above.rfind("\n") + 1:]):
        return None
    below = _RULE_LINE.search(text, label_end, min(len(text), label_end + BOX_REACH))
    return below.start() if below is not None else None


def office_sections(text: str) -> list[tuple[int, int]]:
    """Start and end of each office section of a form: from its label line to the next blank
    line (or the end of the text); a section in a box drawn with rule lines ends at the box."""
    out = []
    for m in _OFFICE_SECTION.finditer(text):
        boxed = _boxed_end(text, m.start(), m.end())
        if boxed is not None:
            out.append((m.start(), boxed))
            continue
        blank = _BLANK.search(text, m.end())
        if blank is not None and not text[m.end():blank.start()].strip(" \t:-–=_*\r\n"):
            blank = _BLANK.search(text, blank.end())  # a label line alone: the block below
        out.append((m.start(), blank.start() if blank is not None else len(text)))
    return out


# the office's contact line wherever the letterhead's blocks are too long to be recognised:
# "Auskunft erteilt: Herr Lindqvist, Zimmer 2.14" is a field label, not a sentence (findings
# reviews 32-52: every such finding noise, "a standard letterhead field label")
_CONTACT = re.compile(r"^[ \t]*(?:Auskunft erteilt|Sachbearbeitung|Ansprechpartner(?:in)?|"
                      r"Bearbeiter(?:in)?)[ \t]*:[^\n]*", re.M)


# a dispatch note on a line of its own above the address (DIN 5008's endorsement zone): how
# the letter travels, not a word for the reader ("Förmliche Zustellung": findings reviews 61
# and 63 judged the glosses on it noise, "a delivery note in the letterhead")
_ENDORSEMENT = re.compile(
    r"^[ \t]*(?:Förmliche[ \t]+Zustellung|Gegen[ \t]+Empfangsbekenntnis|"
    r"(?:Mit|Per|Gegen)[ \t]+(?:Post)?[Zz]ustellungsurkunde|Zustellung[ \t]+(?:mit|gegen)[ \t]+"
    r"(?:Postzustellungsurkunde|Zustellungsurkunde|Empfangsbekenntnis)|"
    r"Einschreiben(?:[ \t]+(?:mit[ \t]+Rückschein|Rückschein|Einwurf))?|"
    r"Einschreiben[ \t]*/[ \t]*Rückschein|(?:Vorab[ \t]+)?[Pp]er[ \t]+(?:Fax|E-Mail|EGVP|beBPo|beA)"
    r"(?:[ \t]*/[ \t]*(?:EGVP|beBPo|beA|Fax))?(?:[ \t]+vorab)?"
    r"(?:[ \t]*:[ \t]*[^\s:]{3,80})?)[ \t]*$", re.M)  # "Vorab per E-Mail: info@…" (review 74)


def contact_lines(text: str) -> list[tuple[int, int]]:
    """Start and end of each short contact line ("Auskunft erteilt: …") and each dispatch
    note ("Förmliche Zustellung", "Einschreiben mit Rückschein")."""
    return sorted([(m.start(), m.end()) for m in _CONTACT.finditer(text)
                   if len(m.group(0).split()) <= MAX_WORDS]
                  + [(m.start(), m.end()) for m in _ENDORSEMENT.finditer(text)])


# a letter's closing formula: the lines under it are the signature
_CLOSING = re.compile(
    r"^[ \t]*(?:Mit[ \t]+(?:den[ \t]+)?(?:freundlichen|besten|herzlichen|kollegialen|vielen)"
    r"[ \t]+Grüßen|Mit[ \t]+freundlichem[ \t]+Gruß|(?:Freundliche|Beste|Viele|Herzliche)"
    r"[ \t]+Grüße|Hochachtungsvoll)[ \t,.!]*$", re.M)
_SIGNING = re.compile(r"^(?:i\.[ \t]?A\.|i\.[ \t]?V\.|gez\.|Im Auftrag|In Vertretung)")
_INITIAL_END = re.compile(r"\b[A-ZÄÖÜ][a-zäöü]?\.$")  # "Dipl.-Ing. K. Ahrens", "Abt. 3 b."
SIGNATURE_LINES = 6
SIGNATURE_WORDS = 8
SIGNATURE_REACH = 800  # characters after the formula: a text of formulas stays linear


def signature_blocks(text: str) -> list[tuple[int, int]]:
    """Start and end of the lines under each closing formula ("Mit freundlichen Grüßen"):
    "Im Auftrag", the signer's name and job title, the enclosures and copies, up to
    ``SIGNATURE_LINES`` short lines that are no sentences (blank lines between them allowed).
    Nobody reads them to understand the letter: blind reviews 18-126 judged 9 of the 12
    findings there noise and none worth the time ("official job title in the signature;
    titles stay as they are", "the official's surname"). The formula itself stays in the
    text: "Hochachtungsvoll" is worth a finding."""
    out = []
    for m in _CLOSING.finditer(text):
        pos = end = m.end()
        lines = blanks = 0
        for line in text[pos:pos + SIGNATURE_REACH].split("\n")[1:]:
            pos += 1  # the line break before the line
            stripped = line.strip()
            if not stripped:
                blanks += 1
                if blanks > 3:
                    break
            elif len(stripped.split()) > SIGNATURE_WORDS or (
                    stripped.endswith((".", "?", "!", ":", ";"))
                    and not _SIGNING.match(stripped) and not _INITIAL_END.search(stripped)):
                break  # a sentence, or a heading of what follows ("Rechtsbehelfsbelehrung:")
            else:
                lines += 1
                end = pos + len(line)
                if lines == SIGNATURE_LINES:
                    break
            pos += len(line)
        if end > m.end():
            out.append((m.end(), end))
    return out
