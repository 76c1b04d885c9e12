"""Line breaks of PDF forms and letters: wrapped lines join, labels and headings stay apart.

All texts are our own; they imitate text extracted from PDF forms (a hard line break at the end
of every printed line).
"""

from __future__ import annotations

import pytest

from simplify import analyze


def sents(nlp, text: str) -> list[str]:
    return [" ".join(s.text.split()) for s in nlp(text).sents if s.text.strip()]


# -- wrapped lines join ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # article, preposition, conjunction, determiner at the end of the line
    "Bitte reichen Sie die\nUnterlagen bis Ende Mai ein.",
    "Die Frist beginnt mit dem Tag nach der Zustellung des\nBescheids an Sie.",
    "Wir brauchen eine Kopie Ihres Mietvertrags und\nIhre letzte Lohnabrechnung.",
    "Dem Antrag sind alle\nNachweise über das Einkommen beizufügen.",
    # attributive adjective
    "Sie erhalten eine schriftliche\nBestätigung über den Eingang.",
    # auxiliary and lower-case start (a verb closing the bracket)
    "Der Antrag kann nur bearbeitet werden, wenn alle Angaben vollständig\nsind.",
    "Die Unterlagen müssen vollständig bei der zuständigen Stelle im\n"
    "Bürgeramt eingereicht werden, damit wir den Antrag prüfen können.",
    # comma, slash, "und/oder"
    "Bitte bringen Sie Ihren Ausweis, Ihre Meldebescheinigung,\nIhre Geburtsurkunde mit.",
    "Die Beratung und/oder\nVertretung hat am 3. März begonnen.",
    "Mein Ehegatte/\neingetragener Lebenspartner zahlt die Miete.",
    # a placeholder line in the middle of a sentence
    "Ich habe monatliche Einkünfte von netto\n________ Euro.",
    # an abbreviation at the end of the line ends nothing
    "Die Miete zahle ich mtl.\nan den Vermieter.",
    "Tragen Sie unter Lfd.\nNr. 3 die Miete ein.",
    "Nennen Sie bei Rückfragen das Az.\nIhres Schreibens.",
    "Nutzen Sie dafür den Vordr.\nWohngeld aus dem Bürgeramt.",
    "Bitte tragen Sie ggf.\nIhren Geburtsnamen ein.",
    # a label printed over two lines
    "Tagsüber telefonisch erreichbar unter\nNummer",
    "Haben diese Personen eigene\nEinnahmen?",
    "Familienverhältnis\nzu Ihnen",
    "Fahrt zur Arbeit (Kosten für öffentliche Verkehrsmittel oder\neinfache Entfernung)",
    "Größe der Wohnung in Quadratmetern:\n(ohne Keller und Garage)",
    # a paragraph sign or a date at the start of the next line
    "Sie sind nach\n§ 60 Abs. 1 SGB I verpflichtet, Änderungen mitzuteilen.",
    "Die Frist endet am\n31. März um 12 Uhr.",
])
def test_wrapped_line_is_one_unit(nlp, text):
    assert len(sents(nlp, text)) == 1, sents(nlp, text)


