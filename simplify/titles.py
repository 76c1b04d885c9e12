"""Titles and identifiers that stay as written: a statute's title with its short name, a local
statute named by its body, a form's title in capitals, a file number with slashes and a firm
named in quotation marks. Each was found changed or flagged by a blind review on fresh texts;
``protect.find_protected`` gathers them with quotations and names."""

from __future__ import annotations

import re

from .linewords import LIST_MARKER

# the title of a statute, rule or agreement, introduced with its short name or abbreviation in
# brackets; an adjective may open it ("Allgemeine Verwaltungsvorschrift zur StVO (VwV-StVO)").
# The words between are bounded, so the scan stays linear.
TITLE = re.compile(
    r"(?:\b[A-ZÄÖÜ][a-zäöüß]*(?:isch|lich|mein)e[nrs]?[ \t]+)?"
    r"\b(?:Satzung|Verordnung|Gesetz(?:es)?|Ordnung|Regeln|Richtlinie|Verwaltungsvorschrift|"
    r"Vereinbarung|Abkommens?|Übereinkommens?)[ \t\n]+(?:über|zur|zum|für|des|der|zu|vom|zwischen)"
    r"[ \t\n][^()\n.;:!?§]{3,240}?[ \t\n]*"
    r"(?:\((?!(?:PDF|DOCX?|ODT|HTML?|XLSX?)\))"
    r"(?:[A-ZÄÖÜ][\w-]*(?:satzung|verordnung|gesetz|ordnung|richtlinie|vorschrift|abkommen)"
    r"(?:[ \t]+[–-][ \t]+[A-ZÄÖÜ][\w.-]*)?"  # "(Elternbeitragssatzung – EBS)"
    # "(Förderrichtlinie „Saubere Wärme“)" (safety review 158: "in Wohngebäuden" in the
    # guideline's title became "in Wohnhäusern")
    r"(?:[ \t]+[„\"»][^“\"«\n()]{1,40}[“\"«])?"
    r"|[A-ZÄÖÜ][A-Za-zÄÖÜäöü-]*[A-Z][\w.-]*)\)"
    # "…, kurz BHKG" (safety review 57: "die Hilfeleistung" in the title became "die Hilfe")
    r"|,[ \t]+(?:kurz|abgekürzt)[ \t]+[A-ZÄÖÜ][A-Za-zÄÖÜäöü-]*[A-Z][\w.-]*)"
    # a local statute named by its body: "Gebührensatzung der Gemeinde Lahnried für
    # Kindertageseinrichtungen" (safety review 47: "für Kitas" changed the statute's name); the
    # town's name may be left out: "Satzung der Stadt über die Elternbeiträge … in den
    # Kindertageseinrichtungen" (safety review 235 changed it to "… in den Kitas")
    r"|\b(?:[A-ZÄÖÜ]\w*(?:satzung|ordnung)|Satzung)[ \t]+(?:der|des)[ \t]+(?:Stadt|Gemeinde|"
    r"Landkreises|Kreises|Marktes|Samtgemeinde|Verbandsgemeinde|Hansestadt)"
    r"(?:[ \t]+[A-ZÄÖÜ][\w-]*)?"
    # the words of its title may hold a preposition: "… über die Kostenbeiträge für
    # Kindertageseinrichtungen" (safety review 315 shortened the last word to "Kitas")
    r"(?:[ \t]+(?:über|für|zur|zum)(?:[ \t]+(?:die|der|den|des|das|dem|von|und|in|im|für|zur|"
    r"zum|bei|an|auf|mit|aus|[A-ZÄÖÜ][\w-]*)){1,10})?")


# the title line of an agreement or a local statute, a heading of its own: "Zweckvereinbarung
# zwischen der Stadt … und der Gemeinde … über … (Antragsaufnahme, Auskunftserteilung …)"
# (safety review 72: "Auskunftserteilung" in the published title became "Auskunft")
_INSTRUMENT_LINE = re.compile(
    r"^[ \t]*[A-ZÄÖÜ][\w-]*(?:vereinbarung|satzung|verordnung|richtlinie|vertrag)[ \t]+"
    r"(?:zwischen|über|zur|zum|für)\b[^\n]{0,300}(?<![.!?:;,])$", re.M)


