"""The letterhead of a letter (sender, file number, date) is not checked (letterhead.py)."""

from __future__ import annotations

import pytest

from simplify.letterhead import contact_lines, letterhead, office_sections, signature_blocks
from simplify.service import DocumentService

LETTER = ("Hauptzollamt Musterstadt – Dienstsitz Beispielhausen\n"
          "Steuernummer: 5719 4826 3104 · Datum: 21.03.2025\n\n"
          "Sehr geehrte Frau Schmidt,\n\n"
          "Ihr Antrag wurde geprüft. Die Unterlagen sind bis zum 1. Mai einzureichen.\n")


def test_the_first_block_with_a_file_number_is_the_letterhead() -> None:
    [(start, end)] = letterhead(LETTER)
    assert LETTER[start:end].startswith("Hauptzollamt") and LETTER[end:].startswith("\n\n")


@pytest.mark.parametrize("text", [
    # ordinary sentences, even with a date
    "Der Antrag ist bis zum 01.05.2025 einzureichen. Das Amt prüft ihn dann sehr gründlich "
    "und schreibt Ihnen.\n\nBitte rufen Sie an.",
    # a heading without file number or date
    "Wohngeld beantragen\n\nSie können Wohngeld beantragen.",
    # only one block: nothing follows
    "Aktenzeichen: 12-34\nDatum: 01.05.2025",
])
def test_no_letterhead(text: str) -> None:
    assert letterhead(text) == []


def test_the_service_leaves_the_letterhead_alone() -> None:
    report = DocumentService().check_text(LETTER, profile="brief")
    head_end = LETTER.index("\n\n")
    assert report.all_findings()  # the body is checked
    assert not [f for f in report.all_findings() if f.start < head_end]
    said = "Unser Dienstsitz ist seit dem 1. März in Beispielhausen."
    text = LETTER.replace("Steuernummer: 5719 4826 3104 · Datum: 21.03.2025", said)
    plain = DocumentService().check_text(text, profile="brief")
    # without file number or date, and with a sentence, the block is text like any other
    # ("Dienstsitz"; a block of name lines alone is a head: see below); its name line above
    # the salutation is still a label (checks/letter_head.py)
    line = text.index(said)
    assert [f for f in plain.all_findings() if line <= f.start < line + len(said)]


def test_a_sender_block_with_address_and_phone_is_a_letterhead() -> None:
    text = ("Städtische Kindertagesstätte „Sonnenwinkel“\nAhornweg 12, 34567 Hollenbrück\n"
            "Tel. 05432 118-40\n\nLiebe Eltern,\n\nim Mai bleibt die Kita an zwei Tagen zu.\n")
    [(start, end)] = letterhead(text)
    assert text[start:end].endswith("118-40")


DIN_LETTER = ("Stadt Lindenfeld · Der Bürgermeister · Marktplatz 1 · 57321 Lindenfeld\n\n"
              "Herrn\nWolfram Degenhardt\nBrunnenweg 27\n57321 Lindenfeld\n\n"
              "Fachbereich 3 – Bürgerservice\nAuskunft erteilt: Frau Kerstin Aldag\n"
              "Tel. 05599 94-312\nAz.: 30-BM-2025/0418\nDatum: 24.06.2025\n\n"
              "Ihre Beschwerde vom 04.06.2025\n\n"
              "Sehr geehrter Herr Degenhardt,\n\nwir bedauern die Wartezeit.\n")


def test_the_offices_information_block_belongs_to_the_letterhead() -> None:
    # fresh set 34: "Auskunft erteilt: Frau …" in the third block was flagged as Amtsdeutsch
    spans = letterhead(DIN_LETTER)
    blocks = [DIN_LETTER[a:b] for a, b in spans]
    assert blocks[0].startswith("Stadt Lindenfeld") and blocks[-1].endswith("24.06.2025")
    # the recipient's address stays (audience.to_lawyers reads it), so does the subject line
    assert not any("Degenhardt" in b or "Beschwerde" in b for b in blocks)
    report = DocumentService().check_text(DIN_LETTER, profile="brief")
    info = DIN_LETTER.index("Fachbereich"), DIN_LETTER.index("Ihre Beschwerde")
    assert not [f for f in report.all_findings() if info[0] <= f.start < info[1]]