# -- line breaks that end a unit ---------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    # heading, then a label: two nouns in a row
    ("Antrag auf Zuschuss zur Kinderbetreuung\nAntragstellende Person (Name, Vorname)",
     ["Antrag auf Zuschuss zur Kinderbetreuung", "Antragstellende Person (Name, Vorname)"]),
    # a heading much shorter than the block, then prose
    ("Fristen\nBitte reichen Sie die Unterlagen innerhalb von vier Wochen nach Erhalt ein.",
     ["Fristen",
      "Bitte reichen Sie die Unterlagen innerhalb von vier Wochen nach Erhalt ein."]),
    # a word that only opens sentences
    ("Hinweis zum Datenschutz\nDie Stadt speichert Ihre Angaben nur für diesen Antrag.",
     ["Hinweis zum Datenschutz",
      "Die Stadt speichert Ihre Angaben nur für diesen Antrag."]),
    # a capitalised verb opens a question
    ("Angaben zu weiteren Personen im Haushalt\nLeben weitere Personen in Ihrer Wohnung?",
     ["Angaben zu weiteren Personen im Haushalt", "Leben weitere Personen in Ihrer Wohnung?"]),
    # colon, then a capital
    ("Bitte legen Sie diese Nachweise bei:\nKopie des Mietvertrags",
     ["Bitte legen Sie diese Nachweise bei:", "Kopie des Mietvertrags"]),
    # a name the tagger does not know ends the sentence, one sentence a line
    ("Ihre Ansprechpartnerin ist Frau Kubiak.\nDie Sprechzeit ist am Montag.",
     ["Ihre Ansprechpartnerin ist Frau Kubiak.", "Die Sprechzeit ist am Montag."]),
    ("Das Amt zog im Mai nach Zossen.\nDort gibt es mehr Platz.",
     ["Das Amt zog im Mai nach Zossen.", "Dort gibt es mehr Platz."]),
    # answers and check boxes
    ("Haben Sie Schulden?\nNein\nJa, und zwar:", ["Haben Sie Schulden?", "Nein", "Ja, und zwar:"]),
    ("Wer ist Eigentümer?\nA\nB\nC", ["Wer ist Eigentümer?", "A", "B", "C"]),
    # list items
    ("Sie brauchen:\n• den Ausweis\n• eine Meldebescheinigung\n1. Schritt: Formular ausfüllen",
     ["Sie brauchen:", "• den Ausweis", "• eine Meldebescheinigung",
      "1. Schritt: Formular ausfüllen"]),
    # an address block and label lines with values
    ("Frau Erika Beispiel\nLindenweg 4\n12345 Musterstadt\nAktenzeichen: 50.3-2026/17\n"
     "Datum: 05.11.2026",
     ["Frau Erika Beispiel", "Lindenweg 4", "12345 Musterstadt", "Aktenzeichen: 50.3-2026/17",
      "Datum: 05.11.2026"]),
    # a list of field labels, one a line
    ("Angaben zu Ihrem Kind\nVorname\nGeburtsdatum\nStaatsangehörigkeit",
     ["Angaben zu Ihrem Kind", "Vorname", "Geburtsdatum", "Staatsangehörigkeit"]),
    # a sentence ends at the end of the line
    ("Wir prüfen Ihren Antrag in den nächsten zwei Wochen.\nDanach erhalten Sie einen Bescheid.",
     ["Wir prüfen Ihren Antrag in den nächsten zwei Wochen.",
      "Danach erhalten Sie einen Bescheid."]),
    # placeholders stand alone
    ("……………………………\nOrt, Datum", ["……………………………", "Ort, Datum"]),
    # lines that open alike are the items of a list without markers (fresh set 42)
    ("Eingetragen sind folgende Waffen:\nlfd. Nr. 1: Pistole, Kal. 9 mm\n"
     "lfd. Nr. 2: Büchse, Kal. .308 Win.",
     ["Eingetragen sind folgende Waffen:", "lfd. Nr. 1: Pistole, Kal. 9 mm",
      "lfd. Nr. 2: Büchse, Kal. .308 Win."]),
    # rows of a table laid out with spaces, its first cell wrapped (findings review 45)
    ("Beisetzung im Gemeinschaftsfeld ohne\nNamensnennung mit Pflege    1.180,00 Euro\n"
     "Nutzung der Trauerhalle             210,00 Euro",
     ["Beisetzung im Gemeinschaftsfeld ohne Namensnennung mit Pflege 1.180,00 Euro",
      "Nutzung der Trauerhalle 210,00 Euro"]),
    # an item that ends with its box to tick (findings review 241: three read as one sentence)
    ("5.2 er die Gesamtfinanzierung des Vorhabens gesichert hat bzw. sichern wird;       [ ]\n"
     "5.3 für das Vorhaben keine weiteren Fördermittel beantragt werden;   [ ]",
     ["5.2 er die Gesamtfinanzierung des Vorhabens gesichert hat bzw. sichern wird; [ ]",
      "5.3 für das Vorhaben keine weiteren Fördermittel beantragt werden; [ ]"]),
    # an item that ends with its boxes and their answers, then an item with a part's letter
    # (findings review 254: "D.1 … [ ] entfällt" and "D.2 …" read as one sentence)
    ("D.1 Ausgabe in Mehrweggeschirr oder kompostierbaren Verpackungen:  [ ] ja  [ ] entfällt\n"
     "D.2 Verwendung von LED-Beleuchtung:  [ ] ja  [ ] nein",
     ["D.1 Ausgabe in Mehrweggeschirr oder kompostierbaren Verpackungen: [ ] ja [ ] entfällt",
      "D.2 Verwendung von LED-Beleuchtung: [ ] ja [ ] nein"]),
    ("3.1 Personenschaden  [ ] nein  [ ] ja\n    Art der Verletzung: ______________",
     ["3.1 Personenschaden [ ] nein [ ] ja", "Art der Verletzung: ______________"]),
    # rows of a table with cells between bars (findings review 236: read as one sentence)
    ("1 | Kelchberg, Amselweg 3 | Neueindeckung Satteldach einschl. Lattung | 14.280,00 €\n"
     "2 | Oberried, Dorfstraße 17 | Erneuerung der Kehlen und des Ortgangs | 3.950,00 €",
     ["1 | Kelchberg, Amselweg 3 | Neueindeckung Satteldach einschl. Lattung | 14.280,00 €",
      "2 | Oberried, Dorfstraße 17 | Erneuerung der Kehlen und des Ortgangs | 3.950,00 €"]),
    # numbered items of a tariff (findings review 130: "a tariff list, not a sentence"); a
    # time at the start of a wrapped line goes on
    ("7.1 Werbeaufsteller bis 1 m² Ansichtsfläche – je Stück und Jahr: 30,00 EUR\n"
     "7.2 Plakatständer für Veranstaltungen – je Stück und Woche: 2,00 EUR",
     ["7.1 Werbeaufsteller bis 1 m² Ansichtsfläche – je Stück und Jahr: 30,00 EUR",
      "7.2 Plakatständer für Veranstaltungen – je Stück und Woche: 2,00 EUR"]),
    ("Die Sprechstunde beginnt an jedem Werktag morgens um\n7.30 Uhr und endet am Mittag.",
     ["Die Sprechstunde beginnt an jedem Werktag morgens um 7.30 Uhr und endet am Mittag."]),
    # a contact line ends with its e-mail address (findings review 218: merged into the
    # sentence of the next line)
    ("Sachgebiet Abwasser, Tel. 03735 601-4402, E-Mail: abwasser@landkreis-tal.example\n"
     "Fragen zur Schlammentsorgung richten Sie bitte an Ihren Abwasserzweckverband.",
     ["Sachgebiet Abwasser, Tel. 03735 601-4402, E-Mail: abwasser@landkreis-tal.example",
      "Fragen zur Schlammentsorgung richten Sie bitte an Ihren Abwasserzweckverband."]),
])
def test_line_break_ends_unit(nlp, text, expected):
    assert sents(nlp, text) == expected


