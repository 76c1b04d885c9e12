"""The kind of a document by its title lines: a staff instruction or a form for the office's
own staff or for other offices, a paper for the council. Split from ``audience.py``, which
decides from them who reads a text."""

from __future__ import annotations

import re

# the title of minutes, up to "über": "Niederschrift\nüber die …", "Protokoll über den …"
_MINUTES_OF = r"(?:Niederschrift|Protokoll|NIEDERSCHRIFT|PROTOKOLL)\b[^\n]{0,40}\n?[ \t]*über "
_INTERNAL = re.compile(
    r"^[ \t]*(?:Dienstanweisung|Dienstvereinbarung|Hausverfügung|Rundverfügung|Hausmitteilung|"
    r"Geschäftsanweisung|Arbeitsanweisung|Verfahrensanweisung|Arbeitshilfe|"
    r"Nur für den (?:internen )?Dienstgebrauch)\b|^[ \t]*(?:DIENSTANWEISUNG|ARBEITSHILFE)\b"
    # a form for the office's staff or between offices, marked in its title lines: "Vordruck
    # KB-GS 02 · nur für den Dienstgebrauch", "Interner Vordruck FWN-02", "Ersuchende Behörde"
    # (findings reviews 82 and 85-87: citizen advice on an inspection report, an intake sheet
    # and a request for administrative assistance)
    r"|\bnur für den (?:internen )?Dienstgebrauch\b|\bInterne[rs]? (?:Vordruck|Formular)\b"
    r"|^[ \t]*Ersuchende Behörde\b"
    # the minutes of a meeting: "Niederschrift über die Koordinierungsbesprechung zur
    # Vorbereitung der Entschärfung …" (findings review 136: 5 of 5 findings noise, "an
    # internal protocol for police and emergency professionals"), "Ergebnisprotokoll der
    # Informationsveranstaltung und Besprechung", "Niederschrift über den Erörterungstermin";
    # and the record of an inspection: "Kontrollbericht Ladenöffnung". A record speaks of the
    # participants in the third person, for the file and for them: findings reviews 137-144
    # judged 0 of 21 findings in such records worth a clerk's time ("standard protocol
    # formula", "passive and third person are normal in minutes"), reviews 31-110 0 of 13 in
    # the records of a traffic inspection, a cash audit, a site visit and a police talk
    r"|^[ \t]*(?:Ergebnis|Verlaufs)?(?:[Nn]iederschrift|[Pp]rotokoll|NIEDERSCHRIFT|PROTOKOLL)\b"
    r"[^\n]{0,40}\n?[ \t]*(?i:(?:über|der|des|zur|zum|vom)[ \t]+[^\n]{0,60}?(?:besprechung|"
    r"beratung|arbeitskreis|arbeitsgruppe|projektgruppe|runde[nr]?[ \t]+tisch|sitzung|konferenz|"
    r"kommission|schau|lenkungskreis|lenkungsgruppe|krisenstab|termin|verhandlung|versammlung|"
    r"veranstaltung|gespräch|begehung|besichtigung|verkehrsschau|kontrolle|prüfung))"
    r"|^[ \t]*(?:Kontroll|Besichtigungs|Begehungs)(?:bericht|protokoll)\b"
    # a record's title alone on its line: "Ergebnisprotokoll" above "Anlass: …" (set 231)
    r"|^[ \t]*(?:Ergebnis|Verlaufs|Besprechungs|Gesprächs)(?:protokoll|niederschrift)[ \t]*$",
    re.M)
# a paper for the council and its committees: "Beschlussvorlage", "Drucksache", "Beratungsfolge"
# at a line's start, or right-aligned after a wide gap ("Gemeinde X        Beschlussvorlage
# Nr. 112/2024", fresh set 60); or the body it goes to ("Gremium: Gemeinderat")
_COUNCIL = re.compile(
    r"(?:^|[ \t]{3})[ \t]*(?:(?:(?:Beschluss|Sitzungs|Verwaltungs|Informations|Mitteilungs|Rats)"
    r"vorlage|(?:Gemeinderats|Stadtrats|Kreistags)?[Dd]rucksache|Beschlussvorschlag|Beratungsfolge"
    r"|(?:BESCHLUSS|SITZUNGS|VERWALTUNGS)VORLAGE|DRUCKSACHE)\b"  # a title in capitals (set 67)
    r"|Vorlage[ \t]+Nr\.|Gremium:[ \t]*(?:Gemeinderat|Stadtrat|Kreistag|Rat)\b)", re.M)
# the minutes of a session of the council or a committee: "Auszug aus der Niederschrift über
# die 23. Sitzung des Rates der Gemeinde …", "Niederschrift über die 14. Sitzung des
# Ausschusses für Klimaschutz". Their readers are the members, as of the council's papers:
# findings reviews 135 and 137 judged 11 of 11 findings in such minutes noise ("standard
# resolution formula", "minutes for council members"), review 30 1 of 1
_MINUTES = re.compile(
    r"^[ \t]*(?:Auszug aus der[ \t]+)?(?:Sitzungs)?" + _MINUTES_OF
    + r"die[^\n]{0,40}\bSitzung[ \t]+(?:des|der)[ \t]+"
    r"[^\n]{0,60}?(?:\bRat(?:e?s)?\b|rat(?:e?s)?\b|[Aa]usschuss|Kreistag|Stadtverordneten|"
    r"Gemeindevertretung|Ortsbeirat|Bezirksvertretung)", re.M)
INTERNAL_REACH = 400  # characters at the top that hold the title of an internal document


# an office's own form to another body, known by its sections: "A. ANTRAGSTELLENDE BEHÖRDE",
# "Hinweise für die Sachbearbeitung:" (findings review 100: an application to the court for a
# placement, 12 findings, all noise: "plain-language advice on a filing to the court")
_OFFICE_FORM = re.compile(
    r"^[ \t]*(?:[A-H]\.[ \t]*)?(?:Antragstellende|Ersuchende|ANTRAGSTELLENDE|ERSUCHENDE)[ \t]+"
    r"(?:Behörde|BEHÖRDE)\b|^[ \t]*Hinweise für die Sachbearbeitung:", re.M)
OFFICE_FORM_REACH = 2_000  # the first sections of a form


def internal_document(text: str) -> bool:
    """A staff instruction, or a form for the office's staff or for other offices."""
    return (_INTERNAL.search(text, 0, INTERNAL_REACH) is not None
            or _OFFICE_FORM.search(text, 0, OFFICE_FORM_REACH) is not None)


def to_council(text: str) -> bool:
    """A paper for the council or one of its committees, or the minutes of its session. Its
    members read the office's language every week (``for_the_readers``)."""
    return (_COUNCIL.search(text, 0, INTERNAL_REACH) is not None
            or _MINUTES.search(text, 0, INTERNAL_REACH) is not None)