def test_a_forms_office_section_is_not_checked():
    from simplify.service import DocumentService
    svc = DocumentService()
    form = ("Antrag auf einen Jugendjagdschein\n\nName, Vorname: ____________\n\n"
            "Vom Amt auszufüllen: BZR-Anfrage am ________ Jagdschein übersandt am ________\n")
    report = svc.check(svc.read_text(form)).report
    office = form.index("Vom Amt")
    assert not [f for f in report.findings if f.start >= office]
    # the same words in the applicant's part are checked
    open_form = form.replace("Vom Amt auszufüllen: ", "")
    assert [f for f in svc.check(svc.read_text(open_form)).report.findings
            if f.text == "übersandt"]



@pytest.mark.parametrize("label", ["Vom Ordnungsamt auszufüllen", "Vermerk der Friedhofsverwaltung",
                                   "Nur von der Bußgeldstelle auszufüllen:", "Amtliche Vermerke",
                                   "Nur vom Jobcenter auszufüllen:", "Vermerk Tiefbauamt:",
                                   "Nur für die Verwaltung",
                                   "– Nur vom Versicherungsamt auszufüllen –"])
def test_an_office_named_by_a_compound_marks_the_office_section(label: str) -> None:
    # reviews 43 and 44: "Vom Baurechtsamt auszufüllen" and "Vermerk der Musikschulverwaltung"
    # (the label alone, the fields after a blank line) were read as the applicant's part
    from simplify.service import DocumentService
    svc = DocumentService()
    form = ("Antrag auf eine Sondernutzung\n\nName, Vorname: ____________\n\n"
            f"{label}\n\nAntrag fristgerecht eingegangen: [ ] ja  [ ] nein\n"
            "Erlaubnis erteilt / versagt mit Bescheid vom: ________\n")
    office = form.index(label)
    assert [(a, b) for a, b in office_sections(form)] == [(office, len(form))]
    report = svc.check(svc.read_text(form)).report
    assert not [f for f in report.findings if f.start >= office]
    # a label inside a sentence is no section
    assert not office_sections("Der Antrag ist vom Ordnungsamt auszufüllen und zu prüfen.")


def test_an_office_section_in_a_box_ends_at_the_box():
    # findings review 76: "Vermerk der Bauaufsichtsbehörde" between rule lines, with blank
    # lines inside the box: its last fields ("Kassenzeichen: ____") were read as the applicant's
    rule = "-" * 40
    form = ("Name, Vorname: ____________\n\n" + rule + "\nVermerk der Bauaufsichtsbehörde\n"
            "Unterschriften geleistet am: ______\n\nGebühr: ______ EUR  Kassenzeichen: ______\n"
            + rule + "\n\nHinweise zum Ausfüllen\n\n1. Die Baulast ist zu erklären.\n")
    [(start, end)] = office_sections(form)
    assert form[start:end].rstrip().endswith("Kassenzeichen: ______")
    assert end == form.index(rule, start)

NAME_FIRST = ("Amt Moorhusen\nDer Amtsdirektor\nFachdienst Steuern und Abgaben\n\n"
              "Amt Moorhusen · Deichweg 3 · 25811 Moorhusen\n\n"
              "Herrn\nJens Carstens\nKoogstraße 8\n25813 Husum\n\n"
              "Unser Zeichen: 22.31-0871/25\nAuskunft erteilt: Frau Thams\nDatum: 17.11.2025\n\n"
              "Widerspruchsbescheid\n\nIhr Widerspruch wird zurückgewiesen.\n")