# an instrument named with its date: "Rahmenvereinbarung über die Mittagsverpflegung an Schulen
# und Kindertageseinrichtungen vom 01.08.2023" (safety review 194: "an Schulen und Kitas"
# renamed the agreement), "Richtlinie zur Förderung … vom 12. März 2024"
_DATED_TITLE = re.compile(
    r"\b[A-ZÄÖÜ][\w-]*(?:vereinbarung|satzung|verordnung|richtlinie|vertrag|vertrages|erlass|"
    r"erlasses|konzept|konzeption)[ \t]+(?:über|zur|zum|für)[ \t\n][^()\n.;:!?§]{3,200}?[ \t\n]+"
    r"vom[ \t]+\d{1,2}\.[ \t]?(?:\d{1,2}\.[ \t]?\d{2,4}|[A-ZÄÖÜ][a-zä]+[ \t]+\d{4})")

# a file number with slashes, whatever its parts: "50.3/WBS/2025/0213" (safety review 46: a
# known abbreviation inside it was written out, "50.3/Wohnberechtigungsschein/2025/0213")
_FILE_NUMBER = re.compile(r"(?<![\w/])\d[\w.-]*(?:/[\w.-]+)+/?")


# a firm or club with its name in quotation marks and its legal form: "Wohnungsgenossenschaft
# „Glück auf“ Grauwitz eG" (findings review 54: its first word flagged as a long word)
_NAMED_FIRM = re.compile(
    r"\b[A-ZÄÖÜ][\w-]*[ \t]+[„\"»][^“\"«\n]{1,60}[“\"«](?:[ \t]+[A-ZÄÖÜ][\w-]*){0,2}[ \t]+"
    r"(?:eG|e\.[ \t]?V\.|g?GmbH|AG|KG|mbH)(?!\w)")


# a firm named by capitalised words and its legal form: "Wohnstätten Niederrhein-Mitte GmbH"
# (findings review 203: "Wohnstätten" in the company's name flagged as Amtsdeutsch)
_FIRM = re.compile(r"(?:\b[A-ZÄÖÜ][\w&-]*[ \t]+){1,4}(?:g?GmbH|mbH|eG|AG|KG|OHG|UG|GbR|"
                   r"e\.[ \t]?V\.)(?!\w)")


# a web page's navigation path: "www.landkreis-steinachtal.de › Wirtschaft & Kooperation ›
# Schulbegleitung" names menu items (safety review 201: "Kooperation" became "Zusammenarbeit",
# and the path no longer matched the menu)
_BREADCRUMB = re.compile(r"^[ \t]*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?[ \t]*[›»>][^\n]*$",
                         re.M)


# a form's title in capitals and the lines that go on with it: "VORMERKUNG /
# BEDARFSANMELDUNG\nfür einen Betreuungsplatz in einer Kindertageseinrichtung …" (safety
# review 47: the form's name became "in einer Kita")
# (or a leaflet's kind on its own line: "Merkblatt\nfür Eltern … in Kindertageseinrichtungen",
# safety review 247)
_CAPS_TITLE = re.compile(
    r"^[ \t]*(?:[A-ZÄÖÜ][A-ZÄÖÜ /–-]{5,}|Merkblatt|Informationsblatt|Infoblatt|Hinweisblatt|"
    r"Leitfaden|Handreichung|Checkliste)[ \t]*\n((?:[ \t]*(?:für|über|zur|zum|zu|nach|gemäß|im|"
    r"in|des|der|von)\b[^\n]*(?:\n|$)){1,3})", re.M)
CAPS_REACH = 2_000  # characters at the top that hold a form's title
# the first line of a form that names it: "Formblatt für eine Unterstützungsunterschrift"
# (safety review 51: the title of a statutory form became "Formular für …")
_FORM_TITLE = re.compile(
    r"^[ \t]*(?:Formblatt|Formular|Vordruck|Antrag|Erklärung|Anzeige|Bescheinigung|Nachweis|"
    r"Meldung)[ \t]+(?:für|über|zur|zum|auf|zu|nach|der|des)\b[^\n.!?:]{0,120}$", re.M)


