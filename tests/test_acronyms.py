"""SIM-J009: acronyms that the text never spells out (simplify/checks/acronyms.py).

Own sentences through the whole pipeline and the document service, which groups the later
places of an acronym under its first finding.
"""

from __future__ import annotations

import pytest

from simplify.service import DocumentService

RULE = "SIM-J009"


@pytest.fixture(scope="module")
def service() -> DocumentService:
    return DocumentService()


def found(service: DocumentService, text: str, profile: str = "formular") -> list[str]:
    report = service.check_text(text, profile=profile, enable=[RULE])
    return [f.text for f in report.findings if f.rule == RULE]


def test_acronym_never_spelled_out(service):  # noqa: ANN001
    assert found(service, "Ihren Antrag bearbeitet die LfA. Die LfA zahlt dann.") == ["LfA"]


def test_acronym_repeats_are_one_finding_at_the_first_use(service):  # noqa: ANN001
    text = "Die LfA prüft den Antrag. Danach zahlt die LfA. Fragen Sie die LfA."
    report = service.check_text(text, profile="formular", enable=[RULE])
    (f,) = report.findings
    assert (f.text, f.start, len(f.repeats)) == ("LfA", 4, 2)
    assert "nicht erklärt" in f.message and "„… (LfA)“" in f.message
    assert f.suggestions == []  # the long form cannot be known


def test_acronym_introduced_before(service):  # noqa: ANN001
    text = ("Ihren Antrag bearbeitet die Landesanstalt für Aufbau (LfA). Die LfA zahlt auch.")
    assert found(service, text) == []
    assert found(service, "Fragen Sie die IHK (Industrie- und Handelskammer). Die IHK hilft.") \
        == []
    assert found(service, "Wir fördern mit dem Programm BoB – Bürgschaft ohne Bank.") == []
    assert found(service, "Die Sächsische Aufbaubank – Förderbank – (SAB) hilft. Die SAB "
                          "zahlt.") == []
    assert found(service, "Die Landesanstalt für Aufbau, kurz LfA, zahlt.") == []


def test_acronym_said_what_it_is(service):  # noqa: ANN001
    assert found(service, "Wenden Sie sich an die LfA, Ihre Förderbank.") == []
    assert found(service, "Die LfA ist eine Förderbank des Landes. Die LfA zahlt.") == []
    # a list is no apposition, a relative clause no explanation
    assert found(service, "Schicken Sie es an die LfA, die Bank und das Amt.") == ["LfA"]
    assert found(service, "Die LfA, die Ihnen hilft, zahlt.") == ["LfA"]
    # the acronym itself is no long form of itself
    assert found(service, "Die LfA zahlt. Die LfA hilft (LfA).") == ["LfA"]


def test_acronym_introduced_after_is_flagged_at_its_first_use(service):  # noqa: ANN001
    text = ("Fragen Sie Ihre HWK. Die Handwerkskammer (HWK) berät Sie. Die HWK ist "
            "in Ihrer Stadt.")
    report = service.check_text(text, profile="formular", enable=[RULE])
    (f,) = report.findings
    assert (f.text, f.start, f.repeats) == ("HWK", 16, [])
    assert "erst später" in f.message


def test_acronym_introduced_later_is_flagged_even_when_frequent(service):  # noqa: ANN001
    """The text itself says its reader needs the long form: "IHK" (Zipf 3.85) is flagged
    before "Industrie- und Handelskammer (IHK)"."""
    text = "Ihre IHK berät Sie. Die Industrie- und Handelskammer (IHK) ist in Ihrer Stadt."
    assert found(service, text) == ["IHK"]
    assert found(service, "Ihre IHK berät Sie gern.") == []  # never introduced: known


def test_known_acronym_named_later_stays_known(service):  # noqa: ANN001
    """A noun that says what a known acronym is ("der Verein FC Basel") gives no long form:
    the places before it are not "used before the introduction"."""
    assert found(service, "Der FC spielt heute. Morgen spielt der Verein FC Basel.") == []
    text = "Die LfA zahlt. Die Förderbank LfA ist in München."  # unknown: flagged before
    assert found(service, text) == ["LfA"]


def test_acronym_in_a_heading_before_its_introduction(service):  # noqa: ANN001
    """A heading names the acronym, the running text introduces it: no explanation belongs
    into the heading."""
    text = ("Förderung durch die LfA\n\nDie Landesanstalt für Aufbau (LfA) fördert Betriebe. "
            "Die LfA berät Sie.")
    assert found(service, text) == []
    text = "Förderung durch die LfA\n\nDie LfA fördert Betriebe."  # never introduced
    assert found(service, text) == ["LfA"]