def test_a_senders_name_block_above_an_address_opens_the_letterhead() -> None:
    # fresh set 40: the sender's name stood alone in the first block, without a field, and
    # "Auskunft erteilt" below was flagged as Amtsdeutsch
    blocks = [NAME_FIRST[a:b] for a, b in letterhead(NAME_FIRST)]
    assert blocks[0].startswith("Amt Moorhusen\nDer Amtsdirektor")
    assert blocks[-1].startswith("Unser Zeichen") and not any("Carstens" in b for b in blocks)
    # a title above a block with a file number is no sender: it stays in the text
    title = ("Allgemeinverfügung über das Verbot des Betretens des Waldes\n"
             "Aktenzeichen: 70.3-04/2026\n\nDas Betreten ist verboten.\n")
    assert letterhead("Landkreis Spreewiesen\n\n" + title) == []


def test_a_contact_line_outside_the_letterhead_is_not_checked() -> None:
    # findings reviews 32-52: "Auskunft erteilt:" in a head whose blocks are too long to be
    # a letterhead was flagged as Amtsdeutsch, every time noise
    text = ("Landratsamt Oberhagen, Fachbereich Soziales, Abteilung Eingliederungshilfe für "
            "Menschen mit Behinderungen und Pflege, Hauptstraße 4, 12345 Oberhagen im Tal\n"
            "Auskunft erteilt: Herr Lindqvist, Zimmer 2.14\n\n"
            "Sehr geehrte Frau Beispiel,\n\ndie Auskunft wird Ihnen erteilt.\n")
    line = text.index("Auskunft erteilt"), text.index("\n\n")
    assert contact_lines(text) == [(line[0], line[1])]
    found = DocumentService().check_text(text, profile="brief").all_findings()
    assert not [f for f in found if line[0] <= f.start < line[1]]
    assert [f for f in found if f.start > line[1]]  # the body is checked


def test_a_dispatch_note_above_the_address_is_not_checked() -> None:
    # findings reviews 61 and 63: "Förmliche Zustellung" above the address got a gloss on
    # "Zustellung", both times noise ("a delivery note, not a heading for the reader")
    text = ("Landkreis Hohenwald\nFachdienst Jugend und Familie\n\nFörmliche Zustellung\n\n"
            "Herrn\nGerd Beispiel\nDorfanger 6\n96481 Waldhausen\n\nBußgeldbescheid\n\n"
            "Sehr geehrter Herr Beispiel,\n\ndie Zustellung dieses Bescheids erfolgt förmlich. "
            "Gegen Empfangsbekenntnis erhalten Sie die Akte.\n")
    note = text.index("Förmliche Zustellung")
    assert contact_lines(text) == [(note, note + len("Förmliche Zustellung"))]
    found = DocumentService().check_text(text, profile="brief").all_findings()
    assert not [f for f in found if note <= f.start < note + 20]
    assert [f for f in found if f.text == "Zustellung" and f.start > note + 20]


def test_a_dispatch_note_with_its_address_is_one() -> None:
    # findings review 74: "Vorab per E-Mail: info@…" above the address, "vorab" -> "vorher"
    text = "Stadt Au\n\nVorab per E-Mail: info@hoelscher-bau.example\n\nHoelscher Bau GmbH\n"
    note = text.index("Vorab")
    assert contact_lines(text) == [(note, text.index("\n\nHoelscher"))]
    assert contact_lines("Per E-Mail: Bitte schicken Sie uns das Formular.\n") == []


