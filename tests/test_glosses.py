"""Terms of art (SIM-J006) that the text already explains, or that need no explanation:
a gloss in the same or the next sentence, a short name in brackets after a description, a
term inside the name of an office, a pair of person nouns, a compound explained by its head."""

from __future__ import annotations

import pytest


def _j006(simp, text: str, profile: str = "formular"):  # noqa: ANN001, ANN202
    return [f for f in simp.analyze(text, profile).findings if f.rule == "SIM-J006"]


def _terms(simp, text: str) -> list[str]:  # noqa: ANN001
    return [f.text for f in _j006(simp, text)]


@pytest.mark.parametrize("text", [
    # apposition and definition right after the term
    "Wir gewähren eine Stundung, also einen späteren Termin für die Zahlung.",
    "Sie können eine Stundung, das heißt einen Aufschub der Zahlung, beantragen.",
    "Die Stundung bedeutet, dass Sie die Steuer später zahlen dürfen.",
    "Eine Stundung ist ein Aufschub der Zahlung auf einen späteren Tag.",
    "Die Stundung ist die Erlaubnis, in der wir Ihnen mehr Zeit für die Zahlung geben.",
    "Stundung: die Erlaubnis, später zu zahlen.",
    # the term names what the sentence describes
    "Wer zu spät zahlt, muss mehr zahlen: Das nennt man einen Säumniszuschlag.",
    "Wenn Sie ohne Erlaubnis bauen, spricht man von einer Ordnungswidrigkeit.",
    "Mit Grundsicherung ist das Geld gemeint, das Sie im Alter vom Sozialamt bekommen.",
    "Unter Grundsicherung versteht man Geld vom Sozialamt für Menschen im Alter.",
    # the next sentence explains it
    "Sie erhalten bald eine Stundung. Das heißt, Sie zahlen erst im Herbst.",
    "Bitte beantragen Sie eine Stundung. Das ist ein Aufschub der Zahlung.",
    "Bitte beantragen Sie eine Stundung. Eine Stundung ist eine Erlaubnis, später zu zahlen.",
    # a short name in brackets after the description
    "Wenn Sie nicht pünktlich zahlen, kostet das jeden Monat ein Prozent (Säumniszuschlag).",
    # a plainer name in brackets
    "Sie können eine Stundung (Aufschub) beantragen.",
])
def test_a_term_the_text_explains_gets_no_finding(simp, text):  # noqa: ANN001
    assert _terms(simp, text) == []


@pytest.mark.parametrize("text", [
    # an adjective after "ist" states a property, no meaning
    "Die Stundung ist rechtskräftig.",
    # a value, not a meaning
    "Ihre Stundung ist die letzte in diesem Jahr.",
    # "Dies ist eine …" alone points at the letter itself; "…; das sind X" after a clause
    # full of legal words is no plain explanation
    "Dies ist eine Stundung.",
    "Die Zahlung wird nach der Abgabenordnung aufgeschoben; das ist eine Stundung.",
    # "bedeutet nicht" and "bedeutet für Sie" explain a consequence, not the term
    "Die Stundung bedeutet nicht, dass die Schuld erlischt.",
    # a bracket of examples names no description
    "Wir zahlen Leistungen im Alter (zum Beispiel Grundsicherung).",
    # another term of art in brackets explains nothing
    "Sie können eine Stundung (Niederschlagung) beantragen.",
    # a later sentence about something else
    "Bitte beantragen Sie eine Stundung beim Amt. Das ist ein guter Weg.",
    "Wir schicken Ihnen die Stundung. Das ist der erste Schritt.",
])
def test_no_gloss_keeps_the_finding(simp, text):  # noqa: ANN001
    assert "Stundung" in _terms(simp, text) or "Grundsicherung" in _terms(simp, text)


def test_law_abbreviation_in_brackets_is_a_citation_not_a_name(simp):  # noqa: ANN001
    found = [f.text for f in simp.analyze("Sie bekommen Geld nach dem Gesetz (BKGG).",
                                          "formular").findings if f.rule == "SIM-J007"]
    assert found == ["BKGG"]


