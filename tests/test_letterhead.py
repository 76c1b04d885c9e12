"""The letterhead of a letter (sender, file number, date) is not checked (letterhead.py)."""

from __future__ import annotations

import pytest

from simplify.letterhead import letterhead
from simplify.service import DocumentService

LETTER = ("Hauptzollamt Musterstadt – Dienstsitz Beispielhausen\n"
          "Steuernummer: 5719 4826 3104 · Datum: 21.03.2025\n\n"
          "Sehr geehrte Frau Schmidt,\n\n"
          "Ihr Antrag wurde geprüft. Die Unterlagen sind bis zum 1. Mai einzureichen.\n")


def test_the_first_block_with_a_file_number_is_the_letterhead() -> None:
    start, end = letterhead(LETTER)
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
    assert letterhead(text) is None


def test_the_service_leaves_the_letterhead_alone() -> None:
    report = DocumentService().check_text(LETTER, profile="brief")
    head_end = LETTER.index("\n\n")
    assert report.all_findings()  # the body is checked
    assert not [f for f in report.all_findings() if f.start < head_end]
    plain = DocumentService().check_text(LETTER.replace("Steuernummer: 5719 4826 3104 · Datum: "
                                                        "21.03.2025", "Abteilung Steuern"),
                                         profile="brief")
    # without file number or date the block is text like any other ("Dienstsitz")
    assert [f for f in plain.all_findings() if f.start < LETTER.index("\n")]


def test_a_sender_block_with_address_and_phone_is_a_letterhead() -> None:
    text = ("Städtische Kindertagesstätte „Sonnenwinkel“\nAhornweg 12, 34567 Hollenbrück\n"
            "Tel. 05432 118-40\n\nLiebe Eltern,\n\nim Mai bleibt die Kita an zwei Tagen zu.\n")
    start, end = letterhead(text)
    assert text[start:end].endswith("118-40")
