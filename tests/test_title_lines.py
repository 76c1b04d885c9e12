"""Title lines: a long line of its own without a verb or a final mark names the form or
notice, and the style rules give no finding there (``title_lines.py``)."""

from __future__ import annotations

import pytest

TITLE = ("ANTRAG auf Erteilung einer Erlaubnis zum Betrieb einer Gaststätte nach § 2 des "
         "Gaststättengesetzes in Verbindung mit § 1 der Gaststättenverordnung des Landes")
BODY = "\n\nBitte füllen Sie alle Felder aus."


def _rules(simp, text: str) -> set[str]:  # noqa: ANN001
    return {f.rule for f in simp.analyze(text, "formular").findings}


def test_no_style_finding_on_a_title_line(simp):  # noqa: ANN001
    # findings reviews 150-270: 7 of 188 style findings on such lines worth a clerk's time
    # ("this is the form's title and the fixed name of the procedure")
    found = _rules(simp, TITLE + BODY)
    assert not found & {"SIM-N007", "SIM-J003", "SIM-L001"}


@pytest.mark.parametrize("line", [
    # a list item asks for something: an editor marks its nominal style
    "– " + TITLE[len("ANTRAG "):],
    # a field's note with its examples (an editor's mark on "gemäß" in such a note)
    "z. B. " + TITLE[len("ANTRAG "):],
    # a field to fill in
    TITLE + ": ________",
    # a sentence without its full stop: it has a verb
    "Wir haben Ihren Antrag auf Erteilung einer Erlaubnis zum Betrieb einer Gaststätte nach "
    "§ 2 des Gaststättengesetzes in Verbindung mit § 1 der Gaststättenverordnung geprüft",
])
def test_other_lines_keep_their_findings(simp, line: str):  # noqa: ANN001
    assert _rules(simp, line + BODY) & {"SIM-N007", "SIM-J003", "SIM-L001"}


def test_a_title_inside_a_paragraph_is_no_title_line(simp):  # noqa: ANN001
    text = "Sehr geehrte Frau Beispiel, hier ist das Formular. " + TITLE + BODY
    assert _rules(simp, text) & {"SIM-N007", "SIM-J003", "SIM-L001"}