@pytest.mark.parametrize("head", [
    "Landratsamt Hallerfeld\nGutachterausschuss für Grundstückswerte im Landkreis Hallerfeld",
    "Stadt Ostervelde\nAmt für Bauordnung und Wohnungswesen\n– Untere Bauaufsichtsbehörde –",
    "Gutachterausschuss für Immobilienwerte im Main-Erlen-Kreis\nGeschäftsstelle",
])
def test_an_offices_name_above_a_leaflets_title_is_its_head(head: str) -> None:
    # findings reviews 119-126: glosses on "Gutachterausschuss" and "Bauaufsichtsbehörde" in
    # the name lines above a leaflet's title were noise ("the official name must stay"); over
    # all reviews 19 of 22 judged findings in such heads were noise
    text = (head + "\n\nMERKBLATT\nBodenrichtwerte und Baulasten\n\n"
            "Der Gutachterausschuss ermittelt die Bodenrichtwerte. Die Bauaufsichtsbehörde "
            "führt das Baulastenverzeichnis.\n")
    [(start, end)] = letterhead(text)
    assert text[start:end] == head
    report = DocumentService().check_text(text, profile="brief")
    assert not [f for f in report.all_findings() if f.start < end]
    # the body's first use is the one to explain
    assert [f for f in report.all_findings() if f.rule == "SIM-J006" and f.start > end]


@pytest.mark.parametrize("text", [
    # a title and its subtitle are no sender's name
    "Merkblatt Bodenrichtwerte\nBegriff, Ermittlung, Verwendung\n\nDer Ausschuss ermittelt sie.",
    # a sentence in the block
    "Stadt Ostervelde\nWir haben umgebaut.\n\nDas Rathaus ist wieder offen.",
])
def test_no_office_head(text: str) -> None:
    assert letterhead(text) == []


SIGNED = ("Sehr geehrte Frau Terhorst,\n\nbitte lassen Sie Ihre Katze kastrieren.\n\n"
          "Mit freundlichen Grüßen\nIn Vertretung\n\nUbbelohde\nGemeindeamtsrat\n\n"
          "Rechtsbehelfsbelehrung:\nGegen diesen Bescheid kann innerhalb eines Monats "
          "Widerspruch erhoben werden.\n")


def test_the_lines_under_the_closing_formula_are_the_signature() -> None:
    # findings reviews 18-126: 9 of 12 findings in signatures noise, none worth ("official
    # job title in the signature", "the official's surname"), e.g. "Ubbelohde" as a rare word
    [(start, end)] = signature_blocks(SIGNED)
    assert SIGNED[start:end].strip() == "In Vertretung\n\nUbbelohde\nGemeindeamtsrat"
    report = DocumentService().check_text(SIGNED.replace("Gemeindeamtsrat",
                                                         "Regierungsinspektorin"), profile="brief")
    assert not [f for f in report.all_findings() if start <= f.start < end]
    # what follows the signature is checked again
    assert [f for f in report.all_findings() if f.start > SIGNED.index("Rechtsbehelfs")]
    # the formula itself is the writer's choice: "Hochachtungsvoll" is worth a finding
    old = DocumentService().check_text(SIGNED.replace("Mit freundlichen Grüßen",
                                                      "Hochachtungsvoll"), profile="brief")
    assert [f for f in old.all_findings() if f.text == "Hochachtungsvoll"]


def test_a_sentence_after_the_closing_formula_is_no_signature() -> None:
    text = ("Mit freundlichen Grüßen\nBitte beachten Sie die beigefügten Hinweise zur "
            "Zahlung und zur Frist.\n")
    assert signature_blocks(text) == []


def test_a_title_in_the_head_still_tells_who_reads_the_text() -> None:
    # findings review 138: "Interne Arbeitshilfe" and "Nur für den Dienstgebrauch" stood in
    # the blanked head of a work aid for clerks, which was then checked as one for citizens
    aid = ("Stadt Wendenau – Hafenamt\nInterne Arbeitshilfe\n\nVergabe von Dauerliegeplätzen\n\n"
           "Nur für den Dienstgebrauch\n\nA. Vorbemerkung\nDie Anträge sind nach Eingang "
           "unverzüglich zu prüfen und dem Antragsteller ist hierüber Mitteilung zu machen.\n")
    report = DocumentService().check_text(aid, profile="brief")
    assert report.summary["experts"] and report.summary["errors_only"]
    assert all(f.level.name == "error" for f in report.all_findings())