# a line that introduces a quotation ("§ 17 BMG lautet:"), also of another decision's
# conditions ("Der Zuwendungsbescheid enthielt folgende Nebenbestimmungen:"; safety review 269:
# "d. h." was written out in the quoted condition): the paragraph after it stays as written
QUOTE_INTRO = re.compile(
    r"(?:lautet|lauten|heißt es|wie folgt|Wortlaut|zitiert|im Wortlaut|folgenden?\s+"
    r"(?:Neben)?(?:bestimmung|auflage|bedingung|regelung)(?:en|n)?)\s*:\s*$", re.I)
# the question of a citizens' petition or a referendum, which the signature lists and the
# ballot carry word for word: "A2. Entscheidungsvorschlag (mit Ja oder Nein zu
# beantworten):" (safety review 311: "Kindertageseinrichtung" had become "Kita" there)
BALLOT_QUESTION = re.compile(r"\b(?:Fragestellung|Abstimmungsfrage|Entscheidungsvorschlag|"
                             r"(?:gestellte|bringende)\s+Frage)\b[^:]{0,80}:\s*$", re.I)
# the earlier permit's conditions in a revocation's facts: "Die Erlaubnis wurde u. a. mit
# folgenden Auflagen verbunden (worden):" (findings reviews 1-312: 20 noise and 3 debatable
# verdicts, none worth, on such quoted conditions: "must not be reworded"). Past tense only: "Die
# Tageserlaubnis enthält folgende …" in an FAQ tells the reader the rules, and "Der Bescheid
# ergeht unter folgenden Nebenbestimmungen:" gives the decision's own.
_CONDITIONS = (r"[^:\n]{0,160}\bfolgende[nr]?\s+(?:Neben)?(?:bestimmung|auflage|bedingung|maßgabe)"
               r"(?:en|n)?\s+(?:verbunden|versehen|erteilt)")
EARLIER_CONDITIONS = re.compile(
    rf"\b(?:(?:wurden?|war|waren)\b{_CONDITIONS}|(?:ist|sind)\b{_CONDITIONS}\s+worden)"
    r"(?:\s*\([^()\n]{0,80}\))?\s*:\s*$", re.I)


def citation_blocks(text: str) -> list[tuple[int, int]]:
    """The quotation after each line that introduces one: its paragraph. After the earlier
    decision's conditions also across a blank line ("… mit folgenden Auflagen verbunden:" /
    "" / "– Auflage Nr. 4: …") and over further paragraphs while each opens with a list item
    of the same kind as the first ("a) …" / "" / "b) …"). Each line is read once; an intro
    looks ahead to its block's end only."""
    out = []
    start = 0
    before = ""  # the line before: a form's label may run over two lines
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        if ":" in line:  # the intros end in a colon
            stripped = line.rstrip()
            if EARLIER_CONDITIONS.search(stripped):
                out.append(_conditions(text, end))
            elif QUOTE_INTRO.search(stripped) or BALLOT_QUESTION.search(before + stripped):
                block_end = text.find("\n\n", end)
                out.append((end, len(text) if block_end == -1 else block_end))
        before = line if line.strip() else ""
        start = end
    return out


def _conditions(text: str, end: int) -> tuple[int, int]:
    begin = end + 1 if text.startswith("\n", end) else end
    first = _item_kind(text, begin)
    block_end = text.find("\n\n", begin)
    while first and block_end != -1:
        if _item_kind(text, block_end + 2) != first:
            break
        block_end = text.find("\n\n", block_end + 2)
    return begin, len(text) if block_end == -1 else block_end


def _item_kind(text: str, pos: int) -> str:
    """The kind of list marker ("a)", "(b)", "1.", "–", by ``linewords.LIST_MARKER``) that
    opens the line at ``pos`` with words after it: "letter", "number", "dash" or ""."""
    head = text[pos:pos + 12].lstrip(" \t").split(None, 1)
    if len(head) < 2 or not LIST_MARKER.match(head[0]):
        return ""
    m = head[0].strip("()")
    return "letter" if m[:1].isalpha() else "number" if m[:1].isdigit() else "dash"


