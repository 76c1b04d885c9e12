"""A letter from an office to another public body: a town, a district, a mayor, another
authority or one of its units. Its readers handle such matters for a living (findings reviews
103-104: 67 of 68 judged findings in letters to towns and districts were noise)."""

from __future__ import annotations

import re

# a public body as the recipient: "Stadt Moorhusen" over "Frau Bürgermeisterin", "Landratsamt
# Orlagrund", "An die Bürgermeisterinnen und Bürgermeister der … Gemeinden" (findings reviews
# 103-104: letters to towns and districts, 67 of 68 judged findings noise). A return
# address line ("Landkreis X · Postfach 11 40 · …") is the sender's
AUTHORITY_LINE = re.compile(
    r"^[ \t]*(?:An[ \t]+(?:die|das|den)[ \t]+)?(?:(?:Stadt|Gemeinde|Markt|Samtgemeinde|"
    r"(?:Große[ \t]+)?Kreisstadt|Hansestadt|Landeshauptstadt|"
    r"Verbandsgemeinde|Landkreis|Kreis|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung|"
    r"Landratsamt|Bezirksamt|Regierungspräsidium|Bezirksregierung)[ \t]+[A-ZÄÖÜ][^\n·,|\d]{1,40}"
    r"|(?:z\.[ \t]?Hd\.[ \t]+)?(?:Frau|Herrn?|des Herrn|der Frau)[ \t]+(?:Ober)?[Bb]ürgermeister"
    r"\w*|(?:Frau|Herrn?)[ \t]+Landr(?:at|ätin)\b[^\n]{0,40}"
    # the district's head as the state's lower authority: "Landrat des Kreises Bergwald" over
    # "– Kommunalaufsicht –" (safety review 316: a town's statement to its supervision read as
    # a letter to a citizen; "müssen Sie … ergänzen" made the supervisor act)
    r"|(?:Der[ \t]+|Die[ \t]+)?Landr(?:at|ätin)[ \t]+des[ \t]+(?:Land)?[Kk]reises\b[^\n]{0,40}"
    r"|–?[ \t]*Kommunalaufsicht[ \t]*–?"
    r"|(?:Ober)?[Bb]ürgermeisterinnen und (?:Ober)?[Bb]ürgermeister"
    # the benefit offices of the federal employment agency (fresh set 192: a music school's
    # statement of account to a Jobcenter's team read as a letter to parents)
    r"|(?:Jobcenter|Agentur[ \t]+für[ \t]+Arbeit|Familienkasse)\b[^\n·,|\d]{0,40}"
    # the prosecution and the police (findings review 227: a request for the file of a
    # criminal case read as for citizens, "its readers handle that style without trouble")
    r"|(?:General)?[Ss]taatsanwaltschaft\b[^\n·,|\d]{0,40}|Polizei(?:präsidium|direktion|"
    r"inspektion|revier)\b[^\n·,|\d]{0,40}"
    # a social insurer (findings review 226: a request to a care fund read as for citizens)
    r"|(?:Pflegekasse|Krankenkasse|Unfallkasse|Berufsgenossenschaft|Deutsche[ \t]+"
    r"Rentenversicherung)\b[^\n·,|\d]{0,60}"
    # another authority or its unit: "Amt für regionale Landentwicklung Riedwangen",
    # "– Siedlungsbehörde –", "Wasserwirtschaftsamt Oberhelden" (findings review 118: a
    # district's letter to the settlement authority read as for citizens)
    # a federal or state office, a chamber, a town's or district's executive board, a
    # ministry (fresh sets 238-240: letters to a Handwerkskammer and an IHK, to the BAMF's
    # regional coordinator, to a "Kreisausschuss des Landkreises …": 26 of 28 findings noise)
    r"|(?:Bundes|Landes)?[A-ZÄÖÜ]?\w*[Aa]mt[ \t]+für[ \t]+[^\n]{3,60}"
    r"|(?:Handwerks|Industrie-[ \t]+und[ \t]+Handels|Landwirtschafts|Architekten|Ingenieur|"
    r"Ärzte|Zahnärzte|Apotheker|Steuerberater|Rechtsanwalts|Notar)kammer\b[^\n·,|\d]{0,40}"
    r"|(?:Kreisausschuss|Magistrat|Gemeindevorstand)[ \t]+(?:des|der)[ \t]+[^\n·,|\d]{3,60}"
    r"|[A-ZÄÖÜ]\w*ministerium\b[^\n·|\d]{0,80}"
    # (an adjective may lead: "Staatliches Bauamt Altmühlgrund", findings review 240: 9 of 10
    # findings in a letter to it noise)
    r"|–?[ \t]*(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|es|er)[ \t]+)?[A-ZÄÖÜ]\w*"
    r"(?:behörde|amt)[ \t]*(?:–[ \t]*)?(?:[A-ZÄÖÜ][\w-]*)?)[ \t]*$", re.M)

# a window envelope's return address above the recipient: the office sends the letter (a
# citizen's form "An die Stadt …" has none)
RETURN_LINE = re.compile(r"^[^\n]*\S[ \t]+·[ \t][^\n]*\d{5}[^\n]*$", re.M)


# or the office's own lines above it: who handles the case, the file number ("Bearbeiterin:
# Frau …", "Aktenzeichen: …"; fresh set 145: a statement to the supervising authority without
# a window envelope's return address)
SENDER_LINE = re.compile(r"^[ \t]*(?:Bearbeiter(?:in)?|Sachbearbeit\w*|Auskunft erteilt|"
                         r"Ansprechpartner(?:in)?|Unser Zeichen|Aktenzeichen|Az\.)[ \t]*:?[ \t]*"
                         r"[^\s_:][^\n]*$", re.M)  # filled in: a form's blank field is no sender


OUR_LINE = re.compile(r"^[ \t]*(?:Unser Zeichen|Bearbeiter(?:in)?)[ \t]*:[ \t]*[^\s_:][^\n]*$",
                      re.M)
POSTCODE = re.compile(r"^[ \t]*(?:D-)?\d{5}[ \t]+[A-ZÄÖÜ]", re.M)


def to_authority(text: str, start: int, end: int) -> bool:
    """The recipient's address block (``text[start:end]``) names a public body, below a window
    envelope's return address (the office sends the letter; a citizen's form "An die Stadt …"
    has none), in the recipient's lines above their postcode: the sender's own column below
    the address ("Amt für Wohnungswesen / Abteilung 64.2") names no recipient."""
    # a body above a window envelope's return address is the sender's letterhead ("Landesamt
    # für Soziales und Versorgung" over "Landesamt … · Postfach … · 03005 Cottbus")
    last_return = -1
    for back in RETURN_LINE.finditer(text, start, end):
        last_return = back.start()
    body = next((b for b in AUTHORITY_LINE.finditer(text, start, end)
                 if b.start() > last_return), None)
    if body is None:
        return False
    back = RETURN_LINE.search(text, 0, body.start()) or SENDER_LINE.search(
        text, 0, body.start())
    if back is None:
        # or the office's reference lines right below the recipient's postcode ("Unser
        # Zeichen: …", "Bearbeiterin: Frau …"; fresh set 192: a town's statement to the
        # district's supervision, its own address above); no other address in between
        town = POSTCODE.search(text, body.end(), end)
        ours = OUR_LINE.search(text, body.end(), end)
        return town is not None and ours is not None and town.start() < ours.start() and \
            POSTCODE.search(text, town.end(), ours.start()) is None
    town = POSTCODE.search(text, back.end())
    return town is None or body.start() < town.start()
