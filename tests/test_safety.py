"""Suggestions a clerk can apply without reading twice: each failure kind of issue 13, with our
own sentences, and protected text that ``fix --write`` leaves byte-identical."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simplify.analyzer import Simplifier
from simplify.checks.term_swaps import _noun_from_paradigm
from simplify.cli import main
from simplify.forms import is_real_form, main_joint
from simplify.rules import default_wordlists
from simplify.wordlists import apply_overlay

WORD = re.compile(r"[^\W\d_]+")


def suggestions(simp, text: str, profile: str = "formular", rule: str | None = None):  # noqa: ANN001, ANN201
    report = simp.analyze(text, profile)
    return [(f.rule, s) for f in report.findings for s in f.suggestions
            if rule is None or f.rule == rule]


# -- inflection and word forms -----------------------------------------------------------------


def test_safety_noun_replacement_takes_the_case_of_the_original(simp):  # noqa: ANN001
    got = [s.replacement for _, s in suggestions(simp, "Wegen des Lichtbilds rufen Sie uns "
                                                       "an.", rule="SIM-J001")]
    assert got and all(r.endswith("s") for r in got), got  # "des Fotos", never "des Foto"
    safe = [s.replacement for _, s in suggestions(simp, "Wegen des Lichtbilds rufen Sie uns an.",
                                                  rule="SIM-J001") if s.safe]
    assert safe == ["Fotos"]  # "Passbild" is narrower: the list clears it for review only


def test_safety_no_replacement_with_another_gender_behind_an_article():
    lists = apply_overlay(default_wordlists(), {"Vorgang": "Sache"})
    simp = Simplifier(lists=lists)
    found = [s.replacement for f in simp.analyze("Wir prüfen den Vorgang.").findings
             for s in f.suggestions]
    assert "Sache" not in found  # "den Sache"


def test_safety_written_out_adjective_after_an_article_is_for_review(simp):  # noqa: ANN001
    """"mit dem ÖPNV" -> "mit dem öffentlicher Personennahverkehr": the list gives the
    adjective in the nominative, its ending after an article depends on the case."""
    got = suggestions(simp, "Sie fahren mit dem ÖPNV zur Schule.", "leicht", rule="SIM-J002")
    assert got and not [s for _, s in got if s.safe], got
    safe = suggestions(simp, "Der Kurs ist in der VHS.", "leicht", rule="SIM-J002")
    assert [s.replacement for _, s in safe if s.safe] == ["Volkshochschule"]  # one noun


@pytest.mark.parametrize("text", [
    "Bitte beachten Sie die obigen Angaben.",
    "Bitte beachten Sie die vorstehenden Hinweise.",
    "Die vorgenannten Unterlagen fehlen.",
    "Die diesbezüglichen Angaben sind freiwillig.",
])
def test_safety_every_created_form_exists(simp, text):  # noqa: ANN001
    for _, s in suggestions(simp, text):
        new = set(WORD.findall(s.replacement)) - set(WORD.findall(text))
        assert all(is_real_form(w) for w in new), s.replacement  # no "dieseren", "obenen"


def test_safety_separable_verb_is_split_in_a_main_clause(simp):  # noqa: ANN001
    got = [s.replacement for _, s in suggestions(simp, "Der Antragsteller hat die Unterlagen "
                                                       "beizufügen.")]
    assert "Fügen Sie die Unterlagen bei." in got
    assert not any(r.startswith("Beifügen") for r in got)


def test_safety_no_rewrite_where_separability_is_uncertain(simp):  # noqa: ANN001
    """"unterschreiben" is inseparable, "umziehen" separable: a separate "zu" settles it."""
    got = [s.replacement for _, s in suggestions(simp, "Der Antrag ist zu unterschreiben.")]
    assert got == ["Unterschreiben Sie den Antrag."]
    assert not any("unter." in r for r in got)


def test_safety_finite_verb_not_replaced_by_a_separable_one(simp):  # noqa: ANN001
    got = [s.replacement for _, s in suggestions(simp, "Bitte kontaktieren Sie uns bei Fragen.")]
    assert "anrufen" not in got  # "anrufen Sie uns": the particle belongs at the end


# -- meaning -----------------------------------------------------------------------------------


def test_safety_legal_terms_are_explained_not_replaced(simp):  # noqa: ANN001
    for text in ("Melden Sie Änderungen unverzüglich.", "Das Gericht prüft das von Amts wegen.",
                 "Der Antrag wurde mangels Masse abgewiesen."):
        for _, s in suggestions(simp, text):
            assert s.kind == "explain" or "sofort" not in s.replacement, s
        kinds = {s.kind for _, s in suggestions(simp, text, rule="SIM-J001")}
        assert "replace" not in kinds, text


def test_safety_explanation_only_for_the_sense_that_fits(simp):  # noqa: ANN001
    """"Zuschlag" is a surcharge in a text about fees and the award of a contract in a text
    about tenders or at an auction: each gets its own explanation, never another one (the
    surcharge is known to every reader: no finding at all)."""
    def explained(text: str) -> list[str]:
        return [s.replacement for f in simp.analyze(text).findings if f.rule == "SIM-J006"
                for s in f.suggestions]

    assert explained("Bei Zahlung nach Fristende erheben wir einen Zuschlag auf die Gebühr.") == []
    award = explained("Das Angebot mit dem niedrigsten Preis erhält in der Vergabe den Zuschlag.")
    auction = explained("Bei der Versteigerung erhält das höchste Gebot den Zuschlag.")
    assert award and auction and award != auction
    assert "Firma" in award[0] and "Versteigerung" in auction[0]


def test_safety_term_of_art_only_in_its_context(simp):  # noqa: ANN001
    """A term with one legal sense tied to context words ("Abnahme" of building works) is an
    everyday word elsewhere: not flagged there; a term with several senses where none fits
    still asks which one is meant."""
    def j006(text: str) -> list[str]:
        return [f.text for f in simp.analyze(text).findings if f.rule == "SIM-J006"]
    assert j006("Die Abnahme des Gewichts war deutlich.") == []
    assert j006("Die Abnahme des Gebäudes ist am Montag.") == ["Abnahme"]
    assert j006("Das ist ein Widerspruch zu Ihrer Aussage.") == ["Widerspruch"]


def test_safety_multiword_term_with_sharp_s_matches_inflected(simp):  # noqa: ANN001
    """List terms are casefolded ("ß" -> "ss"): an inflected word of a multi-word term
    still matches ("außerordentliche Kündigung")."""
    report = simp.analyze("Eine außerordentliche Kündigung setzt einen wichtigen Grund voraus.")
    assert [f.text for f in report.findings if f.rule == "SIM-J006"] == [
        "außerordentliche Kündigung"]


# -- who acts ----------------------------------------------------------------------------------


def test_safety_named_agent_becomes_the_subject(simp):  # noqa: ANN001
    got = [s.replacement for _, s in suggestions(simp, "Der Antrag muss vom Vermieter "
                                                       "unterschrieben werden.")]
    assert got == ["Der Vermieter muss den Antrag unterschreiben."]


@pytest.mark.parametrize(("text", "want"), [
    ("Die Kosten können von der Versicherung getragen werden.",
     "Die Versicherung kann die Kosten tragen."),
    ("Die Unterlagen müssen vom Arbeitgeber unterschrieben werden.",
     "Der Arbeitgeber muss die Unterlagen unterschreiben."),
])
def test_safety_the_modal_agrees_with_the_named_actor(simp, text, want):  # noqa: ANN001
    # a plural passive subject must not leave its plural modal with a singular actor
    # ("Die Versicherung können …")
    assert [s.replacement for _, s in suggestions(simp, text)] == [want]


def test_safety_third_party_duty_never_becomes_sie(simp):  # noqa: ANN001
    for text in ("Der Antrag muss vom Vermieter unterschrieben werden.",
                 "Die Bescheinigung ist vom Arbeitgeber auszufüllen.",
                 "Das Formular muss von der Schule bestätigt werden."):
        for _, s in suggestions(simp, text):
            assert not s.replacement.startswith("Sie "), s.replacement


# -- protected text: suggestions and fix --write -----------------------------------------------


def test_safety_no_change_inside_a_quotation(simp):  # noqa: ANN001
    text = "Im Gesetz heißt es: „Die Anzeige ist umgehend zu erstatten.“"
    start = text.index("„")
    for _, s in suggestions(simp, text):
        assert s.end <= start or (s.kind == "explain" and s.start < start), s


def test_safety_names_of_bodies_are_never_split(simp):  # noqa: ANN001
    text = "Das Staatsministerium für Soziales und Verbraucherschutz prüft Ihren Antrag."
    for _, s in suggestions(simp, text, "leicht"):
        assert "Staats-" not in s.replacement and "Staats·" not in s.replacement


def test_safety_no_explanation_in_a_heading(simp):  # noqa: ANN001
    text = "Bescheid über Wohngeld\n\nSie erhalten diesen Bescheid, weil Sie Wohngeld beantragt "\
           "haben."
    explain = [s for _, s in suggestions(simp, text) if s.kind == "explain"]
    assert all(s.start > text.index("\n") for s in explain)


PROTECTED_CASES = {
    "quotation": "Im Gesetz heißt es: „Der Antrag ist umgehend und ggf. schriftlich "
                 "einzureichen.“\n",
    "citation block": "Die Vorschrift lautet:\nDer Antrag ist umgehend und ggf. schriftlich "
                      "einzureichen.\n\nBringen Sie ggf. Ihren Ausweis mit.\n",
    "name": "Das Staatsministerium für Soziales und Verbraucherschutz prüft ggf. Ihren "
            "Antrag.\n",
    "code": "Tragen Sie den Code ELStAM-2 ein. Bringen Sie ggf. den Ausweis mit.\n",
}


@pytest.mark.parametrize("kind", list(PROTECTED_CASES))
def test_safety_fix_write_leaves_protected_text_byte_identical(kind, tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    text = PROTECTED_CASES[kind]
    f = tmp_path / "text.txt"
    f.write_text(text, encoding="utf-8")
    assert main(["fix", str(f), "--write", "--rewrite"]) == 0
    new = f.read_text(encoding="utf-8")
    protected = {
        "quotation": lambda: text[text.index("„"):text.index("“") + 1],
        "citation block": lambda: text[text.index("\n") + 1:text.index("\n\n")],
        "name": lambda: "Staatsministerium für Soziales und Verbraucherschutz",
        "code": lambda: "ELStAM-2",
    }[kind]()
    assert protected in new


def test_safety_organisation_names_are_never_changed(tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "simplify.toml").write_text('names = ["Beratungsstelle für Verbindlichkeiten"]\n',
                                           encoding="utf-8")
    f = tmp_path / "brief.txt"
    text = "Die Beratungsstelle für Verbindlichkeiten hilft Ihnen.\n"
    f.write_text(text, encoding="utf-8")
    main(["fix", str(f), "--write"])
    assert f.read_text(encoding="utf-8") == text


# -- compounds and safety levels ---------------------------------------------------------------


def test_safety_compounds_split_at_the_main_joint_only():
    assert main_joint("Blumentopferde") == ("Blumentopf", "Erde")
    assert main_joint("Urinstinkt") is None
    assert main_joint("Kraftfahrzeughaftpflichtversicherung") == (
        "Kraftfahrzeug", "Haftpflichtversicherung")


def test_safety_hyphenation_only_in_einfach_and_leicht(simp):  # noqa: ANN001
    text = "Bitte legen Sie die Kraftfahrzeughaftpflichtversicherung vor."
    assert not [s for _, s in suggestions(simp, text, "formular", "SIM-W001")]
    assert [s.replacement for _, s in suggestions(simp, text, "einfach", "SIM-W001")] == [
        "Kraftfahrzeug-Haftpflichtversicherung"]


def test_safety_fix_write_applies_only_safe_and_lists_the_rest(tmp_path, monkeypatch, capsys):  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    f = tmp_path / "brief.txt"
    f.write_text("Sie erhalten einen Bescheid. Sie zahlen mtl. 20 Euro. Bringen Sie ggf. "
                 "Ihren Ausweis mit.\n", encoding="utf-8")
    main(["fix", str(f), "--write"])
    new = f.read_text(encoding="utf-8")
    out = capsys.readouterr().out
    assert "monatlich" in new  # safe: applied
    # "wenn nötig" is no exact synonym of "gegebenenfalls" ("if applicable"): for review only
    assert "ggf." in new and "wenn nötig" in out
    assert "Bescheid (" not in new  # an explanation is for review: listed, not applied
    assert "zum Prüfen" in out and "Bescheid" in out


def test_safety_every_suggestion_has_a_level(simp):  # noqa: ANN001
    text = Path(__file__).resolve().parent.parent.joinpath("corpus", "mahnung.txt").read_text(
        encoding="utf-8")
    levels = {s.safety for f in simp.analyze(text).findings for s in f.suggestions}
    assert levels <= {"safe", "review"} and "safe" in levels


def test_safety_half_of_a_slash_pair_is_for_review(simp):  # noqa: ANN001
    """'Ihres Ehegatten/Ihrer Ehegattin' -> '…/Ihrer Ehefrau' breaks the pair: review only."""
    pair = simp.analyze("Name Ihres Ehegatten/Ihrer Ehegattin:", "formular")
    alone = simp.analyze("Ihre Ehegattin muss unterschreiben.", "formular")
    assert all(not s.safe for f in pair.findings for s in f.suggestions)
    assert any(s.safe for f in alone.findings for s in f.suggestions)


# -- found by a blind safety review of 76 one-click edits on 40 fresh texts ---------------------


def test_safety_the_readers_ihr_keeps_its_capital(simp):  # noqa: ANN001
    got = [s.replacement for _, s in suggestions(
        simp, "Ihre Stellungnahme ist binnen zwei Wochen an uns zurückzusenden.", rule="SIM-P003")]
    assert got == ["Senden Sie Ihre Stellungnahme binnen zwei Wochen an uns zurück."]


@pytest.mark.parametrize("text", [
    "Der Antrag muss von allen volljährigen Haushaltsmitgliedern unterschrieben werden.",
    "Der Antrag ist von allen volljährigen Haushaltsmitgliedern zu unterschreiben.",
])
def test_safety_a_described_group_acts_never_the_reader(simp, text):  # noqa: ANN001
    # "Sie müssen den Antrag von allen … unterschreiben" is no German and makes the reader sign
    assert not [s for _, s in suggestions(simp, text) if "Sie " in s.replacement]


def test_safety_a_numbered_form_keeps_its_name(simp):  # noqa: ANN001
    text = "Bitte füllen Sie Vordruck 3 (Einkommenserklärung) aus."
    assert not [f for f in simp.analyze(text, "formular").findings
                if text[f.start:f.end] == "Vordruck"]
    # without a number it is a word like any other
    plain = "Bitte nutzen Sie für den Antrag den Vordruck der Stadt."
    assert [f for f in simp.analyze(plain, "formular").findings if f.text == "Vordruck"]


def test_safety_words_before_a_citation_are_not_swapped(simp):  # noqa: ANN001
    text = "Der Widerspruch ist in elektronischer Form nach § 3a Abs. 2 VwVfG zu erheben."
    start = text.index("in elektronischer Form")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J001") if s.start == start]
    # the citing preposition itself may still change
    got = [s.replacement for _, s in suggestions(simp, "Die Gebühr wird gemäß § 5 der "
                                                       "Satzung erhoben.", rule="SIM-J001")]
    assert "nach" in got


# -- found by a second blind safety review (73 edits on 40 more fresh texts) --------------------


def test_safety_an_adjective_is_no_nominalised_phrase(simp):  # noqa: ANN001
    text = "Zur Prüfung des weiteren Anspruchs sind Unterlagen vorzulegen."
    assert not [s for r, s in suggestions(simp, text) if "außerdem" in s.replacement.lower()]
    got = [s.replacement for _, s in suggestions(
        simp, "Wir brauchen des Weiteren Ihre Anschrift.", rule="SIM-J001")]
    assert got[:1] == ["außerdem"]


@pytest.mark.parametrize("text", [
    "Bitte lesen Sie den Bescheid. Der Widerspruchsführer hat die Kosten des Verfahrens zu "
    "tragen.",
    "Bitte lesen Sie die Hinweise. Der Antragsteller muss die Belege aufbewahren.",
])
def test_safety_a_role_becomes_sie_only_after_review(simp, text):  # noqa: ANN001
    # only the clerk knows whether the role is the reader (the notice may go to a lawyer)
    got = [s for _, s in suggestions(simp, text) if "Sie " in s.replacement]
    assert got and all(s.safety == "review" for s in got)


@pytest.mark.parametrize("text", [
    "Die Mittel werden nach Maßgabe des Haushaltsplans bewilligt.",
    "Der Widerspruch ist schriftlich, in elektronischer Form oder zur Niederschrift einzulegen.",
    # safety review 18: a permit is "erteilt" ("Die Erlaubnis ist nur dann zu geben" is
    # off-register), and "nicht zutreffend" in a form is "does not apply", not "wrong"
    "Die Erlaubnis ist nach § 36 WaffG nur dann zu erteilen, wenn die Waffen gesichert sind.",
    "Nicht zutreffende Rubriken sind zu streichen.",
])
def test_safety_legal_wording_is_not_swapped_in_one_click(simp, text):  # noqa: ANN001
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J001") if s.safe]


def test_safety_a_dative_is_never_made_the_object(simp):  # noqa: ANN001
    # "ist der Schule eine Entschuldigung vorzulegen": "der Schule" is a dative; "legen Sie
    # den Schule …" was offered (a third blind safety review on fresh texts)
    text = "Spätestens am dritten Tag ist der Schule eine schriftliche Entschuldigung vorzulegen."
    assert not [s for _, s in suggestions(simp, text) if "den Schule" in s.replacement]


# -- found by a third blind safety review (88 edits on 40 more fresh texts) ---------------------


def test_safety_a_code_with_a_number_is_not_written_out(simp):  # noqa: ANN001
    text = "Bitte nutzen Sie das Formular WBS 1. Den WBS bekommen Sie bei uns."
    got = [(s.start, s.replacement) for _, s in suggestions(simp, text, rule="SIM-J002")]
    assert got == [(text.index("Den WBS") + 4, "Wohnberechtigungsschein")]


@pytest.mark.parametrize(("text", "word", "running"), [
    ("(2) Auf dem Friedhof ist insbesondere untersagt: das Rauchen.", "insbesondere",
     "Bitte nennen Sie insbesondere die Frist."),
    ("Feld 5 – Anschrift der Wohnung: Bitte tragen Sie Straße und Hausnummer ein.",
     "Anschrift", "Bitte nennen Sie uns Ihre Anschrift."),
])
def test_safety_enacted_rules_and_field_names_keep_their_words(simp, text, word,  # noqa: ANN001
                                                               running):
    start = text.index(word)
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.start <= start < s.end]
    # the same words in running text may still be swapped
    assert [s for _, s in suggestions(simp, running, rule="SIM-J001") if s.safe]


def test_safety_a_measure_against_the_reader_is_never_the_readers_act(simp):  # noqa: ANN001
    # "beantragen" is a reader's verb, but the office applies for detention against the reader
    text = "Darüber hinaus kann beim Amtsgericht Erzwingungshaft beantragt werden."
    assert not [s for _, s in suggestions(simp, text) if "Sie " in s.replacement]
    assert [s for _, s in suggestions(simp, "Der Antrag kann auch online gestellt werden.")
            if s.replacement.startswith("Sie können")]


# -- found by a fourth blind safety review (42 edits on 40 more fresh texts) --------------------


def test_safety_no_strong_adjective_after_an_inserted_article(simp):  # noqa: ANN001
    # "nach der zollamtlicher Abfertigung" would need "zollamtlichen"
    text = "Eine Aushändigung kann erst nach erfolgter zollamtlicher Abfertigung erfolgen."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "nach der" in s.replacement]
    got = [s.replacement for _, s in suggestions(
        simp, "Nach erfolgter Prüfung schicken wir Ihnen die Entscheidung.", rule="SIM-J001")]
    assert "Nach der" in got


def test_safety_von_ihnen_inside_an_attribute_is_no_actor(simp):  # noqa: ANN001
    # "der von Ihnen übermittelten Angaben": the reader sent the data; the office sets the fee
    text = ("Der Beitrag wird hiermit auf der Grundlage der von Ihnen übermittelten Angaben "
            "festgesetzt.")
    assert not [s for _, s in suggestions(simp, text) if s.replacement.startswith("Sie ")]


def test_safety_no_one_click_edit_of_any_rule_inside_an_enacted_rule(simp):  # noqa: ANN001
    # a blind safety review on fresh texts: "(2) … 20 v. H." -> "20 Prozent" in four statutes
    # (SIM-J002, which the word-swap guard of SIM-J001 did not cover)
    statute = "(2) Der Steuersatz beträgt 20 v. H. der Bruttokasse."
    assert not [s for _, s in suggestions(simp, statute) if s.safe]
    assert [s.replacement for _, s in suggestions(simp, statute)] == ["Prozent"]  # for review
    running = "Der Zuschuss beträgt 20 v. H. der Kosten."
    assert [s.replacement for _, s in suggestions(simp, running) if s.safe] == ["Prozent"]


def test_safety_one_click_gives_the_plain_word_not_the_amtsdeutsch_expansion(simp):  # noqa: ANN001
    # a blind safety review on fresh texts: "(50 v. H.)" -> "(50 vom Hundert)", no simpler;
    # "vom Hundert" is Amtsdeutsch itself, so the click writes "Prozent"
    for text in ("davon Anteil Gemeinde (50 v. H.) 2.730,00 Euro",
                 "Gefördert werden Bauten bis zu 30 v. H., Antrag bis 30.09."):
        got = [s.replacement for _, s in suggestions(simp, text) if s.safe]
        assert got and got[0] == "Prozent", text
        assert "vom Hundert" not in got


def test_safety_in_der_zwischenzeit_is_no_one_click_inzwischen(simp):  # noqa: ANN001
    # blind safety reviews 81 and 177: "in der Zwischenzeit" (a span: between two bookings)
    # -> "inzwischen" reads as "by now"; the hint stays, the writer chooses the word
    text = ("Zwischen den Buchungen am Samstag und Sonntag bleibt in der Zwischenzeit keine "
            "Zeit für die Reinigung der Halle.")
    found = suggestions(simp, text, rule="SIM-J001")
    assert [s.replacement for _, s in found] == ["inzwischen"]
    assert not [s for _, s in found if s.safe]


def test_safety_sog_before_a_quoted_phrase_needs_its_ending(simp):  # noqa: ANN001
    # blind safety review 179: "(sog. „bekannt und bewährt“)" -> "(sogenannt „bekannt …“)"
    text = "Das Kriterium „Erfahrung“ (sog. „bekannt und bewährt“) zählt höchstens 10 Punkte."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "sogenannt" in s.replacement]


def test_safety_gleichermassen_for_each_of_a_group_is_no_one_click_genauso(simp):  # noqa: ANN001
    # safety reviews 76, 94, 179: "gilt für alle Familien gleichermaßen" -> "genauso" (or
    # "ebenso") compares with nothing; equal for each stays for the writer
    _one_click_only_in(simp, "Die Ferienregelung gilt für alle Familien gleichermaßen.",
                       "Dies gilt gleichermaßen für nadelfreie Geräte.", "genauso")


def _one_click_only_in(simp, held: str, kept: str, replacement: str) -> None:  # noqa: ANN001
    """No one-click SIM-J001 edit in ``held``; in ``kept`` exactly ``replacement``."""
    assert not [s for _, s in suggestions(simp, held, rule="SIM-J001") if s.safe]
    assert [s.replacement for _, s in suggestions(simp, kept, rule="SIM-J001")
            if s.safe] == [replacement]


def test_safety_a_date_of_a_declared_waiver_is_no_one_click_am_ende(simp):  # noqa: ANN001
    # safety reviews 72 and 170: "den Verzicht … mit Ablauf des 31.03.2025 erklärt" -> "am
    # Ende des" dates the declaration, not the waiver; a date that ends something stays
    _one_click_only_in(simp, "Er hat den Verzicht auf die Erlaubnis mit Ablauf des 31.03.2025 "
                       "erklärt.", "Der Vertrag endet mit Ablauf des 31.12.2025.", "am Ende des")


def test_safety_the_current_month_of_a_recurring_payment_is_no_one_click(simp):  # noqa: ANN001
    # safety review 182: "jeweils am 15. des laufenden Monats fällig" (each month) became
    # "am 15. dieses Monats", one month only; the hint stays for the writer
    text = "Die Monatsbeträge werden jeweils am 15. des laufenden Monats fällig."
    found = suggestions(simp, text, rule="SIM-J001")
    assert found and not [s for _, s in found if s.safe]


def test_safety_a_rewrite_that_starts_with_the_legal_basis_waits(simp):  # noqa: ANN001
    # safety review 190: "Nach § 14 Abs. 1 Satz 1 GewO ist der Beginn … anzuzeigen" became
    # "… müssen Sie den Beginn … anzeigen" in a fine notice: the law's rule for every trader
    text = ("Sehr geehrter Herr Maier,\n\nNach § 14 Abs. 1 Satz 1 GewO ist der Beginn des "
            "Gewerbes der zuständigen Behörde gleichzeitig anzuzeigen.")
    got = [s for _, s in suggestions(simp, text) if s.kind == "rewrite"]
    assert got and not [s for s in got if s.safe]


def test_safety_someone_named_by_a_role_with_ein_is_not_the_reader(simp):  # noqa: ANN001
    # safety review 189: "ist die Verlustanzeige durch einen Personensorgeberechtigten zu
    # unterzeichnen" became "müssen Sie die Verlustanzeige unterzeichnen": a parent signs
    text = ("Bitte füllen Sie das Formular aus. Bei minderjährigen Verlierern ist die "
            "Verlustanzeige durch einen Personensorgeberechtigten zu unterzeichnen.")
    assert not [s for _, s in suggestions(simp, text) if "müssen Sie" in s.replacement]
    own = ("Bitte füllen Sie das Formular aus. Der Antrag ist durch den Antragsteller zu "
           "unterschreiben.")
    assert [s.replacement for _, s in suggestions(simp, own) if s.safe] == [
        "Unterschreiben Sie den Antrag."]


def test_safety_the_place_of_an_office_stays_with_it(simp):  # noqa: ANN001
    # safety review 190: "an das Landratsamt Auenfeld zurückzugeben" became "müssen Sie
    # Auenfeld … an das Landratsamt zurückgeben"
    text = ("Sehr geehrter Herr Maier,\n\ndie Erlaubnisurkunde vom 14. Mai 2012 ist binnen zwei "
            "Wochen im Original an das Landratsamt Auenfeld zurückzugeben.")
    assert not [s for _, s in suggestions(simp, text) if "Sie Auenfeld" in s.replacement]


def test_safety_a_unit_of_an_office_is_a_name(simp):  # noqa: ANN001
    # a blind review on fresh texts: "Hilfe zur Pflege" explained in "Sachgebiet Hilfe zur
    # Pflege" of a letterhead; the same term in running text is still explained
    text = ("Kreis Lippstedt – Sozialamt, Sachgebiet Hilfe zur Pflege\n\n"
            "Die Hilfe zur Pflege zahlt den Rest der Heimkosten.")
    hits = [f for f in simp.analyze(text, "brief").findings if f.rule == "SIM-J006"]
    assert [f.start for f in hits] == [text.index("Die Hilfe") + 4]


def test_safety_a_sentence_with_its_legal_basis_at_the_end_is_reviewed(simp):  # noqa: ANN001
    # a blind safety review on fresh texts: "längstens" -> "höchstens" in a sentence that gives
    # § 5 Abs. 1 JuSchG nearly word for word
    cited = ("Jugendlichen ab 16 Jahren darf die Anwesenheit längstens bis 24 Uhr gestattet "
             "werden (§ 5 Abs. 1 JuSchG).")
    assert not [s for _, s in suggestions(simp, cited) if s.safe]
    plain = "Die Erlaubnis gilt längstens ein Jahr."
    assert [s for _, s in suggestions(simp, plain) if s.safe]


def test_safety_an_abbreviation_introduced_after_a_longer_name_stays(simp):  # noqa: ANN001
    # "Gemeindeordnung für den Freistaat Bayern (GO)" became "(Gemeindeordnung)"
    text = ("Auf Grund von Art. 23 der Gemeindeordnung für den Freistaat Bayern (GO) erlässt die "
            "Stadt folgende Satzung.")
    assert not [s for _, s in suggestions(simp, text) if s.replacement == "Gemeindeordnung"]
    assert [s for _, s in suggestions(simp, "Das regelt die GO.")
            if s.replacement == "Gemeindeordnung" and s.safe]


def test_safety_an_adjective_abbreviation_before_its_noun_is_not_written_out(simp):  # noqa: ANN001
    # a blind safety review on fresh texts: "(sog. Übungsleiterpauschale)" became
    # "(sogenannt Übungsleiterpauschale)" without the ending
    text = "Die Zahlung (sog. Übungsleiterpauschale) ist steuerfrei."
    assert not [s for _, s in suggestions(simp, text) if s.safe]


def test_safety_nebst_offers_zusammen_mit_for_review(simp):  # noqa: ANN001
    # "Satzung nebst Beschluss" -> "Satzung mit Beschluss" reads as one thing; "zusammen mit"
    # first, for review (without an article it sounds wrong: a second safety review)
    text = "Senden Sie die Satzung nebst Beschluss der Versammlung ein."
    offered = [s for _, s in suggestions(simp, text) if "mit" in s.replacement]
    assert offered and offered[0].replacement == "zusammen mit"
    assert not [s for s in offered if s.safe]


def test_safety_a_word_the_sentence_uses_twice_is_swapped_by_a_person(simp):  # noqa: ANN001
    # a blind safety review on fresh texts: one "Anschrift" became "Adresse", the other
    # stayed: two words for one thing read as two things
    text = "Die Bestätigung nennt die Anschrift des Vermieters und die Anschrift der Wohnung."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "Adresse"]
    assert [s for _, s in suggestions(simp, "Bitte nennen Sie uns Ihre Anschrift.") if s.safe]


def test_safety_a_third_party_asked_is_not_made_the_reader(simp):  # noqa: ANN001
    # "Die Schule wird gebeten, … zu übersenden" became "Bitte übersenden Sie …"
    text = "Die Schule wird gebeten, dem Fachdienst eine Teilnahmebestätigung zu übersenden."
    assert not [s for _, s in suggestions(simp, text) if s.kind == "rewrite"]
    own = "Es wird gebeten, die Unterlagen bis Mai zu übersenden."
    assert [s for _, s in suggestions(simp, own) if s.kind == "rewrite" and s.safe]


def test_safety_nebst_is_not_swapped_with_one_click(simp):  # noqa: ANN001
    # "nebst Einzugsdatum" -> "zusammen mit Einzugsdatum" needs an article a list cannot give
    text = "Senden Sie die Meldung nebst Einzugsdatum an uns."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "mit" in s.replacement]


def test_safety_a_relative_of_the_word_in_the_sentence_holds_the_swap(simp):  # noqa: ANN001
    # a blind safety review on fresh texts: "zu entrichten" -> "zu zahlen" beside "bei
    # Nichtentrichtung": two words for one thing
    text = "Die Gebühr ist bis Mai zu entrichten; bei Nichtentrichtung fallen Zinsen an."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "zahlen"]
    assert [s for _, s in suggestions(simp, "Die Gebühr ist bis Mai zu entrichten.")
            if s.safe and s.replacement == "zahlen"]


def test_safety_an_adjective_used_as_a_noun_is_written_out_by_a_person(simp):  # noqa: ANN001
    # "von … destilliertem Wasser u. Ä." -> "und Ähnliches" needs the dative "Ähnlichem"
    text = "Die Reinigung mit destilliertem Wasser u. Ä. ist Pflicht."
    assert not [s for _, s in suggestions(simp, text) if s.safe]


def test_safety_adverbs_and_prepositions_are_still_written_out(simp):  # noqa: ANN001
    # the hold for adjectives before their noun ("sog.", "amtl.") must not catch "zzgl. Porto"
    # or the column head "mtl. EUR" (adverb, preposition: no ending needed)
    # ("zuzüglich" is Amtsdeutsch itself: the click writes its plain word, "plus")
    for text, long_form in (("Die Miete beträgt 500 Euro zzgl. Nebenkosten.", "plus"),
                            ("Einkommen mtl. EUR brutto", "monatlich")):
        assert [s for _, s in suggestions(simp, text) if s.safe and s.replacement == long_form]
    assert not [s for _, s in suggestions(simp, "Die mtl. Kosten betragen 30 Euro.") if s.safe]


# -- safety review 16 (fresh-texts-26) ---------------------------------------------------------


def test_safety_an_abbreviation_after_its_inflected_full_name_stays(simp):  # noqa: ANN001
    # "des Bundesamts für Migration und Flüchtlinge (BAMF)" became "(Bundesamt für …)"
    text = "Auf der Seite des Bundesamts für Migration und Flüchtlinge (BAMF) gibt es einen Test."
    assert not [s for _, s in suggestions(simp, text) if "Bundesamt" in s.replacement]


def test_safety_one_word_of_an_english_name_is_not_swapped(simp):  # noqa: ANN001
    # "eines ausgefüllten Facility Reports" became "Facility Berichtes"
    text = "Bitte senden Sie uns den ausgefüllten Facility Report bis Mai."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Bericht" in s.replacement]
    assert [s for _, s in suggestions(simp, "Bitte senden Sie uns den Report bis Mai.")
            if s.safe and "Bericht" in s.replacement]


def test_safety_an_old_version_of_a_law_is_written_out_in_the_genitive(simp):  # noqa: ANN001
    # "§ 17 BAföG a. F." became "BAföG alte Fassung"; it reads "alter Fassung"
    text = "Für Ihren Fall gilt die Satzung a. F. vom März 2019."
    offered = [s.replacement for _, s in suggestions(simp, text) if "Fassung" in s.replacement]
    assert offered and all(r == "alter Fassung" for r in offered)


def test_safety_the_effective_date_of_a_decision_is_not_shortened_in_one_click(simp):  # noqa: ANN001
    # "werden mit Wirkung zum 01.04.2028 zu befriedeten Bezirken erklärt" lost "mit Wirkung"
    text = "Die Flächen werden mit Wirkung zum 1. April 2028 zu befriedeten Bezirken erklärt."
    assert not [s for _, s in suggestions(simp, text) if s.safe]


def _held_reader_rewrites(simp, text: str) -> bool:  # noqa: ANN001
    """The text gets rewrites with "Sie", and none of them is one-click."""
    rewrites = [s for _, s in suggestions(simp, text, "brief") if "Sie" in s.replacement]
    return bool(rewrites) and not [s for s in rewrites if s.safe]


def test_safety_a_third_person_text_does_not_make_its_reader_act_in_one_click(simp):  # noqa: ANN001
    # guidance on a form, written in the third person: "Die Vereinbarung ist dem Amt …
    # vorzulegen" became "Legen Sie …", but the agency sends it, not the reader
    third = ("Ausfüllhinweise zur Vereinbarung\n\nZu Abschnitt A: Anzugeben sind die "
             "Steuer-Identifikationsnummer und die Sozialversicherungsnummer der oder des "
             "Freiwilligen. Ist die oder der Freiwillige minderjährig, unterschreiben auch die "
             "Eltern. Zu Abschnitt B: Einzutragen ist die anerkannte Einsatzstelle mit ihrer "
             "Nummer. Zu Abschnitt C: Der Dienst dauert in der Regel zwölf Monate, mindestens "
             "sechs und höchstens 18 Monate. Das Taschengeld darf die gesetzliche Obergrenze "
             "nicht überschreiten. Die Vereinbarung ist dem Bundesamt spätestens sechs Wochen "
             "vor dem Dienstbeginn vorzulegen.")
    assert _held_reader_rewrites(simp, third)
    addressed = third.replace("der oder des Freiwilligen", "Ihrer Tochter oder Ihres Sohnes")
    assert [s for _, s in suggestions(simp, addressed, "brief")
            if "Sie" in s.replacement and s.safe]


def test_safety_a_preposition_phrase_without_its_noun_gets_no_swap(simp):  # noqa: ANN001
    # blind review 24: "aus Gründen, die Sie nicht zu vertreten haben" -> "wegen, die …"
    text = "Das Verfahren wurde aus Gründen, die Sie nicht zu vertreten haben, eingestellt."
    assert not [s for _, s in suggestions(simp, text) if s.replacement.casefold() == "wegen"]
    assert [s for _, s in suggestions(simp, "Aus Gründen der Sicherheit ist der Weg gesperrt.")
            if s.replacement == "Wegen"]


def test_safety_the_legal_basis_is_not_made_a_cause(simp):  # noqa: ANN001
    # blind reviews 21 and 24: "auf Grund des § 11" names the legal basis; "wegen" changes it
    text = "Auf Grund des § 11 KAG erlässt die Stadt folgende Satzung über Gebühren."
    assert not [s for _, s in suggestions(simp, text) if s.replacement.casefold() == "wegen"]


# -- safety review 17 (fresh-texts-27) ---------------------------------------------------------


def test_safety_a_nouns_capital_is_not_carried_into_a_lowercase_replacement(simp):  # noqa: ANN001
    # "auf eine Vielzahl von Familien" became "auf eine Große Zahl von Familien"
    got = [s.replacement for _, s in suggestions(simp, "Das trifft auf eine Vielzahl von "
                                                       "Familien zu.")]
    assert "große Zahl" in got and "Große Zahl" not in got
    # the first word of the sentence keeps its capital
    first = [s.replacement for _, s in suggestions(simp, "Derzeit ist das Amt geschlossen.")]
    assert "Zurzeit" in first


def test_safety_a_public_notice_with_headings_does_not_make_its_reader_act(simp):  # noqa: ANN001
    # an Allgemeinverfügung: "Die Plakatträger sind standsicher anzubringen" became "Bringen
    # Sie …"; its headings made it look like a form, but nobody in it is "Sie"
    notice = ("Allgemeinverfügung über das Aufstellen von Wahlplakaten\n\n"
              "1. Geltungsbereich\nDiese Verfügung gilt für alle Parteien und "
              "Wählergruppen, die zur Kommunalwahl im Stadtgebiet zugelassen sind.\n\n"
              "2. Zeitraum\nDas Plakatieren ist ab dem 1. Februar bis zum Wahltag erlaubt.\n\n"
              "3. Anforderungen\nDie Plakatträger sind standsicher anzubringen. Die Plakate "
              "dürfen den Verkehr nicht behindern und keine Verkehrszeichen verdecken.\n\n"
              "4. Beseitigung\nDie Plakate sind spätestens eine Woche nach der Wahl zu entfernen.")
    assert _held_reader_rewrites(simp, notice)


def test_safety_a_conjunction_already_in_the_sentence_is_not_doubled(simp):  # noqa: ANN001
    # "…, wenn Tatsachen vorliegen, …, sofern die Untersagung … erforderlich ist": "sofern" ->
    # "wenn" made two "wenn" clauses in a row
    text = ("Das Gewerbe ist zu untersagen, wenn Tatsachen vorliegen, sofern die Untersagung "
            "zum Schutz der Allgemeinheit erforderlich ist.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "wenn"]
    assert [s for _, s in suggestions(simp, "Sie zahlen nichts, sofern Sie Bürgergeld "
                                            "bekommen.") if s.safe and s.replacement == "wenn"]


def test_safety_a_declaration_of_someone_else_is_not_given_by_the_reader(simp):  # noqa: ANN001
    # "Die Einwilligung des Kindes kann … abgegeben werden" became "Sie können die
    # Einwilligung des Kindes … abgeben": the child consents, not the parent
    text = "Die Einwilligung des Kindes kann bei der Beurkundung abgegeben werden."
    assert not [s for _, s in suggestions(simp, text, "brief") if "Sie " in s.replacement]
    own = "Ihre Einwilligung kann bei der Beurkundung abgegeben werden."
    assert [s for _, s in suggestions(simp, own, "brief") if "Sie " in s.replacement and s.safe]


def test_safety_a_polite_pronoun_inside_the_sentence_keeps_its_case(simp):  # noqa: ANN001
    # blind review 25: "Ihrerseits" -> "Von Ihnen" in the middle of a sentence
    got = [s.replacement for _, s in suggestions(simp, "Eine Stellungnahme Ihrerseits ist "
                                                       "bis Mai möglich.")]
    assert "von Ihnen" in got and "Von Ihnen" not in got


# -- safety review 18 (fresh-texts-28) ---------------------------------------------------------


def test_safety_the_first_word_of_a_numbered_item_keeps_its_capital(simp):  # noqa: ANN001
    # "2. Sofern der Kaufpreis …" became "2. wenn der Kaufpreis …"
    text = ("1. Die Frist läuft.\n\n2. Sofern der Kaufpreis finanziert wird, senden Sie uns den "
            "Vertrag.")
    got = [s.replacement for _, s in suggestions(simp, text) if s.safe]
    assert "Wenn" in got and "wenn" not in got



def test_safety_what_was_due_is_not_turned_into_a_request(simp):  # noqa: ANN001
    # "Der Beitrag war bis zum 1. Mai zu zahlen" became "Zahlen Sie den Beitrag bis zum 1. Mai":
    # the deadline has passed, the sentence says so (found while reading blind review 26)
    past = "Der Beitrag war bis zum 1. Mai zu zahlen."
    assert not [s for _, s in suggestions(simp, past, "brief") if s.kind == "rewrite"]
    [f] = [f for f in simp.analyze(past, "brief").findings if f.rule == "SIM-P003"]
    assert f.level.value == "info" and "im Nachhinein" in f.message
    now = "Der Beitrag ist bis zum 1. Mai zu zahlen."
    assert [s for _, s in suggestions(simp, now, "brief") if s.kind == "rewrite" and s.safe]
    # a condition in the Konjunktiv looks ahead, not back (findings reviews 45-172: "the
    # message misreads 'wären … vorzulegen' as past tense")
    maybe = "Für eine Befreiung wären entsprechende Nachweise vorzulegen."
    [f] = [f for f in simp.analyze(maybe, "brief").findings if f.rule == "SIM-P003"]
    assert "im Nachhinein" not in f.message and "müsste" in f.message


# -- safety review 19 (fresh-texts-29) ---------------------------------------------------------


def test_safety_an_object_pronoun_stays_before_the_object_in_a_rewrite(simp):  # noqa: ANN001
    # "Eine Änderung … ist uns … mitzuteilen" became "Teilen Sie eine Änderung … uns … mit"
    text = "Eine Änderung des Zuschusses ist uns bis zum Stichtag mitzuteilen."
    got = [s.replacement for _, s in suggestions(simp, text, "brief") if s.kind == "rewrite"]
    assert got and all(r.startswith("Teilen Sie uns eine Änderung") for r in got)


def test_safety_plus_does_not_replace_a_genitive_with_its_article(simp):  # noqa: ANN001
    # "Zuzüglich der Bearbeitungspauschale …" became "Plus der Bearbeitungspauschale …"
    text = "Zuzüglich der Bearbeitungspauschale zahlen Sie 20 Euro."
    assert not [s for _, s in suggestions(simp, text) if s.replacement.casefold() == "plus"]
    assert [s for _, s in suggestions(simp, "Die Miete beträgt 450 Euro zuzüglich Nebenkosten.")
            if s.safe and s.replacement == "plus"]


# -- found by a twentieth blind safety review (45 edits on fresh set 30) -----------------------


def test_safety_an_item_of_an_enacted_paragraph_keeps_its_words(simp):  # noqa: ANN001
    # "(1) Das Schiedsamt ist zuständig … / 1. … / 2. …, sofern …": "sofern" -> "wenn" changed
    # the wording of the law in an item of the paragraph's list
    statute = ("(1) Das Schiedsamt ist zuständig für das Schlichtungsverfahren\n"
               "1. in Streitigkeiten über Geld,\n"
               "2. in Streitigkeiten wegen Verletzung der Ehre, sofern diese nicht in der "
               "Presse begangen worden ist.")
    start = statute.index("sofern")
    assert not [s for _, s in suggestions(simp, statute) if s.safe and s.start <= start < s.end]
    # the items of a list in a letter are no statute
    letter = ("Bitte bringen Sie mit:\n1. Ihren Ausweis,\n"
              "2. die Geburtsurkunde Ihres Kindes, sofern Sie sie haben.")
    start = letter.index("sofern")
    assert [s for _, s in suggestions(simp, letter) if s.safe and s.start <= start < s.end]


def test_safety_sie_takes_the_possessives_of_the_role_noun(simp):  # noqa: ANN001
    # blind review 28: "Sie haben im Rahmen seiner persönlichen Anhörung …" was offered
    text = "Der Antragsteller hat seinen Ausweis vorzulegen."
    got = [s.replacement for _, s in suggestions(simp, text) if s.replacement.startswith("Legen")]
    assert got and all("Ihren Ausweis" in r for r in got)
    # a pronoun that would still point to a third person: no rewrite
    text = "Der Antragsteller muss unterschreiben, wenn er umzieht."
    assert not [s for _, s in suggestions(simp, text) if s.replacement.startswith("Sie ")]


def test_safety_an_attributive_adjective_is_not_replaced_by_a_phrase(simp):  # noqa: ANN001
    # "ein eheliches Kind" -> "ein in der Ehe Kind" (blind review 28)
    text = "Ist das Kind ein eheliches Kind, tragen Sie beide Eltern ein."
    assert not [s for _, s in suggestions(simp, text) if "in der Ehe" in s.replacement]
    assert [s for _, s in suggestions(simp, "Das Kind ist ehelich geboren.")
            if s.replacement == "in der Ehe"]


# -- found by a twenty-first blind safety review (48 edits on fresh set 31) --------------------


def test_safety_a_quoted_regulation_keeps_its_words(simp):  # noqa: ANN001
    # "insbesondere" -> "vor allem" in "5.1 …" of an extract of a ministry's regulation
    regulation = ("Verwaltungsvorschrift über die Führung von Personalakten (VV-PersAkt)\n"
                  "Bekanntmachung des Ministeriums der Finanzen vom 12. März 2024\n\n"
                  "– Auszug –\n\n"
                  "5.1 Teilakten sind insbesondere für Beihilfe und Reisekosten anzulegen.")
    assert not [s for _, s in suggestions(simp, regulation) if s.safe]
    # the same sentence in a town's own circular may change
    circular = "Bitte beachten Sie: Teilakten sind insbesondere für Beihilfe anzulegen."
    assert [s for _, s in suggestions(simp, circular, rule="SIM-J001") if s.safe]


def test_safety_a_legal_term_keeps_its_words(simp):  # noqa: ANN001
    # "regelmäßig verkehrender Beförderungsmittel" -> "… Verkehrsmittel" changed a term of
    # travel-expense law (and doubled "verkehrend … Verkehr")
    text = ("Die Rückkehr ist zumutbar, wenn bei Benutzung regelmäßig verkehrender "
            "Beförderungsmittel die Abwesenheit nicht mehr als zwölf Stunden beträgt.")
    assert not [s for _, s in suggestions(simp, text) if "Verkehrsmittel" in s.replacement]


def test_safety_an_adjective_that_opened_the_sentence_is_lower_case_inside(simp):  # noqa: ANN001
    # blind review 29: "Bringen Sie Geeignete saubere Gefäße mit."
    text = "Geeignete saubere Gefäße sind mitzubringen."
    got = [s.replacement for _, s in suggestions(simp, text) if s.replacement.startswith("Bringen")]
    assert got == ["Bringen Sie geeignete saubere Gefäße mit."]


# -- found by a twenty-second blind safety review (74 edits on fresh set 32) -------------------


def test_safety_a_particle_verb_is_written_as_one_word(simp):  # noqa: ANN001
    # "fortbestehen" -> "weiter bestehen": the verb "weiterbestehen" is one word
    text = "Soweit die Tatsachen unverändert fortbestehen, genügt eine Erklärung."
    got = [s.replacement for _, s in suggestions(simp, text) if s.safe]
    assert "weiterbestehen" in got and "weiter bestehen" not in got


def test_safety_a_companys_calculation_is_not_a_mere_computation(simp):  # noqa: ANN001
    # "die vollständige Kalkulation des Unternehmens" (a business secret) became "Berechnung"
    text = "Die Anlage enthält die vollständige Kalkulation des Unternehmens."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "Berechnung"]


# -- found by a twenty-third blind safety review (43 edits on fresh set 33) --------------------


def test_safety_a_participle_before_its_noun_needs_its_ending(simp):  # noqa: ANN001
    # "lfd. Nr." became "laufend Nr." (it must be "laufende Nummer")
    for text in ("lfd. Nr.", "Bitte geben Sie die lfd. Nummer der Rechnung an."):
        assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "laufend"]


def test_an_adjective_without_its_ending_is_not_offered_even_for_review(simp):  # noqa: ANN001
    # findings reviews 211-226: "unter lfd. Nr. 4" offered "laufend" for review; a click writes
    # "laufend Nr." all the same. The finding stays and asks for the ending ("lfd." itself left
    # the list later: reviews 1-318 judged none of 21 such findings worth)
    for text, word in (("Das ist die sog. Pauschale für Übungsleiter.", "sogenannt"),):
        report = simp.analyze(text, "formular")
        found = [f for f in report.findings if f.rule == "SIM-J002"]
        assert found and "mit der Endung" in found[0].message
        assert not [s for _, s in suggestions(simp, text) if s.replacement == word]


# -- found by a twenty-fourth blind safety review (50 edits on fresh set 34) -------------------


@pytest.mark.parametrize("line,rewrite", [
    ("2. Vorschläge sind bis zum 31. März im Original einzureichen.",
     "2. Reichen Sie Vorschläge bis zum 31. März im Original ein."),
    ("- Der Antrag ist bis Mai einzureichen.", "- Reichen Sie den Antrag bis Mai ein."),
])
def test_safety_a_rewrite_keeps_the_list_marker_in_front(simp, line, rewrite):  # noqa: ANN001
    # "2. Vorschläge sind … einzureichen" became "Reichen Sie 2. Vorschläge … ein"
    text = "Bitte beachten Sie:\n1. Das Formular ist vollständig auszufüllen.\n" + line
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-P003")]
    assert rewrite in got, got


@pytest.mark.parametrize("text,expected", [
    # "Der sich hieraus ergebende Fehlbetrag" became "ergebende fehlender Betrag", and the
    # list's own example "den Fehlbetrag" became "den fehlender Betrag"
    ("Bitte überweisen Sie den Fehlbetrag von 12 Euro.", "fehlenden Betrag"),
    ("Der sich hieraus ergebende Fehlbetrag wird ausgeglichen.", "fehlende Betrag"),
    ("Der Fehlbetrag beträgt 12 Euro.", "fehlende Betrag"),
    ("Wegen des Fehlbetrags schreiben wir Ihnen.", "fehlenden Betrages"),
    ("Bitte stellen Sie einen Neuantrag.", "neuen Antrag"),
    ("Wir erwarten eine Vielzahl von Anträgen.", "große Zahl"),
    ("Wir erfassen Ihre Personalien.", "persönlichen Daten"),
])
def test_safety_an_adjective_in_a_replacement_is_declined_for_its_place(simp, text, expected):  # noqa: ANN001
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-J001")]
    assert got[-1:] == [expected], got


def test_safety_an_adjective_phrase_whose_case_is_open_is_not_offered(simp):  # noqa: ANN001
    # "Fehlbetrag:" as a label: nominative or not, the ending is not certain
    assert not suggestions(simp, "Fehlbetrag: 12 Euro.", rule="SIM-J001")


def test_safety_a_focus_word_before_a_phrase_is_for_review(simp):  # noqa: ANN001
    # "in besonderem Maße über einen Zeitraum von 20 Jahren" -> "besonders über einen Zeitraum"
    # reads "above all over 20 years"
    text = ("Die Medaille erhalten Personen, die sich in besonderem Maße über einen Zeitraum "
            "von 20 Jahren um die Stadt verdient gemacht haben.")
    got = [s for _, s in suggestions(simp, text, rule="SIM-J001") if s.replacement == "besonders"]
    assert got and not any(s.safe for s in got)
    plain = "Ältere Menschen sind in besonderem Maße gefährdet."
    got = [s for _, s in suggestions(simp, plain, rule="SIM-J001") if s.replacement == "besonders"]
    assert got and all(s.safe for s in got)


def test_safety_no_second_negation_from_a_replacement(simp):  # noqa: ANN001
    # blind review 32: "nicht als entbehrlich" -> "nicht als nicht nötig"
    text = "Eine Unterschrift ist nicht als entbehrlich anzusehen."
    assert not [s for _, s in suggestions(simp, text) if s.replacement.startswith("nicht")]
    assert [s for _, s in suggestions(simp, "Eine Unterschrift ist entbehrlich.")
            if s.replacement == "nicht nötig"]


# -- found by a twenty-fifth blind safety review (57 edits on fresh set 35) -------------------


def test_safety_a_number_in_words_before_a_unit_is_not_left_uninflected(simp):  # noqa: ANN001
    # "ein Säumniszuschlag von eins vom Hundert" became "von eins Prozent"
    text = "Es ist ein Säumniszuschlag von eins vom Hundert des Betrages zu zahlen."
    assert not [s for _, s in suggestions(simp, text) if s.replacement == "Prozent"]
    safe = [s for _, s in suggestions(simp, "Die Ermäßigung beträgt 20 vom Hundert.")
            if s.replacement == "Prozent"]
    assert safe and all(s.safe for s in safe)


# -- found on fresh set 36 before its review (independent agreement check) --------------------


@pytest.mark.parametrize("text,expected", [
    ("Der Familienname ist in der Schreibweise des Passes einzutragen.",
     "Tragen Sie den Familiennamen in der Schreibweise des Passes ein."),
    ("Der Antrag ist bis zum 1. Mai einzureichen.", "Reichen Sie den Antrag bis zum 1. Mai ein."),
])
def test_safety_a_weak_masculine_object_takes_its_ending(simp, text, expected):  # noqa: ANN001
    assert expected in [s.replacement for _, s in suggestions(simp, text)]


# -- found by a twenty-sixth blind safety review (102 edits on fresh set 36) ------------------


def test_safety_a_focus_word_before_a_bare_noun_is_for_review(simp):  # noqa: ANN001
    # "in besonderem Maße Wasser verschlucken" became "besonders Wasser verschlucken"
    text = "Kleinkinder, die in besonderem Maße Wasser verschlucken, sind gefährdet."
    assert not [s for _, s in suggestions(simp, text) if s.replacement == "besonders" and s.safe]


def test_safety_a_signed_declaration_keeps_its_words(simp):  # noqa: ANN001
    # the Loyalitätserklärung of § 10 StAG: "insbesondere" became "vor allem"
    text = ("Ich bekenne mich zur Verantwortung Deutschlands, insbesondere für den Schutz "
            "jüdischen Lebens.")
    assert not [s for _, s in suggestions(simp, text) if s.safe]
    assert [s for _, s in suggestions(simp, "Wir helfen Ihnen insbesondere bei Fragen zur "
                                            "Miete.") if s.replacement == "vor allem" and s.safe]


# -- found by a twenty-eighth blind safety review (88 edits on fresh set 38) ------------------


def test_safety_an_abbreviation_being_introduced_stays(simp):  # noqa: ANN001
    # "Wir sagen kurz: WBS." became "Wir sagen kurz: Wohnberechtigungsschein."
    text = "Sie brauchen einen Wohnberechtigungsschein. Wir sagen kurz: WBS."
    assert not [s for f, s in suggestions(simp, text) if s.replacement == "Wohnberechtigungsschein"]
    assert [s for f, s in suggestions(simp, "Den WBS beantragen Sie beim Amt.")
            if s.replacement == "Wohnberechtigungsschein"]


def test_safety_laengstens_before_a_point_in_time_is_advice_only(simp):  # noqa: ANN001
    # safety reviews 25-28: "höchstens bis 24 Uhr" is a quantity word before a point in time,
    # judged no simpler four times; a span of time keeps the swap
    text = "Sie dürfen den Raum längstens bis 22 Uhr nutzen."
    assert not [s for _, s in suggestions(simp, text) if s.safe]
    found = [f for f in simp.analyze(text, "brief").findings if f.rule == "SIM-J001"]
    assert [text[f.start:f.end] for f in found] == ["längstens bis"]
    assert [s for _, s in suggestions(simp, "Die Erlaubnis gilt längstens ein Jahr.") if s.safe]


def test_safety_a_letter_to_a_guardian_keeps_the_impersonal_remedy(simp):  # noqa: ANN001
    # safety review 29: the letter's "Sie" is the Betreuerin; "können Sie Widerspruch
    # erheben" would take the right to object from the person the decision concerns
    body = ("Sehr geehrte Frau Brenneke,\n\nwir bewilligen das Budget. Bitte reichen Sie die "
            "Nachweise ein. Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch "
            "erhoben werden.")
    guardian = ("Herrn\nJonas Brenneke\nvertreten durch Frau Ulrike Brenneke (rechtliche "
                "Betreuerin)\nAm Mühlgraben 7\n\n" + body)
    rewrite = "können Sie innerhalb eines Monats Widerspruch erheben"
    assert not [s for _, s in suggestions(simp, guardian) if s.safe and rewrite in s.replacement]
    assert [s for _, s in suggestions(simp, body) if s.safe and rewrite in s.replacement]


def test_safety_one_member_of_a_paired_form_is_reviewed(simp):  # noqa: ANN001
    # safety review 29: "die Ehegattin oder der Ehegatte" -> "die Ehefrau oder der Ehegatte"
    paired = "Bestattungspflichtig sind die Ehegattin oder der Ehegatte und die Kinder."
    assert not [s for _, s in suggestions(simp, paired) if s.safe]
    assert [s for _, s in suggestions(simp, "Bitte bringen Sie Ihre Ehegattin mit.") if s.safe]


@pytest.mark.parametrize("representative", [
    # safety review 30: a tax adviser applied "im Auftrag und in Vollmacht" of a church member,
    # a debt counsellor "im Auftrag der o. g. Schuldnerin"; the right to object is the client's
    "unter Bezugnahme auf Ihren im Auftrag und in Vollmacht des o. g. Kirchenmitglieds "
    "gestellten Antrag teilen wir mit: ",
    "mit Schreiben vom 6. November haben Sie im Auftrag der o. g. Schuldnerin einen Plan "
    "übersandt. ",
    "wir danken für Ihr Schreiben für Ihre Mandantin. ",
])
def test_safety_a_letter_to_a_representative_keeps_the_impersonal_remedy(simp, representative):
    body = ("Sehr geehrter Herr Quast,\n\n" + representative + "Wir bewilligen den Erlass. "
            "Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.")
    rewrite = "können Sie innerhalb eines Monats Widerspruch erheben"
    assert not [s for _, s in suggestions(simp, body) if s.safe and rewrite in s.replacement]


def test_safety_no_determiner_after_a_possessive(simp):  # noqa: ANN001
    # safety review 30: "seiner sämtlichen Konten" -> "seiner allen Konten"
    assert not [s for _, s in suggestions(simp, "Wir pfänden die Guthaben seiner sämtlichen "
                                                "Konten.", rule="SIM-J001")
                if s.replacement.startswith("all")]


@pytest.mark.parametrize("text,word", [
    # safety review 31: each of these one-click edits was judged wrong
    ("Fahrzeuge mit höherer Unterstützungsgeschwindigkeit (sog. S-Pedelecs) sind "
     "Kraftfahrzeuge.", "sogenannt"),  # the ending is missing before the noun
    ("Bei den beantragten Flächen handelt es sich sämtlich um solche Flächen.", "alle"),
    ("Der Rückhalteraum wird umfang-, funktions- und zeitgleich ausgeglichen.", "gleichzeitig"),
    ("Nachteilige Veränderungen der Gewässereigenschaften sind nicht zu erwarten.",
     "Ungünstige"),  # the legal standard of § 3 Nr. 10 WHG
    ("Die Einwendungen werden im Termin erörtert.", "besprochen"),  # the Erörterungstermin
])
def test_safety_review_31_edits_are_not_one_click(simp, text, word):  # noqa: ANN001
    assert not [s for _, s in suggestions(simp, text) if s.safe and word in s.replacement]


def test_safety_a_split_list_marker_opens_the_sentence(simp):  # noqa: ANN001
    # (without a negation after it: "Insbesondere … keine" is for review, safety review 230)
    text = ("Folgendes gilt:\na) Der Plan ist öffentlich.\nb) Insbesondere löst der Beschluss "
            "Pflichten für die Eigentümer aus.")
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-J001") if s.safe]
    assert got == ["Vor allem"]


def test_safety_a_split_keeps_the_list_label_as_written(simp):  # noqa: ANN001
    # findings review 62: the split of a long item had turned "b)" into "B)"
    text = ("Hinweise:\nb) Die Voraussetzungen für den Ausweis ergeben sich aus der Verordnung "
            "des Landes, und die Stadt prüft jeden Antrag auf Parkerleichterungen sorgfältig "
            "und schnell nach dem Eingang aller vollständigen Unterlagen.")
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-L001")]
    assert got and all(r.startswith("b) ") for r in got)


@pytest.mark.parametrize("text,word", [
    # safety review 32: each of these one-click edits was judged wrong
    ("Die Zufahrt ist mit Hinweisschildern nach DIN 4066 zu kennzeichnen.", "Schilden"),
    ("Die Auskunftspflicht wird durch die Rechtsprechung an Tiefbaufirmen in besonderem Maße "
     "gestellt.", "besonders"),  # reads "gesondert gestellt"
    ("Die Versandvorbereitung wurde mit sofortiger Wirkung umgestellt.", "ab sofort"),
    ("Die Straße ist mit sofortiger Wirkung gesperrt worden.", "ab sofort"),
    ("Ausgenommen sind Feuerstätten in Wohneinheiten, die nur so beheizt werden.",
     "Wohnungen"),  # § 26 Abs. 3 der 1. BImSchV
])
def test_safety_review_32_edits_are_not_one_click(simp, text, word):  # noqa: ANN001
    assert not [s for _, s in suggestions(simp, text) if s.safe and word in s.replacement]


def test_safety_homonyms_inflect_by_the_gender_of_the_word_they_replace(simp):  # noqa: ANN001
    # "das Schild" (Schilder) and "der Schild" (Schilde): german-nouns holds both paradigms
    doc = simp.nlp("Die Zufahrt ist mit Hinweisschildern gekennzeichnet.")
    [tok] = [t for t in doc if t.text == "Hinweisschildern"]
    assert _noun_from_paradigm(tok, "Hinweisschild", "Schild") == "Schildern"
    # a state after "sein" keeps its one-click degree word; a present clause its "ab sofort"
    assert [s for _, s in suggestions(simp, "Ältere Menschen sind in besonderem Maße "
                                            "gefährdet.", rule="SIM-J001") if s.safe]
    assert [s for _, s in suggestions(simp, "Die Straße ist mit sofortiger Wirkung gesperrt.",
                                      rule="SIM-J001") if s.safe]


def test_safety_no_ending_on_a_word_that_takes_none(simp):  # noqa: ANN001
    # fresh set 42: "die betreffende Person" -> "die zue Person"; "zeitnahe" -> "balde"
    for text in ("Bitte informieren Sie die betreffende Person.",
                 "Wir bitten um zeitnahe Rücksendung."):
        got = [s.replacement for _, s in suggestions(simp, text)]
        assert not {"zue", "übere", "balde"} & set(got)


@pytest.mark.parametrize("text,word", [
    # safety review 33: each of these one-click edits was judged wrong
    ("Die bisherige Tätigkeit wird beibehalten.", "behalten"),
    ("Die Aufzeichnungen sind drei Jahre aufzubewahren. Sie sind Beauftragten der Behörde auf "
     "Verlangen vorzulegen.", "Legen Sie"),  # "Sie" are the records
    ("Hinweisschilder auf die Geschäfte sind erlaubnisfrei.", "Schilder"),
    ("Ein Spezialmarkt ist eine Veranstaltung, auf der eine Vielzahl von Anbietern bestimmte "
     "Waren feilbietet.", "große Zahl"),  # the wording of § 68 Abs. 1 GewO
])
def test_safety_review_33_edits_are_not_one_click(simp, text, word):  # noqa: ANN001
    assert not [s for _, s in suggestions(simp, text) if s.safe and word in s.replacement]


# -- safety review 34 (fresh set 44) -----------------------------------------------------------

STAFF_RULES = (
    "1. Zweck\n1.1 Diese Dienstanweisung gilt für alle Beschäftigten des Veterinäramts.\n"
    "1.2 Sie regelt das Vorgehen bei dem Verdacht auf eine Tierseuche. Die Abteilungsleitung "
    "ist sofort zu unterrichten. Sie entscheidet über die Einberufung des Krisenstabs.\n"
    "2. Fahrten\n2.1 Für Fahrten zu den betroffenen Betrieben werden Dienstfahrzeuge benutzt. "
    "Private Fahrzeuge dürfen nicht verwendet werden. Die Schutzkleidung wird vor Ort angelegt "
    "und nach dem Besuch in einer verschlossenen Tonne gesammelt. Die Proben werden noch am "
    "selben Tag an das Landeslabor geschickt.\n")


def test_safety_a_staff_rule_without_sie_gets_no_one_click_sie(simp):  # noqa: ANN001
    # "Private Fahrzeuge dürfen nicht verwendet werden" became "Sie dürfen …": the rules never
    # say "Sie", so "Sie" read as the person of the sentence before; "1.2 Sie regelt …" (the
    # rules themselves) counted as a polite "Sie"
    got = [s for _, s in suggestions(simp, STAFF_RULES, "brief") if "Sie " in s.replacement]
    assert got and not [s for s in got if s.safe]


def test_safety_a_duty_after_another_party_acts_is_for_review(simp):  # noqa: ANN001
    # § 47 AwSV: the expert sends the report, not the operator who fills in the form
    lead = "Bitte füllen Sie das Formular vollständig aus. "
    duty = "Der Prüfbericht ist der Wasserbehörde vorzulegen."
    after = lead + ("Die Anlage ist jedes Jahr durch eine/n anerkannte/n Sachverständige/n "
                    "prüfen zu lassen. ") + duty
    assert not [s for _, s in suggestions(simp, after, "brief", "SIM-P003") if s.safe]
    assert [s for _, s in suggestions(simp, lead + duty, "brief", "SIM-P003") if s.safe]


def test_safety_joining_a_spaced_heading_drops_the_space_before_its_colon(simp):  # noqa: ANN001
    text = "B e g r ü n d u n g :\nDer Antrag wurde am 3. Mai abgelehnt."
    [s] = [s for _, s in suggestions(simp, text, "brief", "SIM-W004")]
    assert text[:s.start] + s.replacement + text[s.end:] == (
        "Begründung:\nDer Antrag wurde am 3. Mai abgelehnt.")


def test_a_word_in_sperrschrift_counts_as_one_word(simp):  # noqa: ANN001
    # a blind review: "a letter-spaced heading misparsed as a 22-word clause; tool error"
    from simplify.clauses import mark_words, word_indices

    doc = simp.nlp("W i d e r s p r u c h s b e l e h r u n g :\n\nSie können widersprechen.")
    mark_words(doc)
    assert len(word_indices(doc)) == 4
    doc = simp.nlp("Sie zahlen a) die Gebühr und b) die Auslagen.")
    mark_words(doc)
    assert len(word_indices(doc)) == 9  # single letters apart from each other stay words


def test_safety_sog_before_a_quoted_noun_needs_its_ending(simp):  # noqa: ANN001
    # safety review 35: "(sog. „falsche Kontraindikationen“)" -> "(sogenannt „falsche …“)"
    text = "Das sind die sog. „falschen Kontraindikationen“, die nicht zählen."
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J002") if s.safe]
    # the finding stays and asks for the ending (no bare "sogenannt" even for review)
    assert [f for f in simp.analyze(text, "formular").findings
            if f.rule == "SIM-J002" and "mit der Endung" in f.message]


# -- safety review 36 (fresh set 46) -----------------------------------------------------------


def test_safety_a_published_statute_keeps_its_words_after_a_blank_line(simp):  # noqa: ANN001
    # "Insbesondere werden folgende Handlungen untersagt:" continued "(1) …" of a nature
    # reserve's regulation, published in the district's gazette, and became "Vor allem …"
    text = ("Amtsblatt für den Landkreis Nordheide\n\nVerordnung über das Naturschutzgebiet "
            "„Moorwiesen“\n\n– Auszug –\n\n§ 3\nVerbote\n\n(1) Im Naturschutzgebiet sind alle "
            "Handlungen verboten, die das Gebiet zerstören oder beschädigen.\n\nInsbesondere "
            "werden folgende Handlungen untersagt:\n1. Hunde frei laufen zu lassen,\n2. "
            "Gewässer zu befahren.\n")
    assert not [s for _, s in suggestions(simp, text, "brief") if s.safe]


def test_safety_sog_before_a_quoted_foreign_tagged_noun_needs_its_ending(simp):  # noqa: ANN001
    # "die Herausgabe sog. „Rohmessdaten“" -> "sogenannt „Rohmessdaten“": HanTa tagged the
    # quoted noun as foreign material
    text = "Soweit Sie die Herausgabe sog. „Rohmessdaten“ beantragen, prüfen wir das."
    assert not [s for _, s in suggestions(simp, text, "brief", "SIM-J002") if s.safe]


def test_safety_what_goes_to_a_council_for_its_decision_is_not_the_readers_act(simp):  # noqa: ANN001
    # "soll die Änderungsverordnung dem Kreistag … zur Beschlussfassung vorgelegt werden"
    # became "sollen Sie … vorlegen" in a letter to a taxi cooperative
    text = ("Sehr geehrte Damen und Herren, vielen Dank für Ihren Antrag. Nach dem Zeitplan soll "
            "die Verordnung dem Kreistag im November zur Beschlussfassung vorgelegt werden.")
    got = [s for _, s in suggestions(simp, text, "brief") if "Sie" in s.replacement
           and "vorlegen" in s.replacement]
    assert not got


def test_the_title_of_a_statute_is_a_name(simp):  # noqa: ANN001
    # findings review 44: "Baumbestandes" in "Satzung zum Schutz des Baumbestandes in der Stadt
    # … (Baumschutzsatzung)" and "Arbeitsstätten" in "Technische Regeln für Arbeitsstätten
    # (ASR)" were flagged as Amtsdeutsch, with a swap that would rename the rules
    titled = ("Sie haben gegen § 3 der Satzung zum Schutz des Baumbestandes in der Stadt "
              "Musterhausen (Baumschutzsatzung) verstoßen. Die Technischen Regeln für "
              "Arbeitsstätten (ASR) gelten weiter.")
    report = simp.analyze(titled, "brief")
    assert not [f for f in report.findings if f.rule == "SIM-J001"]
    # the same words in the writer's own sentences are still flagged
    own = "Sie haben den Baumbestand verringert. In den Arbeitsstätten ist es zu kalt."
    assert {f.text for f in simp.analyze(own, "brief").findings
            if f.rule == "SIM-J001"} >= {"Baumbestand", "Arbeitsstätten"}


def test_safety_a_genitive_with_dieses_stays_with_its_noun(simp):  # noqa: ANN001
    # safety review 37: "… nach Bekanntgabe dieses Bescheides … zu zahlen" became "Der
    # Gesamtbetrag … zahlen Sie dieses Bescheides innerhalb …"
    text = ("Der Gesamtbetrag von 1.345,00 Euro ist innerhalb eines Monats nach Bekanntgabe "
            "dieses Bescheides unter Angabe des Kassenzeichens zu zahlen.")
    for _, s in suggestions(simp, text, "brief", "SIM-P003"):
        assert "Bekanntgabe dieses Bescheides" in s.replacement, s.replacement


def test_safety_a_dative_with_der_does_not_follow_the_object(simp):  # noqa: ANN001
    # safety review 37: "Legen Sie einen entsprechenden Nachweis der Friedhofsverwaltung …
    # vor" reads "a proof from the cemetery administration"
    text = ("Vielen Dank für Ihren Antrag. Ein aktueller Nachweis ist der Friedhofsverwaltung bis "
            "zum 31.03.2026 vorzulegen.")
    got = [s.replacement for _, s in suggestions(simp, text, "brief", "SIM-P003") if s.safe]
    assert got and all("Nachweis der" not in r for r in got), got
    assert any("Legen Sie der Friedhofsverwaltung einen aktuellen Nachweis" in r for r in got)


def test_safety_u_a_after_a_file_number_means_und_andere(simp):  # noqa: ANN001
    # safety review 37: "(1 BvR 2868/15 u. a.)" became "unter anderem"; the joined cases
    text = ("Mit Beschluss vom 22.03.2022 (1 BvR 2868/15 u. a.) hat das Gericht entschieden. "
            "Bitte bringen Sie u. a. Ihre Geburtsurkunde mit.")
    got = [(s.start, s.replacement) for _, s in suggestions(simp, text, "brief", "SIM-J002")]
    assert got and all(start > text.index(")") for start, _ in got), got


def test_safety_no_separable_verb_after_a_separate_zu(simp):  # noqa: ANN001
    # safety review 38: "als Kassenüberschuss zu vereinnahmen" -> "zu einnehmen"
    text = "Der Betrag ist nach der Dienstanweisung als Kassenüberschuss zu vereinnahmen."
    got = [s.replacement for _, s in suggestions(simp, text, "brief", "SIM-J001")]
    assert "einnehmen" not in got, got


def test_safety_a_laws_title_in_the_genitive_is_a_name(simp):  # noqa: ANN001
    # safety review 38: "des Gesetzes zur Kooperation und Information im Kinderschutz (KKG)"
    # -> "… zur Zusammenarbeit …", a law that does not exist
    text = ("Die Schule meldet dies nach § 4 Abs. 3 des Gesetzes zur Kooperation und "
            "Information im Kinderschutz (KKG).")
    start, end = text.index("Gesetzes"), text.index("(KKG)")
    assert not [s for _, s in suggestions(simp, text, "brief")
                if start <= s.start < end]


@pytest.mark.parametrize("text, bad", [
    # a feminine noun after "Dieser" is a dative, not the subject (safety review 39: "Fügen
    # Sie der Nachweis diesen Mitteilung … bei")
    ("Dieser Mitteilung ist der Nachweis über die Anerkennung beizufügen.", "diesen Mitteilung"),
    # "von Bad Hallerbach aus" is a place, not an agent ("Bad kann soziale Kontakte …")
    ("Soziale Kontakte können auch von Bad Hallerbach aus aufrechterhalten werden.", "Bad kann"),
    # the office levies a charge ("können Sie den Kostenbeitrag erheben")
    ("Ferner kann der Kostenbeitrag für den Kurs vorab in einer Summe erhoben werden.",
     "Sie den Kostenbeitrag"),
    # who refuses tells the refusal ("Teilen Sie die Ablehnung … mit" in an employee's form)
    ("Die Ablehnung ist möglichst frühzeitig schriftlich mitzuteilen.", "Teilen Sie"),
])
def test_safety_review_39_rewrites(simp, text, bad):  # noqa: ANN001
    got = [s.replacement for _, s in suggestions(simp, "Sehr geehrte Frau Beispiel, danke. "
                                                 + text, "brief")]
    assert not [r for r in got if bad in r], got


@pytest.mark.parametrize("text, bad", [
    # paying "bis" an event names the period a tax covers, not a deadline
    ("Die Kraftfahrzeugsteuer ist bis zum Tag der Außerbetriebsetzung zu entrichten.",
     "Entrichten Sie"),
    # the office holds out the prospect of a decision ("Sie können … in Aussicht stellen")
    ("Eine fristgerechte Entscheidung kann daher nur bei umgehender Vorlage vollständiger "
     "Unterlagen in Aussicht gestellt werden.", "in Aussicht stellen"),
])
def test_safety_review_40_rewrites(simp, text, bad):  # noqa: ANN001
    got = [s.replacement for _, s in suggestions(simp, "Sehr geehrte Frau Beispiel, danke. "
                                                 + text, "brief")]
    assert not [r for r in got if bad in r], got
    # a date is a deadline, and a reader's verb stays the reader's
    ok = [s.replacement for _, s in suggestions(
        simp, "Die Gebühr ist bis zum 15. März zu entrichten. Der Antrag kann auch online "
        "gestellt werden.", "brief")]
    assert "Entrichten Sie die Gebühr bis zum 15. März." in ok, ok
    assert "Sie können den Antrag auch online stellen." in ok, ok


def test_safety_review_40_held_words(simp):  # noqa: ANN001
    def safe(text: str) -> list[str]:
        return [s.replacement for _, s in suggestions(simp, text, "brief") if s.safe]
    # the name of an enclosed form stays as the reader holds it
    enclosure = ("Bitte schicken Sie das Vordruck zurück.\n\nAnlage: Vordruck zum Nachweis "
                 "der Durchführung von Schornsteinfegerarbeiten")
    report = simp.analyze(enclosure, "brief")
    assert [f.start for f in report.findings if f.text == "Vordruck"] == [
        enclosure.index("Vordruck")]
    # "und folgende" takes the case of the citation ("der §§ 46, 49a und folgenden")
    assert "und folgende" not in safe("Die Verarbeitung erfolgt auf der Grundlage der "
                                      "§§ 46, 49a ff. OWiG.")
    # the law's words after "Gemäß § …", in its sentence and the next one
    law = ("Gemäß § 45 Abs. 6 StVO haben Bauunternehmer vor Beginn der Arbeiten Anordnungen "
           "einzuholen. Sie haben diese Anordnungen zu befolgen und Lichtzeichenanlagen zu "
           "bedienen.")
    assert "Ampeln" not in safe(law)
    assert "Ampel" in safe("Die Lichtzeichenanlage an der Kreuzung ist ausgefallen.")


def test_safety_review_41(simp):  # noqa: ANN001
    def safe(text: str) -> list[str]:
        return [s.replacement for _, s in suggestions(simp, text, "brief") if s.safe]
    # "die WBS" is no "die Wohnberechtigungsschein": the compound's head gives the gender
    assert "Wohnberechtigungsschein" not in safe("Einkommen des Haushalts (für die WBS)")
    assert "Wohnberechtigungsschein" in safe("Bitte legen Sie den WBS vor.")
    # "u. a." closing a list means "und andere"
    assert "unter anderem" not in safe("Betriebsrente/Zusatzversorgung (VBL u. a.)")
    # a list item's number before "Nach § …": the law's words follow
    assert "ab sofort" not in safe(
        "4. Nach § 29 Abs. 4 Satz 6 SGB IX kann die Zielvereinbarung aus wichtigem Grund mit "
        "sofortiger Wirkung schriftlich gekündigt werden.")
    # the items of an order a hearing announces keep their third person
    draft = ("Sehr geehrter Herr Beispiel,\n\nEs ist beabsichtigt, gegenüber der Residenz GmbH "
             "folgende Maßnahmen anzuordnen:\n\n1. Die Betreiberin hat die Quote einzuhalten.\n\n"
             "2. Das Ergebnis ist der WTG-Behörde schriftlich mitzuteilen.\n\nSie können sich "
             "äußern. Das Ergebnis ist der WTG-Behörde schriftlich mitzuteilen.")
    assert safe(draft).count("Teilen Sie der WTG-Behörde das Ergebnis schriftlich mit.") == 1


def test_safety_a_legal_definition_keeps_its_scope(simp):  # noqa: ANN001
    # safety review 42: "Lebensmittel im Sinne dieser Vorschrift sind insbesondere:" became
    # "vor allem", which narrows the law's definition
    def safe(text: str) -> list[str]:
        return [s.replacement for _, s in suggestions(simp, text, "brief") if s.safe]
    assert "vor allem" not in safe("Lebensmittel im Sinne dieser Vorschrift sind insbesondere "
                                   "Fleisch und Milch.")
    assert "vor allem" in safe("Bitte bringen Sie insbesondere Ihren Ausweis mit.")


def test_safety_review_43(simp):  # noqa: ANN001
    def safe(text: str) -> list[str]:
        return [s.replacement for _, s in suggestions(simp, text, "brief") if s.safe]
    # an e-mail's header is the record of what was sent
    mail = ("Von: Anna Beispiel <anna@example.de>\nAn: Stadtbauamt Talbach <bau@example.de>\n"
            "Betreff: AW: Bebauungsplan – Beteiligung gem. § 4 Abs. 2 BauGB\n\n"
            "Sehr geehrte Damen und Herren,\n\nich habe eine Frage.")
    assert not [s for _, s in suggestions(simp, mail, "brief")
                if s.start < mail.index("\n\n")]
    # a council paper's duties are others': its readers decide
    paper = ("Beschlussvorlage Nr. 0162/2026\n\nDer Rat beschließt das Förderprogramm. "
             "Der Antrag ist vor Beginn der Maßnahme zu stellen.")
    assert not [r for r in safe(paper) if r.startswith("Stellen Sie")]
    # what the applicant signs stays the applicant's declaration
    declared = ("6. Erklärung\n\nIch verpflichte mich, die Fertigstellung der Anlage "
                "anzuzeigen. Die Stilllegung der Anlage ist anzuzeigen.")
    assert "Zeigen Sie die Stilllegung der Anlage an." not in safe(declared)
    assert "Zeigen Sie die Stilllegung der Anlage an." in safe(
        "Sehr geehrte Frau Beispiel,\n\nDie Stilllegung der Anlage ist anzuzeigen.")


def test_safety_review_45(simp):  # noqa: ANN001
    def safe(text: str) -> list[str]:
        return [s.replacement for _, s in suggestions(simp, text, "brief") if s.safe]
    # "sog." before an adverb and its adjective needs the ending the adjective decides:
    # "als sogenannt gemischt genutzte Wohnung" was sent back
    assert "sogenannt" not in safe("Die Wohnung gilt als sog. gemischt genutzte Wohnung.")
    assert "monatlich" in safe("Wir zahlen Ihnen den Betrag mtl. aus.")
    # "Fehlbetrag" is the budget's planned deficit in a council paper, not "fehlender Betrag"
    assert not [r for r in safe("Der Haushalt weist einen Fehlbetrag von 2,31 Mio. EUR aus.")
                if "fehlend" in r]


def test_safety_review_46(simp):  # noqa: ANN001
    def safe(text: str) -> list[str]:
        return [s.replacement for _, s in suggestions(simp, text, "brief") if s.safe]
    hello = "Sehr geehrte Frau Beispiel,\n\n"
    # a file number keeps its parts: "50.3/WBS/2025/0213"
    assert not [s for _, s in suggestions(simp, hello + "Ihr Zeichen lautet 50.3/WBS/2025/0213. "
                                          "Bitte nennen Sie es.", "brief")
                if s.replacement == "Wohnberechtigungsschein"]
    # "u. ä." is no "u." plus a stray letter: "und ä." was sent back
    assert "und" not in safe("Legen Sie Nachweise bei (Urteil, Attest u. ä.).")
    # a name that opens with an adjective needs its case after an article
    assert "Deutsche Rentenversicherung" not in safe(
        "Bitte legen Sie eine Bescheinigung der DRV vor.")
    # a letter-spaced heading is one edit, not one word of it
    spaced = hello + "bitte lesen Sie.\n\nW i c h t i g e   H i n w e i s e :\n\nZahlen Sie."
    assert "Wichtige Hinweise" in safe(spaced) and "Wichtige" not in safe(spaced)
    # the use of a property is not the reader's own act (the flats may be let)
    assert not [r for r in safe(hello + "Das Gebäude ist für die Dauer von zehn Jahren zu "
                                "Wohnzwecken zu nutzen.") if r.startswith("Nutzen Sie")]
    assert not [r for r in safe(hello + "Das Haus muss 10 Jahre lang zum Wohnen genutzt "
                                "werden.") if "Sie müssen" in r]


def test_safety_review_47(simp):  # noqa: ANN001
    def safe(text: str) -> list[str]:
        return [s.replacement for _, s in suggestions(simp, text, "brief") if s.safe]
    hello = "Sehr geehrte Eltern,\n\n"
    # the names of statutes and forms keep their words ("in Kitas" changed three of them)
    local = hello + ("auf die Gebührensatzung der Gemeinde Lahnried für Kindertageseinrichtungen "
                     "wird hingewiesen.")
    assert "Kitas" not in safe(local)
    named = hello + ("Der Rat beschließt die Satzung über die Erhebung von Elternbeiträgen für "
                     "die Inanspruchnahme von Angeboten in Kindertageseinrichtungen und in der "
                     "Kindertagespflege sowie der Offenen Ganztagsschule (Elternbeitragssatzung "
                     "– EBS).")
    assert "Kitas" not in safe(named)
    form = ("VORMERKUNG / BEDARFSANMELDUNG\nfür einen Platz in einer Kindertageseinrichtung\n\n"
            "Bitte füllen Sie das Formular aus. Die Kindertageseinrichtung öffnet um 7 Uhr.")
    assert [r for r in safe(form) if r == "Kita"] == ["Kita"]  # the sentence, not the title
    # "des laufenden Jahres" beside another year is no one-click "dieses Jahres"
    assert "dieses Jahres" not in safe(
        "Maßgeblich ist das Einkommen des Kalenderjahres 2024, sofern nicht das Einkommen des "
        "laufenden Jahres höher ist.")
    # a verb in capitals has no forms to build a rewrite from (findings review 55: "Bitte
    # zurechnen Sie … hin")
    assert not [r for r in safe(hello + "Die Einkünfte sind HINZUZURECHNEN.") if "Sie" in r]


def test_safety_review_48(simp):  # noqa: ANN001
    # granted "auf schriftlichen Antrag": the office agrees, the reader has no right to it
    text = ("Sehr geehrte Frau Beispiel,\n\neine Ratenzahlung kann auf schriftlichen Antrag "
            "vereinbart werden.")
    assert not [s for _, s in suggestions(simp, text, "brief")
                if s.safe and s.replacement.startswith("Sie können")]


def test_safety_review_49_50(simp):  # noqa: ANN001
    # "ist … zu" after a fronted phrase says what must be done: "müssen Sie", never a
    # verb-second statement ("Gemäß § 24 EWS zeigen Sie … an")
    text = ("Sehr geehrte Frau Beispiel,\n\ngemäß § 24 Abs. 2 EWS sind Veränderungen der Flächen "
            "innerhalb eines Monats anzuzeigen. Eine solche Anzeige ist nicht erfolgt.")
    got = [s.replacement for rule, s in suggestions(simp, text, "brief") if rule == "SIM-P003"]
    assert got and all(" müssen Sie " in r and r.rstrip(".").endswith("anzeigen") for r in got)
    # a verb the text gives to "wir" is the office's, not the reader's
    text = ("Sehr geehrte Frau Beispiel,\n\nden Schlamm holen wir ab, nicht die Fachfirma. Der "
            "Schlamm muss bald abgeholt werden. Bitte rufen Sie uns an.")
    assert not [s for _, s in suggestions(simp, text, "brief") if "Sie müssen" in s.replacement]
    # a form that never says "Sie": who fills in which part is open, so no one-click "Sie"
    form = ("Wartungsnachweis für Kleinkläranlagen\n\nName des Betreibers: ____________\n"
            "Wartungsfirma: ____________\n\n3.4 Schlammabfuhr\nDie Abfuhr ist beim Verband "
            "anzumelden. Eine Aufbringung auf eigene Flächen ist unzulässig.\n"
            "3.5 Zustand der Anlage\nDie Vorklärung wurde geprüft. Der Ablauf wurde geprüft. "
            "Mängel sind mit Frist zur Beseitigung zu vermerken. Der Nachweis ist dem Verband "
            "binnen vier Wochen nach der Wartung vorzulegen. Eine Kopie verbleibt beim "
            "Betreiber der Anlage, eine weitere bei der Wartungsfirma.\n"
            "Datum: ________ Unterschrift der Fachfirma: ____________\n")
    rewrites = [s for rule, s in suggestions(simp, form) if rule == "SIM-P003"]
    assert rewrites and not [s for s in rewrites if s.safe]
    # terms of a statute or a pay scale: no one-click swap
    for text in ("Die Biotonne kann gegen Gebühr als Restabfall entleert werden.",
                 "Gesucht wird eine Ingenieurin mit förderlicher Berufserfahrung."):
        assert not [s for _, s in suggestions(simp, text) if s.safe and
                    ("Restmüll" in s.replacement or "nützlich" in s.replacement)], text


def test_safety_review_51_52(simp):  # noqa: ANN001
    # "nicht" with an indefinite subject: "keinen Grund", never "einen Grund nicht"
    text = ("Sehr geehrte Frau Beispiel,\n\nein besonderer Grund muss nicht angegeben werden. "
            "Bitte rufen Sie uns an.")
    assert not [s for _, s in suggestions(simp, text, "brief") if "einen besonderen Grund nicht"
                in s.replacement]
    # a quotation that closes with a straight quotation mark is still a quotation
    text = ("Der Rat hat beschlossen: „Das Bürgerbegehren mit der Fragestellung ‚Soll das "
            "Hallenbad Nord auch nach dem Jahr 2025 weiter betrieben werden?' ist nach der "
            "Prüfung durch die Verwaltung unzulässig.\" Dagegen können Sie klagen.")
    assert not [s for _, s in suggestions(simp, text, "brief") if s.safe and
                s.replacement == "Frage"]
    # a form's title line keeps its words
    form = ("Formblatt für eine Unterstützungsunterschrift\n\nName: ________\n"
            "Vorname: ________\n")
    assert not [s for _, s in suggestions(simp, form) if s.safe and s.start < 46]
    # "an die Stelle treten" has a genitive: no one-click "ersetzen"
    text = "Die Stadt tritt dann an die Stelle des Käufers."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "ersetz" in s.replacement]


def test_safety_review_54(simp):  # noqa: ANN001
    # "EU/EWR" go together; "der EWR" would need "der Europäische …", which a list cannot give
    text = ("Sehr geehrte Frau Beispiel,\n\nder Antrag gilt für Staaten außerhalb EU/EWR. Der EWR "
            "umfasst auch Norwegen.")
    assert not [s for _, s in suggestions(simp, text, "brief")
                if s.safe and "Wirtschaftsraum" in s.replacement]


# -- safety review 56 (fresh set 66: culture, libraries, archives) ------------------------------


def test_safety_a_labelled_condition_keeps_its_capital(simp):  # noqa: ANN001
    text = ("Auflagen:\nA 2 Sämtliche Eingriffe in die Bausubstanz sind vorab mit der "
            "Denkmalschutzbehörde abzustimmen.")
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-J001") if s.safe]
    assert "Alle" in got and "alle" not in got


def test_safety_an_abbreviation_that_ends_the_sentence_keeps_its_full_stop(simp):  # noqa: ANN001
    text = "Die Ermäßigung beträgt 50 v. H. Außerdem zahlen Sie keine Gebühr für Noten."
    report = simp.analyze(text, "formular")
    assert len(report.sentences) == 2
    [abbr] = [f for f in report.findings if f.rule == "SIM-J002"]
    assert abbr.suggestions and all(s.replacement.endswith(".") for s in abbr.suggestions)
    fixed = text[:abbr.start] + abbr.suggestions[0].replacement + text[abbr.end:]
    assert "Prozent. Außerdem" in fixed


@pytest.mark.parametrize("text,word", [
    # a collecting society is no administrative court ("VG")
    ("Kosten für GEMA, VG Wort und sonstige Rechte tragen Sie selbst.", "Verwaltungsgericht"),
    # provenance is the owners' history in a loan contract, not any "Herkunft"
    ("Der Leihgeber teilt bekannte Lücken in der Provenienz mit.", "Herkunft"),
])
def test_safety_review_56_edits_are_not_one_click(simp, text, word):  # noqa: ANN001
    assert not [s for _, s in suggestions(simp, text) if s.safe and word in s.replacement]


# -- safety reviews 57 and 58 (fresh sets 67 and 68: fire brigade; procurement and data) -----


@pytest.mark.parametrize("text,word", [
    # the reader receives the notice: "Richten Sie den Bescheid daher an Sie persönlich"
    ("Der Bescheid ist daher an Sie persönlich zu richten.", "Richten Sie"),
    ("Der Betrag ist Ihnen innerhalb eines Monats zu erstatten.", "Sie müssen"),
    # a law's title with its short name after "kurz"
    ("Das ist das Gesetz über den Brandschutz, die Hilfeleistung und den Katastrophenschutz, "
     "kurz BHKG.", "Hilfe und"),
    # the text names the form "Formblatt 124": "im Formblatt" is that form
    ("Füllen Sie das Formblatt 124 aus.\nDie im Formblatt genannten Bescheinigungen legen Sie "
     "vor.", "Formular"),
])
def test_safety_reviews_57_58_edits_are_not_one_click(simp, text, word):  # noqa: ANN001
    assert not [s for _, s in suggestions(simp, text) if s.safe and word in s.replacement]


def test_safety_a_focus_word_stays_with_its_noun_phrase(simp):  # noqa: ANN001
    # "genau eine Spalte" had become "eine Spalte genau ankreuzen" (safety review 57)
    got = [s.replacement for _, s in suggestions(simp, "Für jeden Mangel ist genau eine "
                                                       "Spalte anzukreuzen.", rule="SIM-P003")]
    assert all("Spalte genau" not in r for r in got)


def test_safety_a_check_box_line_gets_no_full_stop_from_an_abbreviation(simp):  # noqa: ANN001
    # safety review 60: "[ ] jährl." had become "[ ] jährlich." at the end of a check-box line
    got = [s.replacement for _, s in suggestions(simp, "Zahlweise: [ ] mtl. [ ] jährl.",
                                                 rule="SIM-J002")]
    assert "jährlich." not in got


# -- safety review 61 (fresh set 71: weapons, explosives, cemeteries) --------------------------


def test_safety_sog_before_a_quoted_truncated_compound_needs_its_ending(simp):  # noqa: ANN001
    # "der sog. „Reichsbürger- und Selbstverwalterszene“" had become "der sogenannt „…“":
    # the first word after the quotation mark is a truncated compound (TRUNC), still a noun
    text = ("Sie sind als Angehöriger der sog. „Reichsbürger- und Selbstverwalterszene“ "
            "bekannt.")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J002") if s.safe]


def test_safety_an_adjective_abbreviation_before_an_acronym_needs_its_ending(simp):  # noqa: ANN001
    # safety review 59: "Gelände ehem. LPG" had become "Gelände ehemalig LPG"; a capitalised
    # abbreviation after it is a noun, not a unit like "mtl. EUR"
    assert not [s for _, s in suggestions(simp, "Das Gelände ehem. LPG wird verkauft.",
                                          rule="SIM-J002") if s.safe]
    assert [s for _, s in suggestions(simp, "Die Miete beträgt mtl. EUR 500.",
                                      rule="SIM-J002") if s.safe]


# -- safety review 64 (fresh set 74: older people and care) ------------------------------------


def test_safety_interest_the_office_levies_is_not_the_readers_act(simp):  # noqa: ANN001
    # "Stundungszinsen können erhoben werden" had become "Sie können Stundungszinsen erheben"
    # in a letter to an heir: interest, like fees and charges, is what the office levies
    text = ("Sehr geehrter Herr Kroll, Sie haften als Erbe für die Kosten. Stundungszinsen "
            "können erhoben werden.")
    assert not [s for _, s in suggestions(simp, text) if "Sie können" in s.replacement]


# -- safety reviews 65 and 66 (fresh sets 75 and 76: civic life; parks and green spaces) -----


def test_safety_the_placeholder_es_gives_its_place_to_sie(simp):  # noqa: ANN001
    # "Es darf nur Trinkwasser verwendet werden" had become "Es dürfen Sie nur Trinkwasser
    # verwenden": the "es" only holds the first place of the sentence
    got = [s.replacement for _, s in suggestions(
        simp, "– Es darf nur Trinkwasser verwendet werden.", rule="SIM-P002") if s.safe]
    assert got == ["– Sie dürfen nur Trinkwasser verwenden."]


def test_safety_the_postcode_line_keeps_the_posts_spelling(simp):  # noqa: ANN001
    # "04799 Mulderode OT Kleinpötzschau" had become "… Ortsteil …" in the recipient's address
    text = ("Frau Erna Beispiel\nLindenweg 4\n04799 Mulderode OT Kleinpötzschau\n\n"
            "Sehr geehrte Frau Beispiel,\nwir schreiben Ihnen wegen Ihres Standes im OT Au.")
    starts = [s.start for _, s in suggestions(simp, text, rule="SIM-J002") if s.safe]
    assert starts and all(start > text.index("Sehr geehrte") for start in starts)


def test_safety_an_abbreviation_for_several_items_is_not_written_out_singular(simp):  # noqa: ANN001
    # "(Buchst. b und c)" had become "(Buchstabe b und c)": two letters need "Buchstaben"
    text = "Die Voraussetzungen nach Nr. 3 (Buchst. b und c) liegen vor."
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J002") if s.safe]
    one = "Die Voraussetzungen nach Nr. 3 Buchst. b liegen vor."
    assert [s for _, s in suggestions(simp, one, rule="SIM-J002") if s.safe]


def test_safety_a_written_out_name_after_a_noun_needs_its_genitive(simp):  # noqa: ANN001
    # safety review 67: "Aufgabenträger ÖPNV" had become "Aufgabenträger öffentlicher
    # Personennahverkehr"; after a noun the name is a genitive attribute ("des öffentlichen …")
    text = "Der Landkreis ist Aufgabenträger ÖPNV im Kreisgebiet."
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J002") if s.safe]


def test_safety_no_replacement_that_repeats_the_next_word(simp):  # noqa: ANN001
    # safety review 67: "sieht insbesondere vor" had become "sieht vor allem vor"
    text = "Die Richtlinie sieht insbesondere vor, dass Vereine gefördert werden."
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J001")
                if s.safe and s.replacement == "vor allem"]
    other = "Gefördert werden insbesondere Vereine."
    assert [s for _, s in suggestions(simp, other, rule="SIM-J001") if s.safe]


# -- safety reviews 68 and 69 (fresh sets 78 and 79: cadastre and land; food and veterinary) --


def test_safety_an_abbreviation_before_a_list_gets_no_full_stop(simp):  # noqa: ANN001
    # safety review 69: "…, d. h.\n a) …" had become "…, das heißt." before the list
    text = ("1. Es handelt sich um eine Großanlage zur Trinkwassererwärmung, d. h.\n"
            "   a) Speicher mit mehr als 400 Litern oder\n   b) Leitungen mit mehr als 3 Litern.")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J002")
                if s.safe and s.replacement.endswith(".")]


def test_safety_appeal_notice_of_a_decision_served_on_others_stays_impersonal(simp):  # noqa: ANN001
    # safety review 68: a pre-emption decision whose copy is served on the buyer had "können
    # Sie … Klage erheben" in its appeal notice; the buyer may sue too
    notice = ("Rechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb eines Monats nach "
              "Zustellung Klage erhoben werden.")
    served = "Der Käuferin wird eine Abschrift dieses Bescheides zugestellt.\n\n" + notice
    assert not [s for _, s in suggestions(simp, served, profile="brief")
                if s.safe and "Sie" in s.replacement]
    assert [s for _, s in suggestions(simp, notice, profile="brief")
            if s.safe and "können Sie" in s.replacement]


# -- safety reviews 70 and 71 (fresh sets 80 and 81: traffic fines; social assistance) --------


def test_safety_a_phrase_in_the_perfect_gets_no_infinitive(simp):  # noqa: ANN001
    # safety review 70: "ist am ____ in Verlust geraten" had become "ist am ____ verloren gehen"
    text = "Der Ausweis ist am 3. Mai in Verlust geraten."
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J001")
                if s.replacement == "verloren gehen"]
    # the phrase is still flagged, with its advice
    assert [f for f in simp.analyze(text, "formular").findings
            if f.rule == "SIM-J001" and f.text == "in Verlust geraten"]


def test_safety_expenses_the_office_charges_never_become_sie(simp):  # noqa: ANN001
    # safety review 70: "können Auslagen erhoben werden" had become "können Sie Auslagen
    # erheben" in a letter to the defence: the city charges them
    text = "Für die Bereitstellung auf Datenträger können Auslagen erhoben werden."
    assert not [s for _, s in suggestions(simp, text) if "Sie" in s.replacement]


# -- safety reviews 72 and 73 (fresh sets 82 and 83: insurance office; sports and baths) ------


def test_safety_an_amounts_word_does_not_go_before_a_date(simp):  # noqa: ANN001
    # safety review 72: "bis längstens zum 31.08.2027" had become "bis höchstens zum …"
    text = "Die Rente wird bis längstens zum 31.08.2027 weitergezahlt."
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J001")
                if s.replacement == "höchstens"]
    amount = "Die Erlaubnis gilt längstens ein Jahr."
    assert [s for _, s in suggestions(simp, amount, rule="SIM-J001")
            if s.safe and s.replacement == "höchstens"]
    # safety review 74: "bis längstens 26.08.2025" had become "bis höchstens 26.08.2025"
    bare = "Die Wohnung wird für die Zeit vom 27.05.2025 bis längstens 26.08.2025 beschlagnahmt."
    assert not [s for _, s in suggestions(simp, bare, rule="SIM-J001")
                if s.replacement == "höchstens"]


def test_safety_the_title_line_of_an_agreement_stays(simp):  # noqa: ANN001
    # safety review 72: "Auskunftserteilung" in a published agreement's title became "Auskunft"
    title = ("Zweckvereinbarung zwischen der Stadt Bad Hollenstedt und der Gemeinde Wiesenbrook "
             "über Aufgaben der Sozialversicherung (Antragsaufnahme, Auskunftserteilung und "
             "Beglaubigungen)")
    text = title + "\n\nDie Auskunftserteilung ist kostenlos."
    starts = [s.start for _, s in suggestions(simp, text) if s.safe]
    assert starts and all(start > len(title) for start in starts)


# -- safety reviews 74 and 76 (fresh sets 84 and 86: homelessness; libraries and schools) ----


def test_safety_benefits_the_office_provides_never_become_sie(simp):  # noqa: ANN001
    # safety review 74: "Geldleistungen sollen als Darlehen erbracht werden" (the Jobcenter
    # pays) had become "Sie sollen Geldleistungen als Darlehen erbringen"
    text = "Bitte lesen Sie den Bescheid. Geldleistungen sollen als Darlehen erbracht werden."
    assert not [s for _, s in suggestions(simp, text) if "Sie sollen" in s.replacement]
    proof = "Bitte lesen Sie den Bescheid. Der Nachweis muss bis Mai erbracht werden."
    assert [s for _, s in suggestions(simp, proof) if s.safe and "Sie müssen" in s.replacement]


def test_safety_no_second_pronominal_adverb_in_one_clause(simp):  # noqa: ANN001
    # safety review 74: "Hierüber wurden Sie … darauf hingewiesen" became "Darüber … darauf"
    text = "Hierüber wurden Sie im Gespräch vom 12.03.2025 darauf hingewiesen, dass wir prüfen."
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J001")
                if s.replacement == "Darüber"]
    alone = "Hierüber entscheidet der Rat."
    assert [s for _, s in suggestions(simp, alone, rule="SIM-J001")
            if s.safe and s.replacement == "Darüber"]


def test_safety_a_written_out_preposition_gets_no_case_error(simp):  # noqa: ANN001
    # safety review 76: "zzgl. Säumniszuschläge" became "zuzüglich Säumniszuschläge" (the
    # dative "Säumniszuschlägen" is needed)
    text = "Zu zahlen sind 300 Euro zzgl. Säumniszuschläge."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "zuzüglich"]
    # the click writes the plain word, which governs no case ("300 Euro plus Säumniszuschläge")
    assert [s.replacement for _, s in suggestions(simp, text) if s.safe] == ["plus"]


def test_safety_a_plural_swap_does_not_make_staff_women(simp):  # noqa: ANN001
    # findings review 82: "von zwei Bediensteten" was offered "von zwei Mitarbeiterinnen"
    text = "Das Zimmer wurde in Anwesenheit von zwei Bediensteten der Stadt geöffnet."
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J001")
                if s.replacement.endswith("innen")]


# -- safety reviews 78 and 79 (fresh sets 88 and 89: civil protection; enforcement office) ---


def test_safety_u_a_at_a_lines_end_is_no_unter_anderem(simp):  # noqa: ANN001
    # safety review 79: "Kassenzeichen: 7.1100.045120.0 u. a." (several claims: "und andere")
    # had become "… unter anderem"
    text = "Pfändungsverfügung\nKassenzeichen: 7.1100.045120.0 u. a.\nDatum: 03.04.2025\n"
    assert not [s for _, s in suggestions(simp, text) if s.replacement == "unter anderem"]


def test_safety_no_adverb_for_a_nouns_attribute(simp):  # noqa: ANN001
    # safety review 79: "Die Übersendung auf elektronischem Wege wahrt die Frist" had become
    # "Die Übersendung elektronisch wahrt die Frist"
    text = "Die Übersendung auf elektronischem Wege wahrt die Frist."
    assert not [s for _, s in suggestions(simp, text) if s.replacement == "elektronisch"]
    verb = "Sie können den Antrag auch auf elektronischem Wege stellen."
    assert [s for _, s in suggestions(simp, verb) if s.safe and s.replacement == "elektronisch"]


def test_safety_an_indefinite_object_follows_the_adverb(simp):  # noqa: ANN001
    # safety review 79: "Eine schriftliche Vollmacht ist dann vorzulegen" had become "Legen Sie
    # eine schriftliche Vollmacht dann vor"
    text = "Bitte prüfen Sie alles. Eine schriftliche Vollmacht ist dann vorzulegen."
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-P003")]
    assert got == ["Legen Sie dann eine schriftliche Vollmacht vor."], got


def test_safety_the_fire_services_hilfeleistung_is_not_swapped_in_one_click(simp):  # noqa: ANN001
    # safety reviews 47 and 78: "Brandschutz und Hilfeleistung" and "der allgemeinen
    # Hilfeleistung" (the fire-service law's term) had become "Hilfe"
    text = "Der Einsatz diente der allgemeinen Hilfeleistung bei einem Naturereignis."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "Hilfe"]


# -- safety reviews 80 and 81 (fresh sets 90 and 91: markets; lost property) -----------------


def test_safety_a_participle_before_a_unit_is_not_written_out_alone(simp):  # noqa: ANN001
    # safety review 80: "Frontlänge: 12 lfd. m" had become "12 laufend m"
    text = "Bitte geben Sie die Frontlänge an: 12 lfd. m"
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "laufend"]


def test_safety_a_third_party_acts_not_the_reader(simp):  # noqa: ANN001
    # safety review 81: "Bei Abholung durch Dritte ist eine schriftliche Vollmacht vorzulegen"
    # had become "… müssen Sie eine schriftliche Vollmacht vorlegen" (the collector shows it)
    text = ("Bitte lesen Sie dies. Bei Abholung durch Dritte ist eine schriftliche Vollmacht "
            "vorzulegen.")
    assert not [s for _, s in suggestions(simp, text) if "Sie" in s.replacement
                and "Vollmacht" in s.replacement]
    own = "Bitte lesen Sie dies. Bei der Abholung ist der Ausweis vorzulegen."
    assert [s for _, s in suggestions(simp, own) if s.safe and "müssen Sie" in s.replacement]


def test_safety_the_adverb_stays_where_a_dative_follows(simp):  # noqa: ANN001
    # safety review 85: "Unfälle sind unverzüglich der Einheitsführung zu melden" had become
    # "Melden Sie unverzüglich Unfälle der Einheitsführung" ("accidents of the leadership")
    text = "Bitte lesen Sie dies. Unfälle sind unverzüglich der Einheitsführung zu melden."
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-P003")]
    assert "Unfälle der Einheitsführung" not in " ".join(got), got


def test_safety_a_split_sentence_separates_the_verbs_particle(simp):  # noqa: ANN001
    # findings review 91: "…, weil das Einsatzfahrzeug … keinen Zugang zum Gebäude vorfand"
    # became "Denn das Einsatzfahrzeug vorfand …"
    text = ("Zudem hat die Leitstelle mitgeteilt, dass es bei einem Einsatz im Februar 2024 zu "
            "Verzögerungen kam, weil das Einsatzfahrzeug an der Straße „Am Anger“ keinen Zugang "
            "zum Gebäude vorfand.")
    got = [s.replacement for _, s in suggestions(simp, text, "brief", rule="SIM-L001")]
    assert got and all("Denn das Einsatzfahrzeug fand" in r and r.endswith("vor.") for r in got)


def test_safety_a_split_sentence_keeps_the_subjects_genitive(simp):  # noqa: ANN001
    # findings review 195: "…, da eine auch nur teilweise zweckentsprechende Verwendung der
    # Zuwendung nicht nachgewiesen ist" became "Denn eine ist auch nur teilweise …"; and the
    # finite verb went between a noun and its genitive ("Denn die Verwendung ist der …")
    head = ("Mildere, gleich geeignete Mittel, etwa ein lediglich teilweiser Widerruf, kommen "
            "leider überhaupt nicht in Betracht, da ")
    plain = head + "die Verwendung der Zuwendung nicht nachgewiesen ist."
    got = [s.replacement for _, s in suggestions(simp, plain, "brief", rule="SIM-L001")]
    assert got and all("Denn die Verwendung der Zuwendung ist nicht" in r for r in got)
    spread = head + "eine auch nur teilweise Verwendung der Zuwendung nicht nachgewiesen ist."
    got = [s.replacement for _, s in suggestions(simp, spread, "brief", rule="SIM-L001")]
    assert not [r for r in got if "Denn eine ist" in r]


def test_safety_a_split_sentence_leaves_two_joined_clauses_alone(simp):  # noqa: ANN001
    # findings reviews 216 and 218: "…, weil eine gesundheitliche Schädigung innerhalb weniger
    # Wochen eintreten kann und dann nicht rückgängig zu machen ist" became "Denn eine
    # gesundheitliche Schädigung ist … eintreten kann und …": only the last verb was moved
    text = ("Der Ausgang eines etwaigen Rechtsbehelfsverfahrens kann nicht abgewartet werden, "
            "weil eine gesundheitliche Schädigung innerhalb weniger Wochen eintreten kann und "
            "dann nicht rückgängig zu machen ist.")
    got = [s.replacement for _, s in suggestions(simp, text, "brief", rule="SIM-L001")]
    assert not [r for r in got if "Denn" in r], got


def test_safety_a_phrase_whose_noun_is_taken_up_stays(simp):  # noqa: ANN001
    # safety review 86: "nicht zu einem früheren Zeitpunkt als dem der Stilllegung" had become
    # "nicht früher als dem der Stilllegung" ("dem" lost its noun)
    text = ("Die Kündigung darf nicht zu einem früheren Zeitpunkt als dem der tatsächlichen "
            "Stilllegung ausgesprochen werden.")
    assert not [s for _, s in suggestions(simp, text) if s.replacement == "früher"]
    plain = "Die Kündigung darf nicht zu einem früheren Zeitpunkt ausgesprochen werden."
    assert [s for _, s in suggestions(simp, plain) if s.replacement == "früher"]


def test_safety_genannt_keeps_its_determiner(simp):  # noqa: ANN001
    # safety review 86: "in vorgenannter Angelegenheit" had become "in genannter Angelegenheit"
    text = "In vorgenannter Angelegenheit ergeht folgender Bescheid."
    assert not [s for _, s in suggestions(simp, text) if s.replacement.startswith("genannt")]
    with_article = "Die vorgenannten Personen zahlen die Gebühr."
    assert [s for _, s in suggestions(simp, with_article) if s.replacement == "genannten"]


def test_safety_a_section_number_opens_the_line(simp):  # noqa: ANN001
    # safety reviews 87 and 88: "3.5 Sämtliche Funde" became "3.5 alle Funde", "1.2 Hierzu"
    # became "1.2 dazu"
    text = "3.4 Die Frist läuft.\n3.5 Sämtliche Funde sind zu melden."
    got = [s.replacement for _, s in suggestions(simp, text) if s.replacement.casefold() == "alle"]
    assert got == ["Alle"]


def test_safety_instandsetzung_is_for_review(simp):  # noqa: ANN001
    # safety review 87: "Instandsetzung" is a legal and funding category ("Erhaltung,
    # Instandsetzung oder Wiederherstellung"); "Reparatur" narrowed it four times
    text = "Gefördert werden Erhaltung, Instandsetzung oder Wiederherstellung."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Reparatur" in s.replacement]


def test_safety_the_receiver_comes_before_the_thing(simp):  # noqa: ANN001
    # safety review 88: "Übersenden Sie eine Kopie der Dokumentation dem Gewerbeaufsichtsamt"
    text = ("Bitte lesen Sie dies. Eine Kopie der Dokumentation ist dem Gewerbeaufsichtsamt bis "
            "zu diesem Tag zu übersenden.")
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-P003")]
    assert got and all(r.startswith("Übersenden Sie dem Gewerbeaufsichtsamt eine Kopie")
                       for r in got), got


def test_safety_an_appeal_notice_with_a_copy_to_others_stays_impersonal(simp):  # noqa: ANN001
    # safety review 88: a Sunday-work permit with "Abdruck: Betriebsrat …" had its appeal
    # notice turned into "können Sie … Widerspruch erheben" (the staff may object too)
    text = ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            "erhoben werden.\n\nAbdruck: Betriebsrat der Kessler GmbH")
    assert not [s for _, s in suggestions(simp, text) if "können Sie" in s.replacement]


def test_safety_an_abbreviation_glued_to_the_next_is_not_written_out(simp):  # noqa: ANN001
    # safety review 90: "Flst.Nr." became "FlurstückNr."
    text = "Grundstück: Talstraße 47, Flst.Nr. 245/3"
    assert not [s for _, s in suggestions(simp, text) if "Flurstück" in s.replacement]


def test_safety_a_phrase_joined_to_another_phrase_stays(simp):  # noqa: ANN001
    # safety review 90: "Aus diesem Grund und im Hinblick auf …" became "Deshalb und im
    # Hinblick auf …"
    text = ("Aus diesem Grund und im Hinblick auf die geringe Höhe konnte auf eine Sicherheit "
            "verzichtet werden.")
    assert not [s for _, s in suggestions(simp, text) if s.replacement == "Deshalb"]
    alone = "Aus diesem Grund konnte auf eine Sicherheit verzichtet werden."
    assert [s for _, s in suggestions(simp, alone) if s.replacement == "Deshalb"]


def test_safety_vg_is_not_written_out_in_one_click(simp):  # noqa: ANN001
    # safety review 93: "VG Obere Lahrbach" (a Verbandsgemeinde) became "Verwaltungsgericht"
    text = "Gegen den Bescheid können Sie beim VG klagen."
    got = [s for _, s in suggestions(simp, text) if s.replacement == "Verwaltungsgericht"]
    assert got and not [s for s in got if s.safe]


@pytest.mark.parametrize("text", [
    # safety review 91: the law's words, after "Rechtsgrundlage ist § 12 …" and "Danach"
    "Rechtsgrundlage ist § 12 Abs. 1 LHundG NRW. Danach kann die zuständige Behörde die "
    "notwendigen Anordnungen treffen, um Gefahren, insbesondere Verstöße gegen Vorschriften "
    "dieses Gesetzes, abzuwehren.",
    # and the reasons for one item that open with the law: "Zu Nummer 1: Nach § 7 …"
    "Zu Nummer 1: Nach § 7 Abs. 1 NHundG hat die Fachbehörde Hinweise, insbesondere Bisse, "
    "zu prüfen.",
])
def test_safety_a_restated_law_keeps_its_insbesondere(simp, text):  # noqa: ANN001
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "vor allem"]


def test_safety_a_term_with_its_abbreviation_in_brackets_stays(simp):  # noqa: ANN001
    # safety review 95: "Lichtsignalanlage (LSA)" became "Ampel (LSA)"
    text = "Eine transportable Lichtsignalanlage (LSA) ist aufzustellen."
    assert not [s for _, s in suggestions(simp, text) if "Ampel" in s.replacement]


def test_safety_a_laws_title_keeps_its_words(simp):  # noqa: ANN001
    # safety review 94: "Gesetz zur Kooperation und Information im Kinderschutz (KKG)" had
    # "Kooperation" swapped for "Zusammenarbeit"
    text = "Wir melden das nach dem Gesetz zur Kooperation und Information im Kinderschutz (KKG)."
    assert not [s for _, s in suggestions(simp, text) if s.replacement == "Zusammenarbeit"]


def test_safety_gleichermassen_means_equally(simp):  # noqa: ANN001
    # safety review 94: "gilt für alle Familien gleichermaßen" became "ebenso" ("also")
    text = "Die Regel gilt für alle Familien gleichermaßen."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "ebenso"]


def test_safety_the_unit_that_is_told_comes_first(simp):  # noqa: ANN001
    # safety review 95: "Zeigen Sie den Beginn der Arbeiten der Abt. 66.3 an"
    text = ("Bitte lesen Sie dies. Der Beginn der Arbeiten ist der Abt. 66.3 spätestens zehn "
            "Werktage vorher schriftlich anzuzeigen.")
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-P003")]
    assert got and all("Arbeiten der Abt." not in r for r in got), got


def test_safety_abzueglich_before_an_adjective_in_the_wrong_case(simp):  # noqa: ANN001
    # safety review 96: "abzgl. geleistete Vorauszahlungen" became "abzüglich geleistete …"
    text = "abzgl. geleistete Vorauszahlungen 2024: 280,00 EUR"
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "abzüglich"]


def test_safety_no_pay_order_where_the_office_debits(simp):  # noqa: ANN001
    # safety review 96: "Zahlen Sie die festgesetzten Beträge …" where the notice says the
    # amounts are debited (the reader might pay twice)
    text = ("Die Beträge werden per SEPA-Lastschrift von Ihrem Konto abgebucht.\n\nDie "
            "festgesetzten Beträge sind auch bei Klageerhebung zu den Terminen zu zahlen.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Zahlen Sie" in s.replacement]


def test_safety_adresse_beside_an_e_mail_is_for_review(simp):  # noqa: ANN001
    # safety review 96: "Name und Anschrift" of an objection by e-mail became "Name und Adresse"
    text = "Ein Widerspruch per E-Mail ist nur wirksam, wenn Name und Anschrift angegeben sind."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "Adresse"]


def test_safety_each_grown_up_applies_for_themselves(simp):  # noqa: ANN001
    # safety review 99: "Für jede volljährige Person ist ein eigener Antrag zu stellen" became
    # "… müssen Sie einen eigenen Antrag stellen" (each adult applies, not the reader for them)
    adult = "Für jede volljährige Person ist ein eigener Antrag zu stellen."
    assert not [s for _, s in suggestions(simp, adult) if "müssen Sie" in s.replacement]
    child = "Für jedes Kind ist ein eigener Antrag zu stellen."
    assert [s for _, s in suggestions(simp, child) if "müssen Sie" in s.replacement]


def test_safety_a_new_operator_applies_after_a_change(simp):  # noqa: ANN001
    # safety review 100: "Bei einem Betreiberwechsel ist eine neue Erlaubnis zu beantragen"
    # became "… müssen Sie …" (the new operator applies, not the one who leaves)
    text = "Bei einem Betreiberwechsel ist eine neue Erlaubnis zu beantragen."
    assert not [s for _, s in suggestions(simp, text) if "müssen Sie" in s.replacement]


def test_safety_a_published_ordinance_keeps_its_certificate(simp):  # noqa: ANN001
    # safety review 100: "mit dem hierzu ergangenen Beschluss" in the mayor's certificate of a
    # published parking-fee ordinance became "dazu"
    text = ("ÖFFENTLICHE BEKANNTMACHUNG\nder Stadt Kellberg\n\nVerordnung über Parkgebühren\n\n"
            "Aufgrund des § 6a Abs. 6 StVG hat der Rat der Stadt Kellberg am 3. März 2025 "
            "folgende Verordnung beschlossen:\n\n§ 1 Geltungsbereich\nDiese Verordnung gilt "
            "im Stadtgebiet.\n\nAusfertigung:\nEs wird bestätigt, dass der Inhalt dieser "
            "Verordnung mit dem hierzu ergangenen Beschluss des Rates übereinstimmt.")
    assert not [s for _, s in suggestions(simp, text) if "dazu" in s.replacement]
    own = ("Bekanntmachung der Stadt Kellberg\n\nEs wird bestätigt, dass der Inhalt mit dem "
           "hierzu ergangenen Beschluss des Rates übereinstimmt.")
    assert [s for _, s in suggestions(simp, own) if "dazu" in s.replacement]


def test_safety_a_body_named_with_a_list_of_fields_stays(simp):  # noqa: ANN001
    # findings review 105: "Grünflächen" in "Amt für Umwelt, Klima und Grünflächen" was offered
    # as "Wiesen" or "Parks"; a list that names a person is no body's name ("Grünfläche" left
    # the list later: the same holds for "Liegenschaften")
    def flagged(t: str) -> list:
        return [f for f in simp.analyze(t, "formular").findings if f.rule == "SIM-J001"]
    assert not flagged("Bitte wenden Sie sich an das Amt für Umwelt, Bauen und Liegenschaften.")
    assert flagged("Das Amt für Umwelt, Herrn Maier und die Liegenschaften betrifft das.")


def test_safety_formblatt_is_for_review(simp):  # noqa: ANN001
    # safety reviews 1-114: 41 of 71 one-click swaps "Formblatt" -> "Formular" judged wrong
    # (the law's name of a form: "durch Formblatt nachgewiesen", § 4 SchfHwG)
    text = "Die Arbeiten sind durch Formblatt nachzuweisen. Bitte senden Sie das Formblatt zurück."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Formular" in s.replacement]


def test_safety_a_word_that_heads_a_title_is_not_swapped_in_one_click(simp):  # noqa: ANN001
    # safety review 101: the text's own title names the thing ("Mobilfunknummer des Leiters
    # der Versammlung" as a field's heading); a swap in one place makes two names for it
    titled = ("Mobilfunknummer der Versammlungsleitung und Erreichbarkeit\n\nBitte geben Sie "
              "eine Mobilfunknummer an.")
    assert not [s for _, s in suggestions(simp, titled) if s.safe and "Handy" in s.replacement]
    plain = "Bitte geben Sie eine Mobilfunknummer an."
    assert [s for _, s in suggestions(simp, plain) if s.safe and "Handy" in s.replacement]


def test_safety_u_before_a_reference_level_is_not_und(simp):  # noqa: ANN001
    # safety review 104: "0,8–1,5 m u. GOK" (unter Geländeoberkante) became "… m und GOK"
    text = "Die Probe (0,8–1,5 m u. GOK) war belastet. Sprechzeiten sind montags u. donnerstags."
    subs = [s for _, s in suggestions(simp, text) if s.replacement == "und"]
    assert [s.start for s in subs] == [text.index("u. d")]


def test_safety_als_solcher_keeps_the_passive(simp):  # noqa: ANN001
    # safety review 105: "Der Betriebssitz muss tatsächlich als solcher genutzt werden" became
    # "Sie müssen den Betriebssitz tatsächlich als solcher nutzen" (needs "als solchen")
    text = "Der Betriebssitz muss tatsächlich als solcher genutzt werden."
    assert not [s for _, s in suggestions(simp, text) if "Sie müssen" in s.replacement]


def test_safety_an_installation_is_used_by_whoever_lives_there(simp):  # noqa: ANN001
    # safety review 101: "Die Therme kann … wieder genutzt werden" became "Sie können die
    # Therme … nutzen" in an order to the landlord (the tenant uses it)
    text = "Die Therme kann nach Beseitigung der Mängel wieder genutzt werden."
    assert not [s for _, s in suggestions(simp, text) if "Sie können" in s.replacement]


def test_safety_a_quoted_message_stays_as_sent(simp):  # noqa: ANN001
    # safety review 106: "anbei übersenden wir" in an engineering firm's e-mail quoted below
    # the office's reply became "anbei schicken wir"
    reply = ("Sehr geehrter Herr Lenz,\n\nvielen Dank für Ihre Unterlagen. Wir prüfen den Antrag "
             "und melden uns bis Ende des Monats bei Ihnen. Bitte senden Sie uns noch den "
             "Lageplan im Maßstab 1:500, damit wir die Lage der Anlage beurteilen können.\n\n"
             "Mit freundlichen Grüßen\nKarin Wolf\n\n")
    quoted = ("-----Ursprüngliche Nachricht-----\nVon: Ingenieurbüro Lenz\nGesendet: Montag, "
              "3. März 2025 09:12\nBetreff: Antrag\n\nanbei übersenden wir den Antrag.")
    text = reply + quoted
    assert not [s for _, s in suggestions(simp, text) if s.start >= len(reply)]
    own = reply + "PS: Anbei übersenden wir den Antrag."
    assert [s for _, s in suggestions(simp, own) if "schicken" in s.replacement]


def test_safety_a_register_of_the_office_is_passed_on_by_the_office(simp):  # noqa: ANN001
    # safety review 116: "Die Kaufpreissammlung darf … nur dem zuständigen Finanzamt
    # übermittelt werden" became "Sie dürfen die Kaufpreissammlung … übermitteln" for a buyer
    text = ("Sie erhalten diesen Fragebogen als Erwerber. Die Kaufpreissammlung darf nur dem "
            "zuständigen Finanzamt übermittelt werden.")
    assert not [s for _, s in suggestions(simp, text) if "Sie dürfen" in s.replacement]
    own = ("Sie erhalten diesen Fragebogen als Erwerber. Der Fragebogen kann auch per E-Mail "
           "übermittelt werden.")
    assert [s for _, s in suggestions(simp, own) if "Sie können" in s.replacement]


# -- safety reviews 119 to 122 (fresh sets 129 to 132) ----------------------------------------


@pytest.mark.parametrize(("text", "wrong", "right"), [
    # safety review 120: "längstens nach 31 Tagen" had become "höchstens nach 31 Tagen";
    # reviews 72 and 74: "bis längstens zum 31.08.2027" had become "bis höchstens zum …"
    ("Die Filter sind nach Herstellerangaben, längstens nach 31 Tagen, zu wechseln.",
     "höchstens nach", "spätestens nach"),
    ("Die Rente wird bis längstens zum 31.08.2027 gezahlt.", "bis höchstens", "bis spätestens"),
    # safety review 121: "seit nunmehr über 16 Monaten" had become "seit jetzt über …"
    ("Die Wohnung steht seit nunmehr über 16 Monaten leer.", "seit jetzt", "seit über"),
])
def test_safety_a_limit_in_time_is_a_deadline(simp, text, wrong, right):  # noqa: ANN001
    applied = [text[:s.start] + s.replacement + text[s.end:] for _, s in suggestions(simp, text)]
    assert not [a for a in applied if wrong in a]
    assert [a for a in applied if right in a]
    # a duration keeps the plain swap: "gilt längstens ein Jahr" -> "höchstens ein Jahr"
    assert [s for _, s in suggestions(simp, "Die Erlaubnis gilt längstens ein Jahr.")
            if s.safe and s.replacement == "höchstens"]


def test_safety_the_object_does_not_split_an_adverb_from_its_phrase(simp):  # noqa: ANN001
    # safety review 121: "Eine Verlängerung kann rechtzeitig vor Fristablauf beantragt werden"
    # had become "Sie können rechtzeitig eine Verlängerung vor Fristablauf beantragen"
    text = "Eine Verlängerung kann rechtzeitig vor Fristablauf beantragt werden."
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-P002")]
    assert got == ["Sie können eine Verlängerung rechtzeitig vor Fristablauf beantragen."], got
    alone = "Eine Verlängerung kann rechtzeitig beantragt werden."
    got = [s.replacement for _, s in suggestions(simp, alone, rule="SIM-P002")]
    assert got == ["Sie können rechtzeitig eine Verlängerung beantragen."], got


def test_safety_sog_before_a_quoted_compound_needs_its_ending(simp):  # noqa: ANN001
    # safety review 125: "sog. „Schwarz-Weiß-Prinzip“" had become "sogenannt „Schwarz-…“"
    text = "Die Tiere stehen außerhalb des Stallbereiches (sog. „Schwarz-Weiß-Prinzip“)."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "sogenannt"]


def test_safety_a_numbered_question_is_no_duty(simp):  # noqa: ANN001
    # safety review 125: "13. Wie ist eine Tierhaltung abzumelden?" had become "13. Melden Sie
    # Wie eine Tierhaltung ab?"
    assert not [s for _, s in suggestions(simp, "13. Wie ist eine Tierhaltung abzumelden?")]


def test_safety_geldbetrag_is_not_cut_in_one_click(simp):  # noqa: ANN001
    # safety review 124: "Eine Ablösung durch Geldbetrag ist … nicht vorgesehen" had become
    # "durch Betrag"; "Zahlung eines Geldbetrages" -> "eines Betrages" was not simpler
    text = "Eine Ablösung durch Geldbetrag ist nach der Bauvorschrift nicht vorgesehen."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "Betrag"]


def test_safety_a_permits_conditions_stay_impersonal(simp):  # noqa: ANN001
    # safety reviews 121 and 123: "3.2 Der Ersatzwohnraum ist … zur Verfügung zu stellen" and
    # "4.6 Die Bescheinigung ist … vorzulegen" under "Nebenbestimmungen" had become "Stellen
    # Sie …" and "Legen Sie … vor" ("the condition also binds a later owner")
    head = "Sehr geehrte Frau Berg,\n\nSie erhalten die Erlaubnis.\n\n4. Nebenbestimmungen\n"
    text = (head + "4.1 Die Anlage ist jährlich zu warten.\n"
            "4.2 Die Bescheinigung ist dem Landratsamt unaufgefordert vorzulegen.\n")
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Sie" in s.replacement]
    # the same duty in the letter's own text keeps its one-click edit
    own = ("Sehr geehrte Frau Berg,\n\nDie Bescheinigung ist dem Landratsamt unaufgefordert "
           "vorzulegen.\n")
    assert [s for _, s in suggestions(simp, own) if s.safe and "Legen Sie" in s.replacement]
    # a section with a Roman numeral and a remark (safety review 211: "II. Nebenbestimmungen
    # (Auszug der wesentlichen Regelungen)" / "1.2 … Die Entsorgungsnachweise sind vorzulegen"
    # had become "Legen Sie die Entsorgungsnachweise vor")
    roman = ("Sehr geehrter Herr Stein,\n\nSie erhalten die Genehmigung.\n\n"
             "II. Nebenbestimmungen (Auszug der wesentlichen Regelungen)\n1. Rückbau\n"
             "1.1 Die Altanlagen sind zurückzubauen.\n"
             "1.2 Die Abfälle sind zu entsorgen. Die Entsorgungsnachweise sind vorzulegen.\n")
    assert not [s for _, s in suggestions(simp, roman) if s.safe and "Sie" in s.replacement]


# -- safety reviews 127 to 129 (fresh sets 137 to 139) ----------------------------------------


def test_safety_personal_data_in_a_notice_are_passed_on_by_the_office(simp):  # noqa: ANN001
    # safety review 127: in a grant form's data-protection notice "Die Daten können dem
    # Rechnungsprüfungsamt … übermittelt werden" had become "Sie können die Daten …
    # übermitteln": the city passes them on, not the applicant
    text = ("4. Eine Fristverlängerung ist vor Ablauf der Frist schriftlich zu beantragen.\n\n"
            "Datenschutzhinweis\nDie Stadtverwaltung Elsterau verarbeitet die in diesem Vordruck "
            "enthaltenen personenbezogenen Daten zur Prüfung der Verwendung der Zuwendung auf "
            "Grundlage von Art. 6 Abs. 1 Buchst. c und e DSGVO. Die Daten können dem "
            "Rechnungsprüfungsamt der Stadt Elsterau zur Prüfung übermittelt werden. Weitere "
            "Informationen, insbesondere zu Ihren Rechten nach Art. 15 bis 21 DSGVO, entnehmen "
            "Sie bitte den Datenschutzhinweisen zum Förderantrag.\n")
    assert not [s for _, s in suggestions(simp, text)
                if s.safe and "Sie können die Daten" in s.replacement]
    # outside such a notice the reader may send the data ("Sie können die Daten … übermitteln")
    own = ("Bitte füllen Sie den Vordruck aus. Die Daten können auch elektronisch übermittelt "
           "werden.")
    assert [s for _, s in suggestions(simp, own) if s.safe and "Sie können" in s.replacement]


def test_safety_a_town_s_name_stays_with_its_phrase(simp):  # noqa: ANN001
    # safety review 131: "Die Erlaubnisurkunde vom 14.06.2021 ist … an die Stadt Wendenau
    # zurückzugeben" had become "… müssen Sie Wendenau … an die Stadt zurückgeben"
    text = ("Die Erlaubnisurkunde vom 14.06.2021 ist binnen zwei Wochen nach Zustellung dieses "
            "Bescheides an die Stadt Wendenau zurückzugeben.")
    assert not [s for _, s in suggestions(simp, text) if "Sie Wendenau" in s.replacement]
    fronted = "Nach Ablauf der Frist ist bei der Stadt Wendenau ein neuer Antrag zu stellen."
    assert [s for _, s in suggestions(simp, fronted)
            if "müssen Sie einen neuen Antrag bei der Stadt Wendenau stellen" in s.replacement]


# -- safety review 133 (fresh set 143: private wells) ------------------------------------------


def test_safety_conditions_a_sentence_leads_into_stay_impersonal(simp):  # noqa: ANN001
    # safety review 133: a hearing letter quotes a permit's old conditions after "Die Erlaubnis
    # wurde mit folgenden Auflagen versehen:"; "- Nr. 3.2: Die Jahresentnahmemenge ist … der
    # unteren Wasserbehörde mitzuteilen" had become "Teilen Sie … mit", a new instruction
    head = ("Sehr geehrte Frau Lenzen,\n\nmit Bescheid vom 18.04.2016 wurde Ihnen die Erlaubnis "
            "erteilt, Grundwasser zu entnehmen. Die Erlaubnis wurde mit folgenden Auflagen "
            "versehen:\n\n")
    text = head + ("- Nr. 3.1: Die entnommene Wassermenge ist mit einem Wasserzähler zu erfassen.\n"
                   "- Nr. 3.2: Die Jahresentnahmemenge ist der unteren Wasserbehörde bis zum "
                   "31. Januar des Folgejahres mitzuteilen.\n")
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Sie" in s.replacement]
    # after the list, the letter's own request keeps its one-click edit
    own = text + ("\nDiese Auflage haben Sie nicht erfüllt. Der Zählerstand ist der unteren "
                  "Wasserbehörde bis zum 15. Mai 2025 mitzuteilen.\n")
    assert [s for _, s in suggestions(simp, own) if s.safe and "Teilen Sie" in s.replacement]


# -- safety reviews 134 to 136 (fresh sets 144 to 146) ----------------------------------------


def test_safety_a_preposition_used_as_adverb_keeps_its_word(simp):  # noqa: ANN001
    # safety review 136: "Zuzüglich sind Auslagen … zu erstatten" had become "Plus sind
    # Auslagen …": "plus" replaces "zuzüglich" only before the phrase it governs
    text = "Die Gebühr beträgt 25 Euro. Zuzüglich sind Auslagen in Höhe von 3,50 Euro zu erstatten."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Plus" in s.replacement]
    own = "Die Miete beträgt 450 Euro zuzüglich Nebenkosten."
    assert [s for _, s in suggestions(simp, own) if s.safe and s.replacement == "plus"]


# -- safety review 137 (fresh set 147: raffles and collections) --------------------------------


def test_safety_a_noun_pair_after_one_preposition_stays(simp):  # noqa: ANN001
    # "zur Abholung und Verteilung von Lebensmitteln" had become "zum Abholen und Verteilung"
    text = "Das Fahrzeug dient zur Abholung und Verteilung von Lebensmitteln."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "zum Abholen" in s.replacement]
    alone = "Ihr Ausweis liegt zur Abholung bereit."
    assert [s for _, s in suggestions(simp, alone) if s.safe and s.replacement == "zum Abholen"]


def test_safety_money_paid_to_the_reader_is_not_paid_by_the_reader(simp):  # noqa: ANN001
    # "Die Bezahlung erfolgt … an ein auf Ihren Namen geführtes Konto" had become "Sie
    # bezahlen …": the ticket buyers pay, the reader receives
    text = ("Sehr geehrter Herr Lang,\n\nSie verkaufen Lose im Internet. Die Bezahlung erfolgt "
            "über einen Bezahldienst an ein auf Ihren Namen geführtes Konto.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Sie bezahlen" in s.replacement]


def test_safety_a_heading_that_states_a_rule_stays_a_heading(simp):  # noqa: ANN001
    # "Grund 2: Das Geld muss ganz für einen guten Zweck verwendet werden" (a heading) had
    # become "Sie müssen das Geld … verwenden.", an order to the reader
    text = ("Sehr geehrter Herr Lang,\n\nwir wollen Ihren Antrag ablehnen.\n\nGrund 2: Das Geld "
            "muss ganz für einen guten Zweck verwendet werden\n\nDer Verein behält einen Teil.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Sie müssen" in s.replacement]
    own = ("Sehr geehrter Herr Lang,\n\nDas Geld muss ganz für einen guten Zweck verwendet "
           "werden.\n")
    assert [s for _, s in suggestions(simp, own) if s.safe and "Sie müssen" in s.replacement]


# -- safety review 139 (fresh set 149: funfairs and showmen) -----------------------------------


def test_safety_an_adjective_without_article_takes_the_object_case(simp):  # noqa: ANN001
    # "Vorläufiger Rechtsschutz kann … beantragt werden" had become "Sie können vorläufiger
    # Rechtsschutz … beantragen"
    text = ("Sehr geehrter Herr Lang,\n\nwir lehnen ab.\n\nVorläufiger Rechtsschutz kann beim "
            "Verwaltungsgericht beantragt werden.\n")
    got = [s.replacement for _, s in suggestions(simp, text) if s.safe]
    assert not [r for r in got if "vorläufiger Rechtsschutz" in r], got
    assert [r for r in got if "Sie können vorläufigen Rechtsschutz" in r], got


def test_safety_a_word_the_text_defines_keeps_its_form(simp):  # noqa: ANN001
    # "Untersagen heißt: …" had become "Verbieten heißt: …", after a sentence that named the
    # legal term: the definition lost the word it explains
    text = ("Sehr geehrter Herr Lang,\n\nwir wollen Ihnen die Teilnahme untersagen. Untersagen "
            "heißt: Sie dürfen nicht teilnehmen.\n")
    found = [f for f in simp.analyze(text, "brief").findings if f.rule == "SIM-J001"]
    assert [f.start for f in found] == [text.index("untersagen")]


# -- safety review 132 (fresh set 142: citizen participation, left open until session 31) -----


def test_safety_no_adverb_for_an_embedded_nouns_attribute(simp):  # noqa: ANN001
    # "überwiegt das Interesse am Fortbestand der Erlaubnis in vollem Umfang" had become
    # "… der Erlaubnis vollständig": the whole permit became "outweighs completely"
    text = ("Das öffentliche Interesse überwiegt das Interesse des Erlaubnisnehmers am "
            "Fortbestand der Erlaubnis in vollem Umfang.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "vollständig"]
    verb = "Wir übernehmen die Kosten in vollem Umfang."
    assert [s for _, s in suggestions(simp, verb) if s.safe and s.replacement == "vollständig"]


# -- safety review 144 (fresh set 154: wind energy) --------------------------------------------


def test_safety_no_cause_beside_a_contrast(simp):  # noqa: ANN001
    # "Vor diesem Hintergrund ist jedoch sicherzustellen …" had become "Deshalb ist jedoch …"
    text = "Vor diesem Hintergrund ist jedoch sicherzustellen, dass die Stadt nichts verspricht."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "Deshalb"]
    plain = "Vor diesem Hintergrund lehnen wir den Antrag ab."
    assert [s for _, s in suggestions(simp, plain) if s.safe and s.replacement == "Deshalb"]


# -- safety review 146 (fresh set 156: tourist and accommodation taxes) ------------------------


def test_safety_no_duty_from_a_phrase_that_points_back(simp):  # noqa: ANN001
    # "Ein entsprechender Nachweis ist bis zum 31. März zu erbringen" (proof for an exemption
    # the sentence before describes) had become "Erbringen Sie einen entsprechenden Nachweis
    # …", a duty of readers who never claimed the exemption
    text = ("Eine Befreiung kommt nur in Betracht, wenn die Wohnung das ganze Jahr vermietet "
            "ist. Ein entsprechender Nachweis ist bis zum 31. März des Folgejahres zu erbringen.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Erbringen Sie" in
                s.replacement]
    plain = "Der Nachweis ist bis zum 31. März des Folgejahres zu erbringen."
    assert [s for _, s in suggestions(simp, plain) if s.safe and "Erbringen Sie" in s.replacement]


# -- safety review 147 (fresh set 157: restaurants and bars) -----------------------------------


def test_safety_numbered_field_is_no_subject(simp):  # noqa: ANN001
    # "Bei juristischen Personen ist bei Feld Nr. 3 bis 9 der gesetzliche Vertreter anzugeben"
    # had become "… müssen Sie Nr. bei Feld 3 bis 9 der gesetzliche Vertreter angeben": "Nr."
    # was read as the subject and the real one stayed in the nominative
    text = "Bei juristischen Personen ist bei Feld Nr. 3 bis 9 der gesetzliche Vertreter anzugeben."
    rewrites = [s.replacement for _, s in suggestions(simp, text) if s.kind == "rewrite"]
    assert rewrites
    assert all("Sie Nr." not in r and "der gesetzliche Vertreter" not in r for r in rewrites)


# -- safety review 148 (fresh set 158: measles protection) -------------------------------------


def test_safety_the_case_of_another_person_is_no_duty_of_the_reader(simp):  # noqa: ANN001
    # notes for the certifying doctor: "In diesem Fall ist das Zeugnis … zu übersenden", after
    # "…, sofern die Patientin … nicht wünscht", had become "In diesem Fall müssen Sie …": the
    # doctor's duty, where the patient sends it
    text = ("Hinweise für die Ärztin\n\nDer Einrichtungsleitung ist das Zeugnis ohne Teil 3.2 "
            "vorzulegen, sofern die Patientin die Offenlegung nicht wünscht. In diesem Fall ist "
            "das vollständige Zeugnis unmittelbar dem Gesundheitsamt zu übersenden.")
    assert not [s for _, s in suggestions(simp, text) if "müssen Sie" in s.replacement]
    # the reader's own case: the rewrite stays
    own = ("Sie können Widerspruch einlegen, wenn Sie nicht einverstanden sind. In diesem Fall "
           "ist eine Kopie des Bescheids beizufügen.")
    assert [s for _, s in suggestions(simp, own) if s.safe and "müssen Sie" in s.replacement]


# -- safety review 149 (fresh set 159: film and photo shoots) ----------------------------------


def test_safety_an_agent_with_an_extended_attribute_acts_itself(simp):  # noqa: ANN001
    # "Die Erklärung ist von einer zur Vertretung der Produktionsfirma berechtigten Person zu
    # unterzeichnen" had become "Unterzeichnen Sie die Erklärung von einer … Person"
    text = ("Die Erklärung ist von einer zur Vertretung der Produktionsfirma berechtigten Person "
            "zu unterzeichnen.")
    assert not [s for _, s in suggestions(simp, text) if "Unterzeichnen Sie" in s.replacement]
    plain = "Die Erklärung ist bis zum 3. Mai zu unterzeichnen."
    assert [s for _, s in suggestions(simp, plain) if s.safe and "Unterzeichnen Sie" in
            s.replacement]


# -- safety review 154 (fresh set 164: heritable building rights) ------------------------------


def test_safety_an_entry_in_a_public_register_is_made_by_its_keeper(simp):  # noqa: ANN001
    # a contract offer: "Der Erbbauzins ist als Reallast … im Erbbaugrundbuch einzutragen" had
    # become "Tragen Sie den Erbbauzins … ein", a task of the land registry
    text = ("Der Erbbauzins ist als Reallast an erster Rangstelle im Erbbaugrundbuch "
            "einzutragen.")
    assert not [s for _, s in suggestions(simp, text) if "Tragen Sie" in s.replacement]
    form = "Die Änderung ist bis zum 3. Mai in das Formular einzutragen."
    assert [s for _, s in suggestions(simp, form) if s.safe and "Tragen Sie" in s.replacement]


# -- safety review 155 (fresh set 165: supervision of foundations) ------------------------------


def test_safety_a_request_in_a_tick_box_option_is_the_readers_own(simp):  # noqa: ANN001
    # "[ ] … Es wird gebeten, die Änderung nach Genehmigung dem Finanzamt mitzuteilen": the
    # applicant asks the office; "Bitte teilen Sie … mit" made it the applicant's task
    text = ("7. Steuerliche Prüfung\n[ ] Eine Stellungnahme des Finanzamts liegt noch nicht "
            "vor. Es wird gebeten, die Änderung nach Genehmigung dem Finanzamt mitzuteilen.\n")
    assert not [s for _, s in suggestions(simp, text) if "Bitte teilen Sie" in s.replacement]
    letter = "Es wird gebeten, die Änderung dem Finanzamt mitzuteilen."
    assert [s for _, s in suggestions(simp, letter) if s.safe and "Bitte teilen Sie" in
            s.replacement]


# -- safety review 157 (fresh set 167: children at work) ----------------------------------------


def test_safety_a_task_the_text_gives_a_named_third_party_is_not_the_readers(simp):  # noqa: ANN001
    # a parents' leaflet: "Die Ausnahme muss vorher beim Landesamt beantragt werden." and,
    # later, "Den Antrag stellt der Betrieb." The rewrite "Sie müssen die Ausnahme …
    # beantragen" gave the parents the company's task
    task = "Die Ausnahme muss vorher beim Landesamt beantragt werden. "
    for who in ("Den Antrag stellt der Betrieb.", "Die Ausnahme beantragt die Schule.",
                "Wenn die Produktionsfirma die Ausnahme beantragt, prüfen wir die Unterlagen."):
        assert not [s for _, s in suggestions(simp, task + who) if "Sie müssen" in
                    s.replacement], who
    # past events and the reader's own steps do not move the task
    for other in ("Der Betrieb beantragte sie im Mai.", "Den Antrag stellen Sie online.",
                  "Das Landesamt prüft den Antrag."):
        assert [s for _, s in suggestions(simp, task + other) if s.safe and "Sie müssen" in
                s.replacement], other


# -- safety review 158 (fresh set 168: chimneys and fireplaces) ---------------------------------


def test_safety_a_term_of_a_cited_rules_title_is_not_swapped(simp):  # noqa: ANN001
    # a funding programme's page cites "Richtlinie … zur Förderung klimafreundlicher
    # Heizungsanlagen in Wohngebäuden (Förderrichtlinie „Saubere Wärme“)"; "Wohngebäuden" in
    # its title and in "Antragsberechtigt sind Eigentümer von Wohngebäuden" had become
    # "Wohnhäusern": the page no longer matched the guideline
    title = ("Rechtsgrundlage ist die Richtlinie des Landkreises Auenfeld zur Förderung "
             "klimafreundlicher Heizungsanlagen in Wohngebäuden (Förderrichtlinie „Saubere "
             "Wärme“) vom 12. Dezember 2024.")
    who = "Antragsberechtigt sind Eigentümer von selbst genutzten Wohngebäuden im Landkreis."
    text = f"{who}\n\n{title}"
    assert not [s for _, s in suggestions(simp, text) if "Wohnh" in s.replacement]
    # and outside a title "Wohngebäude" is the funding rule's category, which "Wohnhaus" (a
    # house) narrows: "Eigentümer von Wohngebäuden" then seemed to exclude blocks of flats
    # (safety review 206: 7 of 7 such swaps wrong in meaning; findings reviews 36-214: none
    # of 7 such hints worth the time); the word is no Amtsdeutsch
    assert not [f for f in simp.analyze(who).findings if f.text.startswith("Wohngebäude")]
    assert not [s for _, s in suggestions(simp, who) if "Wohnh" in s.replacement]


# -- safety review 163 (fresh set 173: contaminated land) ---------------------------------------


def test_safety_a_citation_with_satz_stays_whole(simp):  # noqa: ANN001
    # "sind gemäß § 15 Abs. 2 Satz 2 BBodSchG fünf Jahre lang aufzubewahren" had become
    # "müssen Sie Satz gemäß § 15 Abs. 2 2 BBodSchG …": "Satz" of the citation was taken
    # for a noun phrase of the sentence
    text = ("Sehr geehrte Frau Weber,\n\ndie Aufzeichnungen über die Eigenkontrollmaßnahmen sind "
            "gemäß § 15 Abs. 2 Satz 2 "
            "BBodSchG {}.")
    for rest in ("fünf Jahre lang aufzubewahren", "bis zum 3. Mai vorzulegen"):
        for _, s in suggestions(simp, text.format(rest)):
            if "Sie" in s.replacement:
                assert "gemäß § 15 Abs. 2 Satz 2 BBodSchG" in s.replacement, s.replacement
    short = ("Sehr geehrte Frau Weber,\n\ndie Aufzeichnungen sind gemäß § 15 Abs. 2 Satz 2 "
             "BBodSchG bis zum 3. Mai vorzulegen.")
    assert [s for _, s in suggestions(simp, short) if s.safe and "Legen Sie die Aufzeichnungen "
            "gemäß § 15 Abs. 2 Satz 2 BBodSchG bis zum 3. Mai vor." in s.replacement]


# -- safety review 168 (fresh set 178: bee health) ----------------------------------------------


def test_safety_an_office_units_number_stays_with_its_name(simp):  # noqa: ANN001
    # "Die Durchführung ist dem Fachdienst 39 unverzüglich schriftlich anzuzeigen." had become
    # "Zeigen Sie dem Fachdienst die Durchführung 39 …": the unit's number was left behind
    text = ("Sehr geehrter Herr Brandt,\n\ndie Durchführung ist dem Fachdienst 39 unverzüglich "
            "schriftlich anzuzeigen.")
    got = [s.replacement for _, s in suggestions(simp, text, rule="SIM-P003") if s.safe]
    assert got and all("dem Fachdienst 39 die Durchführung" in r for r in got), got
    # a number that counts the noun after it is no name: "dem Amt 3 Kopien"
    counted = "Sehr geehrter Herr Brandt,\n\nder Antrag ist dem Bauamt 3 Kopien beizufügen."
    assert not [s for _, s in suggestions(simp, counted, rule="SIM-P003")
                if s.safe and "Bauamt 3 den" in s.replacement]


def test_safety_an_adverb_does_not_replace_a_nouns_phrase(simp):  # noqa: ANN001
    # safety review 167: "ein Recht zur Beendigung der Beauftragung mit sofortiger Wirkung"
    # became "… der Beauftragung ab sofort": now the time the right is given
    text = ("Der Vertrag sieht in § 9 für diesen Fall ein Recht zur Beendigung der Beauftragung "
            "mit sofortiger Wirkung vor.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "ab sofort"]
    verb = "Die Straße ist mit sofortiger Wirkung gesperrt."
    assert [s for _, s in suggestions(simp, verb) if s.safe and s.replacement == "ab sofort"]


# -- safety review 169 (fresh set 179: gambling halls) ------------------------------------------


def test_safety_a_reason_is_no_task_for_the_reader(simp):  # noqa: ANN001
    # "Eine Sperre kann nämlich jederzeit neu eingetragen werden" (by a player or a provider)
    # became "Sie können eine Sperre nämlich jederzeit neu eintragen" to the arcade's operator
    text = ("Sehr geehrter Herr Akgül,\n\nSie müssen jeden Gast vor dem Spielen prüfen. Eine "
            "Sperre kann {}jederzeit neu eingetragen werden.")
    assert not [s for _, s in suggestions(simp, text.format("nämlich "))
                if s.safe and "Sie können" in s.replacement]
    plain = text.format("")
    assert [s for _, s in suggestions(simp, plain) if s.safe and "Sie können" in s.replacement]


def test_safety_no_pay_order_to_one_of_joint_debtors(simp):  # noqa: ANN001
    # safety reviews 64 and 85: "Der Gesamtbetrag ist jedoch nur einmal zu zahlen" among
    # joint debtors became "Zahlen Sie den Gesamtbetrag jedoch nur einmal" to one heir
    joint = ("Sehr geehrter Herr Brandt,\n\nnach § 2058 BGB haften mehrere Erben als "
             "Gesamtschuldner. Der Gesamtbetrag ist jedoch nur einmal zu zahlen.")
    assert not [s for _, s in suggestions(simp, joint) if s.safe and "Zahlen Sie" in s.replacement]
    alone = "Sehr geehrter Herr Brandt,\n\nder Gesamtbetrag ist bis zum 3. Mai zu zahlen."
    assert [s for _, s in suggestions(simp, alone) if s.safe and "Zahlen Sie" in s.replacement]


# -- safety review 170 (fresh set 180: pharmacies) ----------------------------------------------


def test_safety_a_bracketed_ending_stays_with_its_word(simp):  # noqa: ANN001
    # "Website(s)" had become "Internetseite(s)": the plural marker belongs to the old word
    text = "Bitte geben Sie die Adresse Ihrer {} an."
    assert not [s for _, s in suggestions(simp, text.format("Website(s)"))
                if s.safe and s.replacement == "Internetseite"]
    assert [s for _, s in suggestions(simp, text.format("Website"))
            if s.safe and s.replacement == "Internetseite"]


# -- safety reviews 173 and 174 (fresh sets 183: water law, 184: school transport) ---------------


def test_safety_no_siehe_inside_a_unit(simp):  # noqa: ANN001
    # "2,5 l/s." (litres per second, at a sentence's end) had become "2,5 l/siehe"
    text = "Die Entnahme ist auf höchstens 2,5 l/s. Mehr ist nicht erlaubt."
    assert not [f for f in simp.analyze(text).findings if f.text == "s."]


def test_safety_no_singular_before_plural_numbers(simp):  # noqa: ANN001
    # "Flst. Nrn. 118 und 118/1" had become "Flurstück Nrn. …": two plots
    text = ("Sehr geehrter Herr Schoch,\n\nfür das Bauvorhaben „Am Stadtgarten“ ({} 118 und "
            "118/1, Gemarkung Talheim) setzen wir die Gebühr fest.")
    assert not [s for _, s in suggestions(simp, text.format("Flst. Nrn."))
                if s.safe and s.replacement == "Flurstück"]


def test_safety_no_reader_order_where_the_duty_names_its_actor(simp):  # noqa: ANN001
    # "Die nachstehende Erklärung ist von allen an der Fahrgemeinschaft beteiligten
    # Erziehungsberechtigten abzugeben" had become "Geben Sie die … Erklärung von allen …
    # ab": the parents named as actors ("allen" is read as a pronoun before the attribute)
    text = ("Bitte füllen Sie das Formular aus. Die nachstehende Erklärung ist von allen an "
            "der Fahrgemeinschaft beteiligten Erziehungsberechtigten abzugeben.")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-P003") if s.safe]


# -- safety review 181 (fresh set 191: elections) ------------------------------------------------


def test_safety_a_genitive_pronoun_keeps_its_preposition(simp):  # noqa: ANN001
    # "eine Auskunft …, ausweislich derer Sie dort … eingetragen worden sind" had become
    # "laut derer": "laut" wants "der" there
    _one_click_only_in(simp, "Wir haben eine Auskunft der Gemeinde Ostrup eingeholt, "
                       "ausweislich derer Sie dort im Wählerverzeichnis eingetragen waren.",
                       "Der Betrag wurde ausweislich dieser Quittung bezahlt.", "laut")


# -- safety reviews 191 to 193 (fresh sets 201: noise control, 202: property tax, 203: trees) ----


def test_safety_a_remedys_form_is_no_order_to_use_it(simp):  # noqa: ANN001
    # "Der Einspruch ist unter Angabe des Aktenzeichens einzulegen" had become "Legen Sie den
    # Einspruch … ein": the form of an optional remedy read as an order to object
    text = ("Sehr geehrte Frau Rademacher,\n\ngegen diesen Bescheid ist der Einspruch gegeben. "
            "Der Einspruch ist unter Angabe des Aktenzeichens einzulegen.")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-P003") if s.safe]


def test_safety_money_the_reader_pays_is_spent_by_the_office(simp):  # noqa: ANN001
    # "Die Ausgleichszahlung ist … zweckgebunden für Baumpflanzungen zu verwenden" had become
    # "Verwenden Sie die Ausgleichszahlung …" to the man who pays it
    text = ("Sehr geehrter Herr Gläser,\n\nwir setzen eine Ausgleichszahlung von 2.400 Euro fest. "
            "Die Ausgleichszahlung ist zweckgebunden für Baumpflanzungen zu verwenden.")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-P003") if "Sie" in s.replacement]
    grant = "Sehr geehrter Herr Gläser,\n\ndie Fördermittel sind zweckgebunden zu verwenden."
    assert [s for _, s in suggestions(simp, grant, rule="SIM-P003") if s.safe]


def test_safety_no_amount_word_before_a_deferred_date(simp):  # noqa: ANN001
    # "längstens jedoch bis zum 30.11.2026" had become "höchstens jedoch bis zum …"
    text = ("Die Ersatzpflanzung hat in der ersten Pflanzperiode, längstens jedoch bis zum "
            "30.11.2026, zu erfolgen.")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-J001")
                if s.replacement == "höchstens"]


# -- safety reviews 194 and 195 (fresh sets 204: education benefits, 205: social housing) -----


def test_safety_a_dated_agreement_keeps_its_title(simp):  # noqa: ANN001
    # "gemäß Rahmenvereinbarung über die Mittagsverpflegung an Schulen und
    # Kindertageseinrichtungen vom 01.08.2023" had become "… an Schulen und Kitas vom …"
    title = ("Rahmenvereinbarung über die Mittagsverpflegung an Schulen und "
             "Kindertageseinrichtungen vom 01.08.2023")
    text = f"Sehr geehrte Damen und Herren,\n\nwir rechnen gemäß {title} ab."
    start = text.index(title)
    assert not [s for _, s in suggestions(simp, text)
                if s.safe and start <= s.start < start + len(title)]
    plain = "Sehr geehrte Damen und Herren,\n\ndie Kindertageseinrichtungen erhalten das Essen."
    assert [s for _, s in suggestions(simp, plain) if s.safe and s.replacement == "Kitas"]


def test_safety_the_sentence_that_names_a_short_form_keeps_it(simp):  # noqa: ANN001
    # "Die Abkürzung ist WBS." had become "Die Abkürzung ist Wohnberechtigungsschein."
    text = ("Dafür gibt es den Wohnberechtigungsschein. Die Abkürzung ist WBS. Den WBS "
            "bekommen Sie bei der Stadt.")
    short = text.index("WBS.")
    assert not [s for _, s in suggestions(simp, text) if s.start == short]


# -- safety review 201 (fresh set 211: school assistants) -----------------------------------------


def test_safety_a_web_pages_navigation_path_keeps_its_menu_names(simp):  # noqa: ANN001
    # "www.landkreis-steinachtal.de › Wirtschaft & Kooperation › …" had become "… &
    # Zusammenarbeit › …": the path no longer matched the menu
    path = "www.landkreis-steinachtal.de › Wirtschaft & Kooperation › Schulbegleitung"
    text = path + "\n\nWir suchen die Kooperation mit Trägern."
    assert not [s for _, s in suggestions(simp, text) if s.start < len(path)]
    assert [s for _, s in suggestions(simp, text) if s.safe and s.start > len(path)]


# -- safety reviews 203 and 204 (fresh sets 213 and 214: street cleaning, disability office) ----


def test_safety_the_end_of_a_period_keeps_its_exact_moment(simp):  # noqa: ANN001
    # "Die Frist beginnt mit Ablauf des Kalenderjahres" had become "am Ende des
    # Kalenderjahres": read as "late in the year", the deadline's start is vague
    period = "Die Verjährungsfrist beginnt mit Ablauf des Kalenderjahres, in dem sie entsteht."
    assert not [s for _, s in suggestions(simp, period)
                if s.safe and s.replacement.startswith("am Ende")]
    day = "Die Erlaubnis endet mit Ablauf des 31.12.2026."
    assert [s for _, s in suggestions(simp, day) if s.safe and s.replacement == "am Ende des"]


def test_safety_an_abbreviated_column_label_stays(simp):  # noqa: ANN001
    # a form's table header "lfd. | Gesundheitsstörung …" with "Nr." on the next line had
    # become "laufend | …": the label's adjective lost the ending its noun needs
    table = ("Angaben zu den Gesundheitsstörungen\n\n"
             "lfd. | Gesundheitsstörung / Beschwerden | seit (Jahr) | Ärztin/Arzt\n"
             "Nr.  |                                  |             |\n")
    assert not [s for _, s in suggestions(simp, table) if s.safe and s.replacement == "laufend"]
    prose = "Die Zahlung erfolgt mtl. auf Ihr Konto."
    assert [s for _, s in suggestions(simp, prose) if s.safe and s.replacement == "monatlich"]


# -- safety review 209 (fresh set 219: posters and street use) -----------------------------------


def test_safety_a_summons_address_stays_a_term(simp):  # noqa: ANN001
    # "ladungsfähige Anschrift" had become "ladungsfähige Adresse": a fixed legal term broken,
    # and its hard word left unexplained; the term is explained instead
    text = "Bitte geben Sie in der Klage eine ladungsfähige Anschrift an."
    assert not [s for _, s in suggestions(simp, text) if s.replacement == "Adresse"]
    assert [f for f in simp.analyze(text).findings
            if f.rule == "SIM-J006" and f.text == "ladungsfähige Anschrift"]
    assert [s for _, s in suggestions(simp, "Ihre Anschrift hat sich geändert?")
            if s.safe and s.replacement == "Adresse"]


# -- safety reviews 215 and 218 (fresh sets 225 and 228: trade tax, blind allowance) ------------


def test_safety_who_acts_for_the_person_keeps_the_duty(simp):  # noqa: ANN001
    # "Der Antrag ist von den Sorgeberechtigten zu stellen" had become "Stellen Sie den
    # Antrag": the rule that the parents apply was lost
    text = "Für Kinder gilt: Der Antrag ist von den Sorgeberechtigten zu stellen."
    got = [s for _, s in suggestions(simp, text) if s.safe]
    assert not [s for s in got if "Stellen Sie" in s.replacement]
    own = "Der Antrag ist vom Antragsteller bis Mai zu unterschreiben."
    got = [s for _, s in suggestions(simp, own) if s.safe]
    assert [s for s in got if "Unterschreiben Sie" in s.replacement]


def test_safety_terms_of_another_field_keep_their_words(simp):  # noqa: ANN001
    # "Lichtsignalanlagen" (flashing-light signals for deaf people) had become "Ampeln", and
    # "unrichtige Sachbehandlung" (a term of the costs law) "unrichtige Bearbeitung"
    aids = "Als Hilfsmittel gelten Lichtsignalanlagen für Türklingel und Telefon."
    costs = "Kosten, die bei unrichtiger Sachbehandlung entstanden sind, werden nicht erhoben."
    for text in (aids, costs):
        assert not [s for _, s in suggestions(simp, text)
                    if s.safe and s.replacement in {"Ampeln", "Bearbeitung"}]
    road = "An der Lichtsignalanlage gilt Tempo 30."
    assert [s for _, s in suggestions(simp, road) if s.safe and s.replacement == "Ampel"]


# -- safety reviews 219 and 222 (fresh sets 229 and 232: victims' compensation, restaurants) ---


def test_safety_a_particle_takes_the_place_of_the_phrase(simp):  # noqa: ANN001
    # "bringen Sie zum Ausdruck, das Ordnungsamt bleibe untätig, und erheben … aus": the
    # particle went to the end of the sentence, past the reported clause and the next verb
    text = ("In Ihrem Schreiben bringen Sie zum Ausdruck, das Amt bleibe untätig, und erheben "
            "Beschwerde gegen den Unterzeichner.")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-N001")
                if s.replacement.rstrip(".").endswith(" aus")]
    for text, want in (("Bitte bringen Sie Ihre Meinung zum Ausdruck, wenn Sie mögen.",
                        "Bitte drücken Sie Ihre Meinung aus, wenn Sie mögen."),
                       ("Bitte bringen Sie Ihre Meinung zum Ausdruck.",
                        "Bitte drücken Sie Ihre Meinung aus.")):
        assert [s for _, s in suggestions(simp, text, rule="SIM-N001")
                if s.replacement == want]


def test_safety_an_order_to_stop_is_no_order_to_prevent(simp):  # noqa: ANN001
    # "das Rauchen zu unterbinden" (stop it) had become "zu verhindern" (make sure it never
    # happens) in an order backed by a penalty: a stricter duty
    text = "Ihnen wird aufgegeben, in der Gaststätte das Rauchen zu unterbinden."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "verhindern"]


def test_safety_especially_in_a_condition_is_no_mainly(simp):  # noqa: ANN001
    # "wenn es insbesondere den Tatbestand … erfüllt" had become "vor allem", which in a
    # condition reads "mainly" (§ 13 SGB XIV lists examples); outside conditions it stays
    cond = ("Eine Tat ist schwerwiegend, wenn sie insbesondere den Tatbestand des § 177 StGB "
            "erfüllt.")
    assert not [s for _, s in suggestions(simp, cond) if s.safe and s.replacement == "vor allem"]
    plain = "Angehörige sind insbesondere Ehegatten und Kinder."
    assert [s for _, s in suggestions(simp, plain) if s.safe and s.replacement == "vor allem"]


# -- safety reviews 223 and 226 (fresh sets 233 and 236: fire prevention, parking spaces) ----


def test_safety_a_clubs_right_to_object_stays_the_clubs(simp):  # noqa: ANN001
    # "kann … Widerspruch erhoben werden" had become "können Sie …" in a letter to a club
    # "z. Hd." of its treasurer: the right belongs to the club, not to her
    head = ("Stadt Saalbrück\nAmt für Brandschutz\n\n"
            "Stadt Saalbrück · Postfach 40 12 · 06788 Saalbrück\n\n"
            "Heimatverein Saalbrück e. V.\n{attention}Am Wasserturm 2\n06788 Saalbrück\n\n"
            "Sehr geehrte Frau Timpe,\n\nwir setzen die Gebühr auf 300 Euro fest.\n\n"
            "Rechtsbehelfsbelehrung\n\nGegen diesen Bescheid kann innerhalb eines Monats "
            "nach Bekanntgabe Widerspruch erhoben werden.")
    club = head.format(attention="z. Hd. Frau Marlies Timpe\n")
    assert not [s for _, s in suggestions(simp, club) if s.safe and "können Sie" in s.replacement]
    person = head.replace("Heimatverein Saalbrück e. V.\n", "Frau\n").format(
        attention="Marlies Timpe\n")
    assert [s for _, s in suggestions(simp, person) if s.safe and "können Sie" in s.replacement]


def test_safety_the_stop_of_an_abbreviation_that_ends_a_sentence_stays(simp):  # noqa: ANN001
    # "… um 50 v. H. Fahrradabstellplätze können nicht abgelöst werden." had become "um 50
    # Prozent Fahrradabstellplätze können …": the sentence splitter had run the two on
    text = ("Bei einem Ausbau ermäßigt sich der Betrag um 50 v. H. Fahrradabstellplätze können "
            "nicht abgelöst werden.")
    got = [s.replacement for _, s in suggestions(simp, text) if s.safe]
    assert "Prozent." in got and "Prozent" not in got
    inside = "Sie erhalten 50 v. H. Zuschlag, wenn Sie pünktlich zahlen."
    assert "Prozent" in [s.replacement for _, s in suggestions(simp, inside) if s.safe]


def test_safety_a_workers_rest_is_not_the_readers(simp):  # noqa: ANN001
    # safety review 225: "ist eine ununterbrochene Freizeit von mindestens 14 Stunden
    # einzuhalten" had become "müssen Sie … einhalten" in a form for employers: the rest is
    # the child's, the employer grants it
    for text in ("Bitte beachten Sie die Hinweise. Nach Beendigung der Beschäftigung ist eine "
                 "ununterbrochene Freizeit von mindestens 14 Stunden einzuhalten.",
                 "Bitte beachten Sie die Hinweise. Die Ruhepause ist einzuhalten."):
        assert not [s for _, s in suggestions(simp, text, rule="SIM-P003") if s.safe]
    deadline = "Bitte beachten Sie die Hinweise. Die Frist ist einzuhalten."
    assert [s for _, s in suggestions(simp, deadline, rule="SIM-P003") if s.safe]


# -- safety reviews 228 and 229 (fresh sets 238 and 239: undeclared work, integration courses)


def test_safety_especially_not_is_no_mainly_not(simp):  # noqa: ANN001
    # "Es handelt sich insbesondere nicht um eine freiberufliche Tätigkeit" had become "vor
    # allem nicht", read as "mainly not" in a fine notice
    text = "Es handelt sich insbesondere nicht um eine freiberufliche Tätigkeit."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "vor allem"]
    plain = "Wir prüfen insbesondere Ihre Unterlagen."
    assert [s for _, s in suggestions(simp, plain) if s.safe and s.replacement == "vor allem"]


def test_safety_where_to_lodge_an_objection_is_no_duty_to_object(simp):  # noqa: ANN001
    # "Gegen Bescheide des Jobcenters ist der Widerspruch beim Jobcenter einzulegen" had become
    # "müssen Sie den Widerspruch … einlegen" in a leaflet listing the reader's remedies
    text = "Gegen Bescheide des Jobcenters ist der Widerspruch beim Jobcenter einzulegen."
    assert not [s for _, s in suggestions(simp, text, rule="SIM-P003") if s.safe]
    duty = "Bitte beachten Sie die Hinweise. Der Antrag ist beim Jobcenter einzureichen."
    assert [s for _, s in suggestions(simp, duty, rule="SIM-P003") if s.safe]


def test_a_word_hyphenated_at_a_line_break_is_one_word_in_the_message(simp):  # noqa: ANN001
    # findings review 235: „Ordnungswidrig- keit“ in the message of a PDF-extracted form
    text = ("Mir ist bekannt, dass die Nichtvorlage des Berichts eine Ordnungswidrig-\n"
            "keit darstellt.")
    messages = [f.message for f in simp.analyze(text, "formular").findings]
    assert any("„Ordnungswidrigkeit“" in m for m in messages)
    assert not any("Ordnungswidrig-" in m for m in messages)


def test_safety_a_negation_later_in_the_clause_keeps_especially(simp):  # noqa: ANN001
    # safety review 230: "Insbesondere beruht die Verarbeitung nicht auf einer Einwilligung,
    # sondern …" had become "Vor allem …", read as "mainly not based on consent"
    text = ("Insbesondere beruht die Verarbeitung nicht auf einer Einwilligung, sondern auf "
            "Art. 6 DSGVO.")
    assert not [s for _, s in suggestions(simp, text)
                if s.safe and s.replacement.casefold() == "vor allem"]
    plain = "Insbesondere prüfen wir Ihre Unterlagen."
    assert [s for _, s in suggestions(simp, plain) if s.safe and s.replacement == "Vor allem"]


def test_safety_a_duty_after_a_body_acting_is_the_bodys(simp):  # noqa: ANN001
    # safety review 230: after "Die Meldebehörde darf Parteien … Auskunft erteilen", "Die
    # Geburtsdaten … dürfen dabei nicht mitgeteilt werden" had become "Sie dürfen … nicht
    # mitteilen" in a leaflet that speaks to the citizen
    text = ("Die Meldebehörde darf Parteien Auskunft über Namen und Anschriften erteilen. "
            "Die Geburtsdaten der Wahlberechtigten dürfen dabei nicht mitgeteilt werden.")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-P002") if s.safe]


# -- safety reviews 235 and 238 (fresh sets 245 and 248: school meals, registry offices) -----


def test_safety_a_statute_named_without_its_town_keeps_its_title(simp):  # noqa: ANN001
    # "Satzung der Stadt über die Elternbeiträge … in den Kindertageseinrichtungen" had become
    # "… in den Kitas": the statute's title, which readers look up
    text = ("Die genauen Regeln stehen in der Satzung der Stadt über die Elternbeiträge und die "
            "Verpflegung in den Kindertageseinrichtungen.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "Kitas"]
    plain = "Das Mittagessen in den Kindertageseinrichtungen kostet 3 Euro."
    assert [s for _, s in suggestions(simp, plain) if s.safe and s.replacement == "Kitas"]


def test_safety_in_der_weise_before_a_relative_clause_stays(simp):  # noqa: ANN001
    # "nicht in der Weise erlebt haben, die Sie sich gewünscht hatten" had become "so …, die"
    text = ("Es tut uns leid, dass Sie die Trauung nicht in der Weise erlebt haben, die Sie sich "
            "gewünscht hatten.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "so"]
    plain = "Die Hecke ist in der Weise zu schneiden, dass der Gehweg frei bleibt."
    assert [s for _, s in suggestions(simp, plain) if s.safe and s.replacement == "so"]


def test_safety_a_decision_copied_to_another_party_keeps_its_appeal_notice(simp):  # noqa: ANN001
    # "kann … Widerspruch erhoben werden" had become "können Sie …" in a decision that the
    # children's father also receives "als Beteiligtem": the right is not the mother's alone
    body = ("Sehr geehrte Frau Seibold,\n\nder Familienname Ihrer Kinder wird geändert.\n\n"
            "{copy}Rechtsbehelfsbelehrung\n\nGegen diesen Bescheid kann innerhalb eines Monats "
            "nach Bekanntgabe Widerspruch erhoben werden.")
    copied = body.format(copy="Ein Abdruck dieser Entscheidung wird Herrn Sven Wendt als "
                              "Beteiligtem bekannt gegeben.\n\n")
    assert not [s for _, s in suggestions(simp, copied) if s.safe and "können Sie" in s.replacement]
    alone = body.format(copy="")
    assert [s for _, s in suggestions(simp, alone) if s.safe and "können Sie" in s.replacement]


# -- safety reviews 239, 240 and 242 (fresh sets 249, 250, 252: care, asylum, participation) --


def test_safety_a_decision_copied_to_a_firm_keeps_its_appeal_notice(simp):  # noqa: ANN001
    # "kann … Klage erhoben werden" had become "können Sie …" in a care allowance decision
    # copied to the care home's operator, who is paid and repays: it may sue too
    body = ("Sehr geehrte Frau Kessler,\n\nwir bewilligen Ihnen Pflegewohngeld.\n\n"
            "Rechtsbehelfsbelehrung\n\nGegen diesen Bescheid kann innerhalb eines Monats nach "
            "Bekanntgabe Klage beim Verwaltungsgericht erhoben werden.\n\n"
            "Mit freundlichen Grüßen\n\nDemirci\n\nDurchschrift an:\n{copy}\n")
    firm = body.format(copy="Sonnenhang Seniorendienste GmbH, Ruhrblick 12, 58745 Bergheide")
    assert not [s for _, s in suggestions(simp, firm) if s.safe and "können Sie" in s.replacement]
    office = body.format(copy="Stadtkasse, zur Sollstellung")
    assert [s for _, s in suggestions(simp, office) if s.safe and "können Sie" in s.replacement]


def test_safety_a_duty_with_a_counted_agent_is_not_the_readers(simp):  # noqa: ANN001
    # "ist der Einwohnerantrag von mindestens 1.310 Antragsberechtigten zu unterzeichnen" had
    # become "müssen Sie den Einwohnerantrag von mindestens 1.310 … unterzeichnen"
    text = ("Ausgehend von der maßgeblichen Einwohnerzahl ist der Einwohnerantrag von mindestens "
            "1.310 Antragsberechtigten zu unterzeichnen.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Sie" in s.replacement]
    plain = "Nach Ablauf der Frist ist ein neuer Antrag zu stellen."
    assert [s for _, s in suggestions(simp, plain) if s.safe and "müssen Sie" in s.replacement]


def test_safety_hiernach_is_not_rewritten_as_danach(simp):  # noqa: ANN001
    # "In den ersten 36 Monaten … erhält hiernach derzeit 460 €" had become "danach", read as
    # "after the 36 months": "danach" is also a time; the word stays flagged with its advice
    text = ("In den ersten 36 Monaten gelten Grundleistungen nach § 3 AsylbLG. Eine Person "
            "erhält hiernach derzeit monatlich 460,00 €.")
    found = suggestions(simp, text, rule="SIM-J001")
    assert [s for _, s in found if s.replacement == "danach"]  # still advised
    assert not [s for _, s in found if s.safe and s.replacement == "danach"]


# -- safety reviews 244-246 (fresh sets 254-256: foster care, homelessness, markets) ----------


def test_safety_a_passive_before_the_signers_consent_is_not_the_readers_duty(simp):  # noqa: ANN001
    # "Im Falle einer Bewilligung soll der Betrag … an den Gläubiger gezahlt werden. Ich bin
    # damit einverstanden …" had become "sollen Sie den Betrag … zahlen": the office pays
    text = ("8.1 Im Falle einer Bewilligung soll der Betrag unmittelbar an den Gläubiger gezahlt "
            "werden. Ich bin damit einverstanden, dass die Miete direkt an den Vermieter geht.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Sie" in s.replacement]


def test_safety_the_items_of_a_cited_rule_keep_their_wording(simp):  # noqa: ANN001
    # "b) … des Warenangebots, insbesondere Eigenherstellung …" from a market's allocation
    # guidelines had become "vor allem": the guidelines' own words
    head = "Die Auswahl wurde {}anhand folgender Kriterien vorgenommen:\n\n"
    items = ("a) Gestaltung des Standes: bis 30 Punkte\n"
             "b) Besonderheit des Warenangebots, insbesondere Eigenherstellung: bis 30 Punkte\n")
    cited = head.format("nach Nr. 4 der Vergaberichtlinien ") + items
    assert not [s for _, s in suggestions(simp, cited) if s.safe and s.replacement == "vor allem"]
    own = head.format("") + items
    assert [s for _, s in suggestions(simp, own) if s.safe and s.replacement == "vor allem"]


def test_safety_a_duty_after_an_item_of_a_decision_is_recited(simp):  # noqa: ANN001
    # "Nach Nr. 3 Buchst. b des Bescheides … sind Dauerbeschicker verpflichtet, … Eine
    # Verhinderung ist der Marktverwaltung … anzuzeigen." had become "Zeigen Sie … an", a new
    # order in a hearing letter instead of the duty whose breach it names
    text = ("Nach Nr. 3 Buchst. b des Bescheides sind Dauerbeschicker verpflichtet, den Standplatz "
            "an jedem Markttag zu beziehen. Eine Verhinderung ist der Marktverwaltung spätestens "
            "am Vortag anzuzeigen.")
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Zeigen Sie" in s.replacement]


def test_safety_sachbehandlung_is_not_rewritten_in_one_click(simp):  # noqa: ANN001
    # "eine fehlerhafte Sachbehandlung" had become "Bearbeitung", which leaves the decision out
    text = "Eine fehlerhafte Sachbehandlung ist nicht festzustellen."
    assert not [s for _, s in suggestions(simp, text) if s.safe and s.replacement == "Bearbeitung"]


# -- safety reviews 247-250 (fresh sets 257-260: measles, drought, census, bees) ---------------


def test_safety_a_dative_keeps_its_cited_attribute(simp):  # noqa: ANN001
    # "Die Messwerte sind dem Jahresbericht nach Nr. 2 beizufügen" had become "Fügen Sie dem
    # Jahresbericht die Messwerte nach Nr. 2 bei": the citation moved to the readings
    got = [s.replacement for _, s in suggestions(
        simp, "Die Messwerte sind dem Jahresbericht nach Nr. 2 beizufügen.") if s.safe]
    assert got and all("dem Jahresbericht nach Nr. 2 die Messwerte" in r for r in got), got
    got = [s.replacement for _, s in suggestions(
        simp, "Die Rechnung ist dem Antrag nach § 5 Abs. 2 der Satzung beizufügen.") if s.safe]
    assert got and all("nach § 5 Abs. 2 der Satzung die Rechnung" in r for r in got), got


def test_safety_a_surveys_single_answers_are_released_by_the_office(simp):  # noqa: ANN001
    # "Einzelangaben können … nur in anonymisierter Form zur Verfügung gestellt werden" had
    # become "können Sie … zur Verfügung stellen" in a census FAQ
    text = ("Ihre Angaben werden streng geheim gehalten. Für wissenschaftliche Zwecke können nach "
            "§ 16 Abs. 6 BStatG Einzelangaben nur in faktisch anonymisierter Form zur Verfügung "
            "gestellt werden.")
    assert not [s for _, s in suggestions(simp, text, "web") if s.safe and "Sie" in s.replacement]


def test_safety_insbesondere_in_a_decisions_operative_part_stays(simp):  # noqa: ANN001
    # "Ihnen wird untersagt, in Einrichtungen …, insbesondere in Krankenhäusern, … tätig zu
    # werden" had become "vor allem in Krankenhäusern": it narrowed the ban
    order = ("Sehr geehrte Frau Reichelt,\n\nder Landkreis erlässt folgende\n\nV e r f ü g u n g :"
             "\n\n1. Ihnen wird untersagt, in Einrichtungen nach § 23 Abs. 3 IfSG, insbesondere in "
             "Krankenhäusern und Arztpraxen, tätig zu werden.\n\n")
    assert not [s for _, s in suggestions(simp, order, "brief")
                if s.safe and s.replacement == "vor allem"]
    reasons = order + "Begründung\n\nBetroffen sind insbesondere Pflegekräfte.\n"
    assert [s for _, s in suggestions(simp, reasons, "brief")
            if s.safe and s.replacement == "vor allem"]


def test_safety_a_leaflets_title_keeps_its_words(simp):  # noqa: ANN001
    # "Merkblatt / für Eltern … bei der Betreuung in Kindertageseinrichtungen" had its title
    # renamed "in Kitas"
    text = ("Merkblatt\nfür Eltern zum Nachweis des Masernschutzes in Kindertageseinrichtungen\n\n"
            "Ihr Kind besucht eine Kindertageseinrichtung? Dann brauchen Sie einen Nachweis.")
    report = simp.analyze(text, "web")
    starts = [f.start for f in report.findings for s in f.suggestions
              if s.safe and "Kita" in s.replacement]
    assert starts and all(st > text.find("\n\n") for st in starts), starts


def test_safety_ab_sofort_after_a_modal_stays_for_review(simp):  # noqa: ANN001
    # "kann eine Stufe … mit sofortiger Wirkung ausgerufen werden" had become "ab sofort
    # ausgerufen", read as "from now on it may be declared"
    text = ("In dringenden Fällen kann eine Stufe ohne Vorankündigung mit sofortiger Wirkung "
            "ausgerufen werden.")
    now = "ab sofort"
    assert not [s for _, s in suggestions(simp, text, "web") if s.safe and s.replacement == now]
    plain = "Die Erlaubnis wird mit sofortiger Wirkung widerrufen."
    assert [s for _, s in suggestions(simp, plain, "web") if s.safe and s.replacement == now]


def test_safety_an_answer_to_a_question_about_others_keeps_them(simp):  # noqa: ANN001
    # FAQ "Können Kinder die Online-Ausweisfunktion nutzen?": "Die Online-Ausweisfunktion kann
    # erst ab Vollendung des 16. Lebensjahres genutzt werden" had become "Sie können …", the
    # reader (often a parent) instead of the child
    answer = ("\n\nDie Online-Ausweisfunktion kann erst ab Vollendung des 16. Lebensjahres "
              "genutzt werden.")
    about_children = "12. Können Kinder die Online-Ausweisfunktion nutzen?" + answer
    assert not [s for _, s in suggestions(simp, about_children, "web")
                if s.safe and "Sie" in s.replacement]
    for question in ("12. Kann ich die Online-Ausweisfunktion nutzen?",
                     "12. Wann kann die Online-Ausweisfunktion genutzt werden?"):
        assert [s for _, s in suggestions(simp, question + answer, "web")
                if s.safe and "Sie" in s.replacement], question


def test_safety_insbesondere_before_nur_stays_for_review(simp):  # noqa: ANN001
    # "darf insbesondere nur erteilt werden, wenn …" had become "vor allem nur", which softens
    # a strict condition into "mainly only if"
    text = "Die Erlaubnis darf insbesondere nur erteilt werden, wenn der Betreiber zuverlässig ist."
    assert not [s for _, s in suggestions(simp, text, "web")
                if s.safe and s.replacement == "vor allem"]
    plain = "Die Erlaubnis gilt insbesondere für Spielhallen in der Innenstadt."
    assert [s for _, s in suggestions(simp, plain, "web")
            if s.safe and s.replacement == "vor allem"]


def test_safety_a_past_request_is_no_request_now(simp):  # noqa: ANN001
    # "Sie wurden gebeten, am folgenden Tag Ihre Hausärztin aufzusuchen" (the facts of a
    # decision) had become "Bitte suchen Sie am folgenden Tag Ihre Hausärztin auf"
    past = "Sie wurden gebeten, am folgenden Tag Ihre Hausärztin aufzusuchen."
    assert not [s for _, s in suggestions(simp, past, "brief") if s.replacement.startswith("Bitte")]
    now = "Sie werden gebeten, am folgenden Tag Ihre Hausärztin aufzusuchen."
    assert [s for _, s in suggestions(simp, now, "brief")
            if s.safe and s.replacement.startswith("Bitte")]


def test_safety_a_duty_in_an_example_about_someone_stays_theirs(simp):  # noqa: ANN001
    # "Beispiel 3: Frau C. hat einen Kredit … Der Wegfall der Belastung ist mitzuteilen." had
    # become "Teilen Sie den Wegfall der Belastung mit", an order to the reader
    duty = "Der Wegfall der Belastung ist mitzuteilen."
    example = "Beispiel 3: Frau C. hat einen Kredit. Der Kredit ist getilgt. " + duty
    assert not [s for _, s in suggestions(simp, example, "brief")
                if s.safe and "Sie" in s.replacement]
    assert [s for _, s in suggestions(simp, "Hinweise\n\n" + duty, "brief")
            if s.safe and "Sie" in s.replacement]


def test_safety_the_agents_own_discretion_is_not_rewritten_with_deren(simp):  # noqa: ANN001
    # "Die Gebühr kann von der Beratungsperson nach deren Ermessen erlassen werden" had become
    # "Die Beratungsperson kann die Gebühr nach deren Ermessen erlassen" ("ihrem" is meant)
    text = "Die Gebühr kann von der Beratungsperson nach deren Ermessen erlassen werden."
    assert not [s for _, s in suggestions(simp, text, "brief") if "deren" in s.replacement]
    other = "Die Gebühr kann von der Beratungsperson erlassen werden."
    assert [s for _, s in suggestions(simp, other, "brief")
            if s.safe and s.replacement.startswith("Die Beratungsperson kann")]


def test_safety_befoerderungsmittel_is_not_swapped_in_one_click(simp):  # noqa: ANN001
    # in a leaflet on patient transport "Beförderungsmittel" (taxi, ambulance: the word of the
    # prescription) had become "Verkehrsmittel", read there as bus and train
    text = "Welches Beförderungsmittel benutzt werden darf, entscheidet die Ärztin."
    assert not [s for _, s in suggestions(simp, text, "web")
                if s.safe and "Verkehrsmittel" in s.replacement]


def test_safety_a_slash_keeps_its_words_together(simp):  # noqa: ANN001
    # "im Format PDF/A beizufügen" had become "… im Format PDF / A beifügen", another name
    text = ("Bei elektronischer Übermittlung ist die Urkunde als beglaubigte Abschrift im Format "
            "PDF/A beizufügen.")
    got = [s.replacement for _, s in suggestions(simp, text, "formular") if "Sie" in s.replacement]
    assert got and all("PDF/A" in r for r in got), got


def test_safety_a_duty_after_a_body_in_the_same_paragraph_stays_for_review(simp):  # noqa: ANN001
    # "Die Genehmigungsbehörde hat … zu entscheiden. Der Verkäufer erhält … Innerhalb dieser
    # Frist muss auch die Ausübung des Vorkaufsrechts mitgeteilt werden" had become "müssen
    # Sie … mitteilen", the authority's duty laid on the seller
    duty = "Innerhalb dieser Frist muss auch die Ausübung des Vorkaufsrechts mitgeteilt werden."
    faq = ("Die Genehmigungsbehörde hat über den Antrag innerhalb eines Monats zu entscheiden. "
           "Der Verkäufer erhält hierüber einen Zwischenbescheid. " + duty)
    assert not [s for _, s in suggestions(simp, faq, "web") if s.safe and "Sie" in s.replacement]
    apart = ("Die Genehmigungsbehörde entscheidet innerhalb eines Monats.\n\n"
             "Bitte beachten Sie die Frist. " + duty)
    assert [s for _, s in suggestions(simp, apart, "web") if s.safe and "Sie" in s.replacement]


def test_safety_what_cannot_be_read_is_no_order_not_to_read(simp):  # noqa: ANN001
    # "Das Datum ist nicht zu lesen." (on a copy) had become "Lesen Sie das Datum nicht."
    text = "Sie haben uns eine Kopie geschickt. Das Datum ist nicht zu lesen."
    assert not [s for _, s in suggestions(simp, text, "brief") if "Lesen Sie" in s.replacement]


def test_safety_an_abbreviation_the_text_introduced_is_not_written_out_again(simp):  # noqa: ANN001
    # a plain leaflet that says "Wir sagen dazu auch kurz: WBS" had every later "WBS" written
    # out (36 edits, "the reader gains nothing")
    leaflet = ("Sie brauchen einen Wohnberechtigungsschein. Wir sagen dazu auch kurz: WBS.\n\n"
               "Der WBS ist ein Papier von der Stadt.")
    later = leaflet.index("\n\n")
    assert not [f for f in simp.analyze(leaflet, "web").findings
                if f.rule == "SIM-J002" and f.start > later]
    assert [s for _, s in suggestions(simp, "Der WBS ist ein Papier von der Stadt.", "web")
            if s.safe and s.replacement == "Wohnberechtigungsschein"]


def test_safety_a_preposition_before_another_keeps_its_place(simp):  # noqa: ANN001
    # safety review 267: "Zuzüglich zum Zuschlagspreis" became "Plus zum Zuschlagspreis"
    text = ("Zuzüglich zum Zuschlagspreis wird ein Aufgeld erhoben. Die Miete beträgt 450 Euro "
            "zuzüglich Nebenkosten.")
    swaps = [s for _, s in suggestions(simp, text) if s.replacement.casefold() == "plus"]
    assert [text[s.start:s.end] for s in swaps] == ["zuzüglich"]


@pytest.mark.parametrize("text, word", [
    # safety review 267: the fee schedule's wording after "Gebührentatbestand:"
    ("Gebührentatbestand: Nr. 7.4.3 des Gebührenverzeichnisses – Überprüfung eines Betriebs, "
     "soweit hierbei Verstöße festgestellt werden: 39,00 Euro\n\nBitte zahlen Sie bis Mai.",
     "hierbei"),
    # safety review 269: another decision's conditions, quoted after the line that names them
    ("Der Zuwendungsbescheid enthielt folgende Nebenbestimmungen:\n– Nr. 4: Die Unterkunft ist "
     "fünf Jahre zweckentsprechend, d. h. für Saisonkräfte, zu verwenden.\n\nSie haben sie "
     "nicht eingehalten.", "d. h."),
])
def test_safety_quoted_wording_of_a_schedule_or_decision_stays(simp, text, word):  # noqa: ANN001
    assert not [s for _, s in suggestions(simp, text) if text[s.start:s.end] == word and s.safe]


# -- safety reviews 275 to 278 (fresh sets 285: driving schools, 286: preliminary building
# decisions, 287: security firms, 288: road upgrade contributions) ----------------------------


def test_safety_when_to_apply_is_no_order_to_apply(simp):  # noqa: ANN001
    # safety review 278: "Auf Antrag kann der Beitrag … gestundet … werden. Der Antrag ist vor
    # Eintritt der Fälligkeit zu stellen." became "Stellen Sie den Antrag …", an order to
    # apply for what is the reader's choice
    text = ("Sehr geehrte Frau Roth,\n\nauf Antrag kann der Beitrag gestundet werden. Der Antrag "
            "ist vor Eintritt der Fälligkeit zu stellen.")
    assert not [s for _, s in suggestions(simp, text, rule="SIM-P003") if s.safe]
    handed_in = "Bitte beachten Sie die Hinweise. Der Antrag ist beim Jobcenter einzureichen."
    assert [s for _, s in suggestions(simp, handed_in, rule="SIM-P003") if s.safe]


def test_safety_the_questions_of_a_request_stay_plural(simp):  # noqa: ANN001
    # safety review 276: "soweit für die Fragestellung von Bedeutung" became "für die Frage":
    # the request asks several questions, the singular narrows the decision's reach
    text = "Die Kennzahlen sind anzugeben, soweit sie für die Fragestellung von Bedeutung sind."
    offered = [s for _, s in suggestions(simp, text) if s.replacement == "Frage"]
    assert offered and not [s for s in offered if s.safe]


# -- safety reviews 279 to 282 (fresh sets 289: residence rules, 290: listed buildings, 291:
# wells and small sewage plants, 292: collections and lotteries) ---------------------------


def test_safety_a_short_form_named_as_the_short_form_stays(simp):  # noqa: ANN001
    # safety review 279: "Die kurze Form für dieses Amt ist: BAMF." became "… ist: Bundesamt
    # für Migration und Flüchtlinge.", and the later "BAMF" was written out again
    text = ("Den Tag finden Sie im Bescheid vom Bundesamt für Migration und Flüchtlinge.\n"
            "Die kurze Form für dieses Amt ist: BAMF. Das BAMF schickt Ihnen einen Brief.")
    assert not [f for f in simp.analyze(text, "web").findings
                if f.rule == "SIM-J002" and "BAMF" in text[f.start:f.end]]


def test_safety_the_facts_of_a_decision_are_no_order(simp):  # noqa: ANN001
    # safety review 282: in part I of the reasons, "Der Reinertrag soll für … verwendet
    # werden" (the applicant's plan) became "Sie sollen den Reinertrag … verwenden"
    text = _facts_decision()
    rewrites = [s for _, s in suggestions(simp, text, "brief") if "Sie sollen" in s.replacement]
    assert rewrites and not [s for s in rewrites if s.safe]


def _facts_decision() -> str:
    return ("Sehr geehrte Damen und Herren,\n\nauf Ihren Antrag ergeht folgender\n\nBescheid:\n\n"
            "1. Der Antrag auf Erteilung einer Erlaubnis wird abgelehnt.\n\nBegründung:\n\nI.\n"
            "Mit Antrag vom 29.08.2025 beantragten Sie die Erlaubnis für eine Lotterie. Der "
            "Reinertrag soll für die Beschaffung einer Straßenbeleuchtung verwendet werden.\n\n"
            "II.\nDie Erlaubnis ist zu versagen.")


def test_safety_a_copy_by_messenger_to_a_firm_shares_the_right_to_sue(simp):  # noqa: ANN001
    # safety review 280: the order went "Nachrichtlich per Boten" to the roofing firm too;
    # "können Sie … Klage erheben" addressed only the owner
    from simplify.appeal_parties import right_shared
    head = "Herrn\nKai-Uwe Brinkhoff\nZollstraße 1\n\nNachrichtlich per Boten:\n"
    assert right_shared(head + "Bedachungen Thorwesten GmbH, Gewerbering 9\n\nOrdnungsverfügung")
    assert not right_shared(head + "Stadtkasse, zur Sollstellung\n\nOrdnungsverfügung")


def test_safety_a_copy_to_a_person_shares_the_right_to_object(simp):  # noqa: ANN001
    # safety review 286: the consent went "Nachrichtlich: Herrn Murat Yilmaz", the tenant it
    # makes responsible for the winter service; "können Sie … Widerspruch erheben" left him out
    from simplify.appeal_parties import right_shared
    head = "Frau\nElke Dörr\nEschersheimer Landstraße 312\n\nNachrichtlich:\n"
    assert right_shared(head + "Herrn\nMurat Yilmaz\nBergstraße 17\n\nZustimmung")
    assert not right_shared(head + "Stadtkasse, zur Sollstellung\n\nZustimmung")


def test_safety_a_word_after_a_parts_item_label_keeps_its_capital(simp):  # noqa: ANN001
    # safety review 285: "B7 Sofern die Zahlung den Freibetrag übersteigt: …" became "B7 wenn
    # die Zahlung …"; the label opens the item like "A 2" or "3.5"
    text = "Checkliste\nB7 Sofern die Zahlung den Freibetrag übersteigt: Es wurde geklärt, wie."
    offered = [s.replacement for _, s in suggestions(simp, text) if text[s.start:s.end] == "Sofern"]
    assert offered and all(r[:1].isupper() for r in offered)


# -- safety reviews 287 to 290 (fresh sets 297: hereditary building rights, 298: pigeons and
# bees, 299: access to information, 300: the insurance office) ------------------------------


def test_safety_a_compounds_head_used_alone_elsewhere_is_for_review(simp):  # noqa: ANN001
    # safety review 287: the heading "Verfahrensablauf" became "Ablauf" on a page where
    # "Ablauf" means the expiry of the hereditary building right
    text = ("Verfahrensablauf\n\nNach Ablauf des Erbbaurechts fällt das Haus an die Stadt. "
            "Den Verfahrensablauf erklären wir Ihnen gern.")
    offered = [s for _, s in suggestions(simp, text) if s.replacement == "Ablauf"]
    assert len(offered) == 2 and not [s for s in offered if s.safe]
    alone = "Den Verfahrensablauf erklären wir Ihnen gern."
    assert [s for _, s in suggestions(simp, alone) if s.replacement == "Ablauf" and s.safe]


def test_safety_only_the_named_actor_stays_the_only_one(simp):  # noqa: ANN001
    # safety review 291: "Der Hinweisaufkleber darf nur von der Stadt entfernt werden" became
    # "Die Stadt darf den Hinweisaufkleber nur entfernen": nobody else may remove it, not
    # "the town may do nothing but remove it"
    text = "Der Hinweisaufkleber darf nur von der Stadt entfernt werden."
    assert not [s for _, s in suggestions(simp, text) if s.safe and "Die Stadt" in s.replacement]
    plain = "Der Hinweisaufkleber darf von der Stadt entfernt werden."
    assert [s for _, s in suggestions(simp, plain) if s.safe and "Die Stadt" in s.replacement]


def test_safety_a_person_who_gets_a_copy_of_the_decision_may_object_too(simp):  # noqa: ANN001
    # safety review 292: the ban on employing Herr Stahlberg ended "Herr Stahlberg erhält eine
    # Abschrift dieses Bescheides zur Kenntnis"; "können Sie … Widerspruch erheben" left him out
    from simplify.appeal_parties import right_shared
    assert right_shared("Herr Mirko Stahlberg erhält eine Abschrift dieses Bescheides.")
    assert not right_shared("Sie erhalten eine Abschrift dieses Bescheides für Ihre Unterlagen.")


# -- findings review 303 (fresh set 305: pest control) ------------------------------------------


def test_safety_a_verb_whose_root_the_sentence_holds_is_not_put_in(simp):  # noqa: ANN001
    # "mit der Beauftragung … betrauen" -> "beauftragen" would read "mit der Beauftragung
    # beauftragen"; "Zahlen Sie …, er ist … zu entrichten" -> "zu bezahlen" repeats "zahlen"
    def offered(text: str) -> list[str]:
        return [s.replacement for _, s in suggestions(simp, text, rule="SIM-J001")]
    assert "beauftragen" not in offered(
        "Wir werden das Büro mit der Beauftragung der Firma betrauen.")
    assert "beauftragen" in offered("Wir werden ein Fachbüro mit der Planung betrauen.")
    assert not offered("Zahlen Sie den Betrag bis zum 1. Mai, er ist an die Stadtkasse zu "
                       "entrichten.")
    assert offered("Der Betrag ist bis zum 1. Mai an die Stadtkasse zu entrichten.")


# -- safety review 300 (fresh set 310: abandoned bicycles and dumping) ---------------------------


def test_safety_a_rewrite_keeps_markdown_emphasis_and_lowers_an_adjective_after_a_number(simp):  # noqa: ANN001,E501
    # "6. Ersteigerte Fahrräder müssen **am Tag … bis 14:00 Uhr** abgeholt werden" had become
    # "6. Sie müssen Ersteigerte Fahrräder * * am Tag … * * abholen": stray asterisks on the
    # web page, and the adjective kept the capital of the sentence's first word
    page = ("## Regeln\n\nSie ersteigern ein Fahrrad. Bitte beachten Sie:\n\n"
            "6. Ersteigerte Fahrräder müssen **am Tag der Versteigerung bis 14:00 Uhr** abgeholt "
            "werden.\n7. Ersteigerte Fahrräder müssen am Tag der Versteigerung bis 14:00 Uhr "
            "abgeholt werden.\n")
    offered = [s.replacement for f in simp.analyze(page, "web").findings for s in f.suggestions]
    assert not [r for r in offered if "* *" in r or "Sie müssen Ersteigerte" in r]
    assert ("7. Sie müssen ersteigerte Fahrräder am Tag der Versteigerung bis 14:00 Uhr "
            "abholen.") in offered


def test_safety_a_bare_singular_after_durch_is_for_review(simp):  # noqa: ANN001
    # safety review 301: "dies ist durch Lichtbild nachzuweisen" -> "durch Foto": the legal
    # shorthand without an article does not carry over to the everyday word
    def fotos(text: str) -> list[tuple[str, str]]:
        return [(s.replacement, s.safety) for _, s in suggestions(simp, text, rule="SIM-J001")
                if s.replacement.startswith("Foto")]
    assert fotos("Die Beseitigung ist durch Lichtbild nachzuweisen.") == [("Foto", "review")]
    assert fotos("Die Beseitigung ist durch Lichtbilder nachzuweisen.") == [("Fotos", "safe")]
    assert fotos("Bitte weisen Sie das mit Lichtbild nach.") == [("Foto", "safe")]


def test_safety_a_nouns_complement_keeps_the_noun(simp):  # noqa: ANN001
    # safety review 313: "die Pflicht zur Unterschrift unter den Wohngeldantrag" had become
    # "zum Unterschreiben unter den Wohngeldantrag"
    text = "Nicht übertragen werden kann die Pflicht zur Unterschrift unter den Wohngeldantrag."
    assert not [s for _, s in suggestions(simp, text, "brief")
                if s.safe and "Unterschreiben" in s.replacement]
    alone = "Wir schicken Ihnen den Vertrag zur Unterschrift zu."
    assert [s for _, s in suggestions(simp, alone, "brief") if "Unterschreiben" in s.replacement]


def test_safety_the_childs_father_is_not_the_readers(simp):  # noqa: ANN001
    # safety review 313: "Unterhaltsleistungen des Kindesvaters" had become "des Vaters" in a
    # letter to the mother, where it read as her own father
    text = ("Sehr geehrte Frau Kraus,\n\nSie erhalten seit März Unterhaltsleistungen des "
            "Kindesvaters.")
    got = suggestions(simp, text, "brief")
    assert not [s for _, s in got if s.safe and "Vater" in s.replacement]



def test_safety_a_petitions_question_stays_word_for_word(simp):  # noqa: ANN001
    # safety review 311: in a form announcing a citizens' petition, the question the signature
    # lists carry ("Soll die Stadt … die Kindertageseinrichtung … weiterbetreiben?") had its
    # "Kindertageseinrichtung" shortened to "Kita"
    form = ("A1. Kurzbezeichnung (Titel):\n\nKita erhalten\n\n"
            "A2. Entscheidungsvorschlag (mit Ja oder Nein zu beantworten):\n\n"
            "Soll die Stadt die Kindertageseinrichtung „Sonnenblume“ im Ortsteil Niederau "
            "über den 31. Juli 2026 hinaus als städtische Einrichtung weiterbetreiben?\n\n"
            "A3. Begründung:\n\nDie Kindertageseinrichtung ist die einzige im Ort.")
    start = form.index("Soll die Stadt")
    end = form.index("?", start)
    got = [s for _, s in suggestions(simp, form) if s.safe]
    assert not [s.replacement for s in got if start <= s.start < end]
    assert [s for s in got if s.start > end and s.replacement.startswith("Kita")]


def test_safety_a_local_statutes_title_keeps_its_last_words(simp):  # noqa: ANN001
    # safety review 315: "in der Satzung der Stadt Elbhagen über die Kostenbeiträge für
    # Kindertageseinrichtungen" had its title's last word shortened to "Kitas"
    text = ("Sehr geehrte Frau Lorenz,\n\nwir müssen Essengeld nachfordern. Das steht in der "
            "Satzung der Stadt Elbhagen über die Kostenbeiträge für Kindertageseinrichtungen, "
            "in § 8. Die Kindertageseinrichtungen der Stadt kochen selbst.")
    start = text.index("Satzung der Stadt")
    end = text.index(", in § 8")
    got = [s for _, s in suggestions(simp, text, "brief")]
    assert not [s.replacement for s in got if s.safe and start <= s.start < end]
    # the word outside the title is still flagged
    assert [f for f in simp.analyze(text, "brief").findings if f.start > end]


def test_safety_dagegen_opens_a_sentence_only_against_something(simp):  # noqa: ANN001
    # safety review 318: "Hiergegen ist ein Rückflussverhinderer der Art EA keine zulässige
    # Sicherungseinrichtung" became "Dagegen ist …", read as "by contrast"
    text = ("Düngerlösung ist eine Flüssigkeit der Kategorie 4. Hiergegen ist ein "
            "Rückflussverhinderer der Art EA keine zulässige Sicherungseinrichtung.")
    def dagegen(t: str) -> list:
        got = suggestions(simp, t, "brief")
        return [s for _, s in got if s.safe and s.replacement == "Dagegen"]
    assert not dagegen(text)
    assert dagegen("Sie erhalten den Bescheid. Hiergegen können Sie Widerspruch einlegen.")


def test_safety_a_firms_duty_in_the_operative_part_stays_the_firms(simp):  # noqa: ANN001
    # safety review 319: "2. Der festgesetzte Betrag ist … an die Stadtkasse zu zahlen." became
    # "Zahlen Sie …" in a notice to a UG greeting its managing director: it read as her debt
    head = ("Stadt Kirnbach\n\nNovaDomus Grundbesitz UG (haftungsbeschränkt)\nz. Hd. der "
            "Geschäftsführerin Frau Jelena Marković\nAm Zollhaus 3\n55120 Selztal\n\n"
            "Sehr geehrte Frau Marković,\n\nwir erlassen folgenden\n\nBescheid:\n\n"
            "1. Das Zwangsgeld von 1.500 Euro wird festgesetzt.\n\n")
    order = head + "2. Der Betrag ist bis zum 22. September 2025 an die Stadtkasse zu zahlen.\n"
    got = [s for _, s in suggestions(simp, order, "brief") if "Zahlen Sie" in s.replacement]
    assert got and not [s for s in got if s.safe]
    person = order.replace("NovaDomus Grundbesitz UG (haftungsbeschränkt)\nz. Hd. der "
                           "Geschäftsführerin Frau Jelena Marković", "Frau Jelena Marković")
    assert [s for _, s in suggestions(simp, person, "brief")
            if s.safe and "Zahlen Sie" in s.replacement]


def test_safety_a_provisional_refusal_and_a_legal_test_keep_their_sense(simp):  # noqa: ANN001
    # safety review 320: "wird der Antrag zum gegenwärtigen Zeitpunkt abgelehnt" became "jetzt
    # abgelehnt" (no longer only for the time being), and "als zur Sicherung der Gesundheit
    # unerlässlich bewertet" (the test of § 6 AsylbLG) became "unbedingt nötig" in one click
    text = ("Sehr geehrte Frau Sadeghi,\n\nIhr Antrag wird zum gegenwärtigen Zeitpunkt "
            "abgelehnt. Die Therapie wurde als zur Sicherung der Gesundheit unerlässlich "
            "bewertet.")
    safe = [s.replacement for _, s in suggestions(simp, text, "brief") if s.safe]
    assert "jetzt" not in safe and "unbedingt nötig" not in safe