# a fee decision's item with the schedule's wording: "Gebührentatbestand: Nr. 7.4.3 des
# Gebührenverzeichnisses … – Überprüfung …, soweit hierbei Verstöße festgestellt werden" (safety
# review 267: "hierbei" became "dabei" in the statute's wording)
_FEE_ITEM = re.compile(r"^[ \t]*(?:Gebührentatbestand|Tarifstelle|Tarif-?Nr\.|Tarifnummer)[ \t]*:"
                       r"[^\n]*", re.M)


# an organisational unit with its name: "Fachbereich 67 Umwelt, Grünflächen und Friedhöfe",
# "Team Liegenschaften und Vereinsförderung" (findings reviews 73 and 74: its words flagged
# as Amtsdeutsch, "the department's official name must stay")
# units of an office, named by what they do: "Sachgebiet Hilfe zur Pflege"
UNIT_WORDS = {"Sachgebiet", "Sachbereich", "Fachbereich", "Fachdienst", "Abteilung", "Referat",
              "Dezernat", "Fachgebiet", "Geschäftsbereich", "Stabsstelle"}
UNIT_NAME = re.compile(
    r"\b(?:(?:" + "|".join(sorted(UNIT_WORDS | {"Team"})) + r")[ \t]+"
    r"(?:(?:\d+(?:\.\d+)*|[IVX]+)[ \t]*[–-]?[ \t]*)?"
    # abbreviated, with its number: "FB 23 Liegenschaften" (findings review 76)
    r"|(?:FB|FD|SG|Abt\.|Ref\.)[ \t]*\d+(?:\.\d+)*[ \t]*[–-]?[ \t]*)"
    r"[A-ZÄÖÜ][\w-]*(?:(?:[ \t]*[,/&][ \t]*|[ \t]+und[ \t]+|[ \t]+)[A-ZÄÖÜ][\w-]*){0,6}")


def in_firm_name(text: str, start: int, end: int) -> bool:
    """[start, end) is a word of a firm's name with its legal form ("Wohnstätten
    Niederrhein-Mitte GmbH"): a name the writer cannot change."""
    lo = max(0, start - 80)
    return any(m.start() <= start and end <= m.end()
               for m in _FIRM.finditer(text, lo, min(len(text), end + 80)))


def rule_titles(text: str) -> list[tuple[int, int]]:
    """The titles of statutes and rules cited with their short name, as (start, end)."""
    return [m.span() for m in TITLE.finditer(text)]


def title_spans(text: str) -> list[tuple[int, int, str]]:
    """Each title ("Titel", "Formtitel") and identifier ("Name") in the text, as (start, end,
    kind)."""
    return ([(m.start(), m.end(), "Titel") for m in TITLE.finditer(text)]
            + [(m.start(), m.end(), "Titel") for m in _INSTRUMENT_LINE.finditer(text)]
            + [(m.start(), m.end(), "Titel") for m in _DATED_TITLE.finditer(text)]
            + [(m.start(), m.end(), "Name") for m in _FILE_NUMBER.finditer(text)]
            + [(m.start(), m.end(), "Name") for m in _NAMED_FIRM.finditer(text)]
            + [(m.start(), m.end(), "Name") for m in _FIRM.finditer(text)]
            + [(m.start(), m.end(), "Name") for m in _BREADCRUMB.finditer(text)]
            + [(m.start(), m.end(), "Titel") for m in _FEE_ITEM.finditer(text)]
            + [(m.start(), m.end(), "Name") for m in UNIT_NAME.finditer(text)]
            + [(m.start(1), m.end(1), "Titel")
               for m in _CAPS_TITLE.finditer(text, 0, CAPS_REACH)]
            # the form's name stays as written, but its words may still be flagged: an editor
            # marked "Beratungshilfe" in "Antrag auf Bewilligung von Beratungshilfe"
            + [(m.start(), m.end(), "Formtitel")
               for m in [_FORM_TITLE.search(text, 0, CAPS_REACH)] if m is not None])