def test_repeated_two_line_column_header_stays_one_unit(nlp):
    block = "Monatliche Einnahmen in Euro\nBeleg\nNummer\n\n"
    doc_text = block * 3
    assert sents(nlp, doc_text).count("Beleg Nummer") == 3


def test_blank_line_always_ends_unit(nlp):
    assert sents(nlp, "Bitte reichen Sie die\n\nUnterlagen ein.") == [
        "Bitte reichen Sie die", "Unterlagen ein."]


# -- hyphenation at a line end -------------------------------------------------------------------


def test_hyphenated_line_end_is_one_word_and_offsets_stay(nlp):
    text = "Für die Antrag-\nstellung brauchen Sie einen Ausweis."
    doc = nlp(text)
    assert doc.text == text
    word = next(t for t in doc if t.text.startswith("Antrag-"))
    assert word.text == "Antrag-\nstellung"
    assert word.norm_ == "Antragstellung"
    assert text[word.idx: word.idx + len(word.text)] == word.text
    assert len(list(doc.sents)) == 1


def test_hyphen_before_capital_keeps_the_hyphen(nlp):
    doc = nlp("Die Regeln der EU-\nVerordnung gelten auch hier.")
    word = next(t for t in doc if t.text.startswith("EU-"))
    assert word.norm_ == "EU-Verordnung"
    assert len(list(doc.sents)) == 1