def test_term_inside_the_name_of_an_office_is_not_explained(simp):  # noqa: ANN001
    assert _terms(simp, "Schreiben Sie an das Amt für Ausbildungsförderung in Jena.") == []
    assert _terms(simp, "Die Ausbildungsförderung zahlt das Amt jeden Monat.") == [
        "Ausbildungsförderung"]


def test_pair_of_person_nouns_is_one_finding_explained_after_the_pair(simp):  # noqa: ANN001
    text = "Bitte fragen Sie den Gläubiger oder die Gläubigerin nach dem Betrag."
    found = _j006(simp, text)
    assert [f.text for f in found] == ["Gläubiger"]
    (s,) = found[0].suggestions
    assert s.replacement.startswith("Gläubiger oder die Gläubigerin (")
    assert s.replacement.endswith(")")
    assert text[s.start:s.end] == "Gläubiger oder die Gläubigerin"
    # the other form later in the text is the same term: explained once
    later = "Der Gläubiger hat geschrieben. Die Gläubigerin will das Geld bis Mai."
    assert _terms(simp, later) == ["Gläubiger"]


def test_compound_explained_by_its_head_says_so_and_inserts_nothing(simp):  # noqa: ANN001
    (f,) = _j006(simp, "Sie erhalten einen Stundungsbescheid.")
    assert f.text == "Stundungsbescheid"
    assert "eine Art „Bescheid“" in f.message and "das ganze Wort" in f.message
    assert f.suggestions == []
    # the listed term itself keeps its explanation in brackets
    (g,) = _j006(simp, "Sie erhalten einen Bescheid.")
    assert g.suggestions and g.suggestions[0].replacement.startswith("Bescheid (")


def test_no_gloss_into_a_heading_run_into_its_paragraph(simp):  # noqa: ANN001
    # blind review 24: "Rechtsbehelfsbelehrung (Hinweis am Ende …): Gegen diesen Bescheid …"
    text = ("Sehr geehrte Frau Maier, wir haben Ihren Antrag geprüft.\n\n"
            "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats "
            "Widerspruch erhoben werden.")
    report = simp.analyze(text, "formular")
    [f] = [f for f in report.findings if f.text == "Rechtsbehelfsbelehrung"]
    assert not f.suggestions
    # in a letter the run-in heading gets no finding at all (SIM-J006 quiet_in_labels)
    assert not [f for f in simp.analyze(text, "brief").findings
                if f.text == "Rechtsbehelfsbelehrung"]


def test_income_from_self_employment_gets_the_tax_sense(simp):  # noqa: ANN001
    # blind review 24: "Einkünfte aus selbständiger Tätigkeit" glossed as "alles Geld, das Sie
    # regelmäßig bekommen … Leistungen vom Amt", wrong for the tax term
    text = "Sie haben im Bezugszeitraum Einkünfte aus selbständiger Tätigkeit erzielt."
    [f] = [f for f in simp.analyze(text, "brief").findings if f.text == "Einkünfte"]
    assert "steuerlicher Begriff" in f.message


def test_kostenersatz_of_a_fire_brigade_is_no_social_benefit_refund(simp):  # noqa: ANN001
    # findings review 186: "Kostenersatz" for false alarms was glossed as a refund of social
    # benefits for a need caused by one's own fault ("Leistungen der Feuerwehr")
    text = ("Bei Fehlalarmen der Brandmeldeanlage verlangt die Stadt Kostenersatz. Andere "
            "Leistungen der Feuerwehr sind kostenfrei.")
    [f] = [f for f in simp.analyze(text, "brief").findings if f.text == "Kostenersatz"]
    assert "Einsatzes" in f.message and "schuldhaft" not in f.message


