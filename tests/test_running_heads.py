"""Running heads and feet of pages in text extracted from a PDF form."""

from __future__ import annotations

from simplify.running_heads import running_heads

HEAD = ("Stadt Bad Ellerbrook – Fachdienst Ordnung                Formular GA-01\n"
        "Antrag auf Erteilung einer Gaststättenerlaubnis nach § 2 GastG        Seite {n} von 3\n")
PAGE = ("{head}\n{n}  Angaben zum Betrieb\n\nDer Antrag ist vollständig ausgefüllt und "
        "unterschrieben bei der Stadt einzureichen.\n\n")


def _form() -> str:
    return "".join(PAGE.format(head=HEAD.format(n=n), n=n) for n in (1, 2, 3))


def test_the_lines_repeated_with_a_page_number_are_running_heads():
    text = _form()
    heads = [text[a:b] for a, b in running_heads(text)]
    assert len(heads) == 6
    assert all("Ellerbrook" in h or "Seite" in h for h in heads)
    assert not any("einzureichen" in h for h in heads)


def test_repeated_lines_without_a_page_number_stay_text():
    text = ("Name, Vorname: ______\nAnschrift: ______\n\nZweite Person\n"
            "Name, Vorname: ______\nAnschrift: ______\n")
    assert running_heads(text) == []
    assert running_heads("Seite 1 von 2") == []


def test_no_finding_on_a_running_head(simp):  # noqa: ANN001
    # findings review 230: the form's title repeated over each page drew "Erteilung einer
    # Gaststättenerlaubnis" three times ("the repeated running page header of the form")
    text = _form()
    report = simp.analyze(text, "formular")
    on_heads = [f for f in report.findings
                if any(a <= f.start <= b for a, b in running_heads(text))]
    assert on_heads == []
    # the body keeps its findings: the duty hidden in "ist … einzureichen"
    assert [f for f in report.findings if f.rule == "SIM-P003"]