@pytest.mark.parametrize("text", [
    "Das Formular gibt es als PDF auf der Seite der EU.",  # known acronyms
    "Die GmbH zahlt den Betrag an den TÜV.",
    "Sie erhalten Bürgergeld nach dem SGB II.",  # law: SIM-J007 and SIM-J002
    "Das steht in Teil IV und in Kapitel XII.",  # Roman numerals
    "ANTRAG AUF WOHNGELD",  # a line in capitals
    "Bitte lesen Sie den HINWEIS genau.",  # an ordinary word in capitals
    "Bitte legen Sie die A1-Bescheinigung bei.",  # a code with a digit
    "Das Aktenzeichen ist 32.4-OWi-2026/118.",
    "Bitte füllen Sie den Vordruck GewA 1 aus.",  # a form's name
    "Die Strecke ist 30 KM lang.",  # a unit after a number
    "Wir buchen den Betrag per SEPA-Lastschrift ab.",  # in the abbreviation list
    "Die Förderbank LfA zahlt das Geld aus.",  # a noun says what it is
    "Der Roboter YuMi hilft in der Werkstatt.",  # a name, no acronym
])
def test_no_acronym_finding(service, text):  # noqa: ANN001
    assert found(service, text) == []


def test_acronym_in_hyphen_compounds(service):  # noqa: ANN001
    text = "Sie können das LfA-Bürgschaftsprogramm nutzen. Auch das Aufstiegs-BAföG hilft."
    report = service.check_text(text, profile="formular", enable=[RULE])
    (f,) = report.findings  # "BAföG" is a law: SIM-J007 speaks about it
    assert (f.text, text[f.start:f.end]) == ("LfA", "LfA")
    later = "Die LfA zahlt. Das LfA-Programm hilft."
    (g,) = service.check_text(later, profile="formular", enable=[RULE]).findings
    assert (g.text, len(g.repeats)) == ("LfA", 1)  # "LfA-Programm" is the same acronym


def test_electronic_acronym(service):  # noqa: ANN001
    """wordfreq folds "eID" into "Eid" (oath): such acronyms are never known by frequency."""
    assert found(service, "Sie können den Antrag mit e-ID stellen.") == ["e-ID"]


def test_acronym_is_a_warning_in_leichte_sprache(service):  # noqa: ANN001
    report = service.check_text("Die LfA zahlt.", profile="leicht", enable=[RULE])
    assert [f.level.value for f in report.findings] == ["warning"]
    report = service.check_text("Die LfA zahlt.", profile="formular", enable=[RULE])
    assert [f.level.value for f in report.findings] == ["info"]


def test_organisation_allows_an_acronym(tmp_path):  # noqa: ANN001
    """An organisation whose readers know its acronym says so with ``allow``."""
    from simplify.config import load_config

    (tmp_path / "simplify.toml").write_text('allow = ["LfA"]\n', encoding="utf-8")
    allowed = DocumentService(load_config(start=tmp_path))
    assert found(allowed, "Die LfA zahlt. Die HWK berät.") == ["HWK"]


def test_acronym_spelled_out_in_the_letter_head(service):  # noqa: ANN001
    # findings review 259: "Wrong diagnosis: LÜVA is spelled out in the letterhead"; the head
    # is no running text, but it tells the reader what the office's short name stands for
    head = ("Landratsamt Oberes Muldenland\nLebensmittelüberwachungs- und Veterinäramt (LÜVA)\n"
            "Sachgebiet Lebensmittelüberwachung\n\n")
    body = "Sehr geehrter Herr Roth,\n\nbitte nennen Sie dem LÜVA bis zum 27. Juni den Lieferanten."
    assert found(service, head + body, "brief") == []
    bare = "Landratsamt Oberes Muldenland\nSachgebiet Lebensmittelüberwachung\n\n" + body
    assert found(service, bare, "brief") == ["LÜVA"]


def test_acronym_introduced_in_a_bracket_before_a_colon(service):  # noqa: ANN001
    # findings review 265: "RTW is spelled out at its first use ('Rettungswagen (RTW)')"; the
    # tokenizer keeps "):" together in a price list
    prices = ("Ab dem 1. Januar gelten folgende Gebühren:\n\n– Notfalleinsatz mit Rettungswagen "
              "(RTW): 948,00 Euro je Einsatz\n– Einsatz ohne Transport (RTW): 412,00 Euro")
    assert found(service, prices, "web") == []
    assert found(service, "Der RTW: 948,00 Euro je Einsatz.", "web") == ["RTW"]


def test_a_law_gazette_in_a_reference_is_not_written_out(simp):  # noqa: ANN001
    # findings reviews 121-277: 0 of 8 findings on "BGBl."/"GVBl." worth it ("a gazette
    # reference in the formulaic legal basis; writing it out only lengthens it")
    text = ("Gisela Beispiel\nLindenstraße 3\n61203 Musterstadt\n\n"
            "Anordnung nach dem Hessischen Wohnungsaufsichtsgesetz (HWoAufG)\n\nSehr geehrte Frau "
            "Beispiel,\n\nder Gemeindevorstand erlässt gemäß § 3 des Hessischen "
            "Wohnungsaufsichtsgesetzes (HWoAufG) vom 4. September 1974 (GVBl. I S. 395) in der "
            "derzeit gültigen Fassung folgende\n\nAnordnung:\n\n1. Beseitigen Sie den Schimmel.")
    report = simp.analyze(text, "brief")
    assert not [f for f in report.findings if text[f.start:f.end] == "GVBl."]