def test_einspruch_against_a_fee_notice_gets_no_tax_gloss(simp):  # noqa: ANN001
    # findings review 186: "Einspruch" against a fire inspection fee was glossed "etwa zu
    # Steuern"; a tax notice keeps the tax sense
    fee = "Gegen den Gebührenbescheid können Sie Einspruch einlegen."
    assert not [s for f in simp.analyze(fee, "brief").findings if f.text == "Einspruch"
                for s in f.suggestions if "Steuer" in s.replacement]
    tax = "Gegen den Grundsteuerbescheid können Sie Einspruch einlegen."
    [f] = [f for f in simp.analyze(tax, "brief").findings if f.text == "Einspruch"]
    assert "Steuerbescheid" in f.message


def test_glosses_that_fit_every_case(simp):  # noqa: ANN001
    # findings review 189: the gloss of "Schriftform" said an e-mail is not enough where the
    # text allowed one; "Verkehrssicherungspflicht" spoke of "your land" beside posters
    text = ("Der Antrag bedarf der Schriftform; eine E-Mail genügt. Für die Plakate tragen "
            "Sie die Verkehrssicherungspflicht.")
    messages = {f.text: f.message for f in simp.analyze(text, "brief").findings
                if f.rule == "SIM-J006"}
    assert "reicht nicht" not in messages["Schriftform"]
    assert "Ihrem Grundstück" not in messages["Verkehrssicherungspflicht"]


def test_a_listed_phrase_with_sharp_s_is_found_in_any_case(simp):  # noqa: ANN001
    # list phrases are casefolded ("pflichtgemäss~"): an inflected "pflichtgemäßem" must still
    # find "pflichtgemäßes Ermessen", and its parts are not swapped on their own (blind
    # review 25: "pflichtgemäßem" -> "wie vorgeschrieben" was ungrammatical)
    text = "Die Behörde entscheidet nach pflichtgemäßem Ermessen über den Antrag."
    found = {f.rule: f.text for f in simp.analyze(text, "brief").findings}
    assert found.get("SIM-J006") == "pflichtgemäßem Ermessen"
    assert "SIM-J001" not in found


def test_a_term_named_by_its_condition_is_explained(simp):  # noqa: ANN001
    # findings review 84: "Wenn Sie sich online … anmelden, handelt es sich um einen
    # Fernabsatzvertrag" defines the term; the gloss repeated it
    text = ("Wenn Sie sich online, per E-Mail oder telefonisch anmelden, handelt es sich um "
            "einen Fernabsatzvertrag.")
    assert not [f for f in simp.analyze(text, "brief").findings if f.rule == "SIM-J006"]
    other = "Bei Ihrem Vertrag handelt es sich um einen Fernabsatzvertrag."
    assert [f for f in simp.analyze(other, "brief").findings if f.rule == "SIM-J006"]


def test_a_term_with_two_senses_is_explained_in_the_sense_of_its_text(simp):  # noqa: ANN001
    # findings review 199: "Zumutbarkeit" of church bells' noise was explained as "whether an
    # action can be demanded of you"
    def explained(text: str) -> str:
        return " ".join(f.message for f in simp.analyze(text, profile="brief").findings
                        if f.rule == "SIM-J006" and f.text == "Zumutbarkeit")
    noise = "Wir haben die Zumutbarkeit des Lärms für die Nachbarn geprüft."
    work = "Das Jobcenter prüft die Zumutbarkeit der Arbeit."
    assert "Nachbarn" in explained(noise) and "Arbeit" not in explained(noise)
    assert "Arbeit" in explained(work)


@pytest.mark.parametrize("text", [
    # findings review 279: the dog keeper's "Sachkundenachweis" explained a guard's exam
    "Für die Tätigkeit als Türsteher brauchen Sie einen Sachkundenachweis der IHK.",
    # findings review 286: "Aufhebungsvertrag" explained as ending a job, for a lease
    "Der Aufhebungsvertrag über die Praxisräume wurde am 1. Mai geschlossen.",
])
def test_a_gloss_in_its_sense_only(simp, text):  # noqa: ANN001
    assert not [f for f in simp.analyze(text, "brief").findings if f.rule == "SIM-J006"]