def test_truncation_before_conjunction_stays_split_and_joined(nlp):
    text = "Die Antrags-\nund Bewilligungsstelle ist im Rathaus."
    doc = nlp(text)
    assert [t.text for t in doc][:2] == ["Die", "Antrags-"]
    assert len(list(doc.sents)) == 1


# -- what the rules see --------------------------------------------------------------------------


def test_passive_across_a_line_break_is_found():
    text = "Antrag auf Zuschuss\n\nDem Antrag sind alle\nNachweise über das Einkommen beizufügen.\n"
    report = analyze(text)
    passive = [f for f in report.findings if f.family == "passive"]
    assert passive, report.findings
    assert "Nachweise" in passive[0].text
    assert text[passive[0].start: passive[0].end] == passive[0].text


def test_long_sentence_over_several_lines_is_flagged():
    text = ("Wenn Sie einen Zuschuss für die Kosten der Kinderbetreuung\n"
            "beantragen möchten, müssen Sie den vollständig ausgefüllten\n"
            "Vordruck zusammen mit den Nachweisen über das Einkommen aller\n"
            "Personen im Haushalt bis spätestens zum Ende des Monats bei der\n"
            "Stadtverwaltung einreichen.\n")
    report = analyze(text)
    length = [f for f in report.findings if f.family == "length"]
    assert length
    assert length[0].start == 0 and text[length[0].start: length[0].end].endswith("einreichen.")


@pytest.mark.parametrize("text", [
    "Tragen Sie unter Lfd. Nr. 3 die Miete ein.",
    "Nutzen Sie dafür den Vordr. Wohngeld aus dem Bürgeramt.",
    "Nennen Sie bei Rückfragen das Az. Ihres Schreibens.",
    "Bitte geben Sie das Gz. 50.3 an.",
    "Das steht auf Bl. 4 der Akte.",
])
def test_form_abbreviations_end_no_sentence(nlp, text):
    assert sents(nlp, text) == [text]


def test_unknown_name_before_full_stop_still_ends_sentence(nlp):
    assert len(sents(nlp, "Wir wohnen in Kleve. Danach ziehen wir um.")) == 2


def test_linebreaks_long_word_hyphenated_at_line_end_is_still_flagged(simp):  # noqa: ANN001
    text = "Bitte lesen Sie die Kraftfahrzeughaftpflicht-\nversicherung genau durch."
    hits = [f for f in simp.analyze(text).findings if f.rule == "SIM-W001"]
    assert [f.text for f in hits] == ["Kraftfahrzeughaftpflicht-\nversicherung"]


def test_many_merged_abbreviations_keep_their_marks(simp):  # noqa: ANN001
    """Every merge shifts the token indices after it: the marks go by offset, not by index
    (a text with many of them ran past the end of the document)."""
    text = " ".join(["Lfd. Nr. 3, Ziff. 4"] * 40)
    doc = simp.nlp(text)
    marked = [t.text for t in doc if t._.abbr]
    assert marked.count("Ziff.") == 40 and marked.count("Lfd.") == 40


def test_a_message_quotes_a_wrapped_passage_on_one_line(simp):  # noqa: ANN001
    # findings review 149: "„hat die meldepflichtige\nPerson dies … mitzuteilen“" came with
    # the PDF's line break inside the message (web page, /v2 and the review files)
    text = ("Wohnungsgeberbestätigung nach § 19 BMG\nVerweigert der Wohnungsgeber die Bestätigung, "
            "so hat die meldepflichtige\nPerson dies der Meldebehörde unverzüglich mitzuteilen.\n")
    found = simp.analyze(text, "brief").findings
    assert [f for f in found if "meldepflichtige Person dies" in f.message]
    assert not [f.message for f in found if "\n" in f.message]
