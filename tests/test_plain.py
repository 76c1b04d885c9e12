"""A text already written plainly keeps its warnings and errors, not its hints (plain.py)."""

from __future__ import annotations

from pathlib import Path

from simplify.plain import BOX_WORDS, MIN_WORDS, for_plain_text
from simplify.render import text_report
from simplify.report import Finding, Level
from simplify.service import DocumentService

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _check(name: str, profile: str = "brief"):  # noqa: ANN202
    svc = DocumentService()
    path = CORPUS / name
    return svc.check(svc.read_path(path), svc.options(path, profile=profile)).report


def _levels(report) -> set[str]:  # noqa: ANN001
    return {f.level.value for f in report.all_findings()}


def test_a_plain_letter_gets_no_hints_and_says_why():
    report = _check("elternbeitrag.plain.txt")
    plain = report.summary["plain"]
    assert "info" not in _levels(report)
    assert plain["hidden"] > 0 and plain["warnings_per_1000"] <= plain["limit"] == 3
    assert "Der Text ist schon einfach geschrieben" in text_report("brief.txt", report)


def test_the_stiff_original_keeps_its_hints():
    report = _check("elternbeitrag.txt")
    assert report.summary["plain"] is None
    assert "info" in _levels(report)
    assert "schon einfach" not in text_report("brief.txt", report)


def test_plain_language_profiles_keep_every_hint():
    """In Einfache Sprache the hints are the standard the writer is held to."""
    report = _check("elternbeitrag.plain.txt", "einfach")
    assert report.summary["plain"] is None
    assert "info" in _levels(report)


def test_a_short_passage_keeps_its_hints(simp):  # noqa: ANN001
    """A pasted sentence or a form field is too short to call the text plain."""
    text = "Die Beratung ist kostenfrei. Bitte rufen Sie uns vorher an."
    report = simp.analyze(text, "brief")
    assert report.summary["plain"] is None
    assert {f.level.value for f in report.findings} == {"info"}


def _finding(level: Level, start: int) -> Finding:
    return Finding(rule="SIM-X", family="jargon", level=level, start=start, end=start + 1,
                   line=1, column=start + 1, text="x", message="m")


def test_the_limit_is_warnings_per_thousand_words(simp):  # noqa: ANN001
    prof = simp.profile("brief")
    hints = [_finding(Level.info, i) for i in range(5)]
    three = [_finding(Level.warning, 10 + i) for i in range(3)]
    kept, plain = for_plain_text(hints + three, 1000, prof)
    assert kept == three and plain == {"warnings_per_1000": 3.0, "limit": 3, "hidden": 5}
    four = [*three, _finding(Level.error, 20)]
    assert for_plain_text(hints + four, 1000, prof) == (hints + four, None)
    # below the minimum length nothing is measured; without hints there is nothing to say
    assert for_plain_text(hints, MIN_WORDS - 1, prof) == (hints, None)
    assert for_plain_text(three, 1000, prof) == (three, None)
    assert for_plain_text(hints, 1000, simp.profile("leicht")) == (hints, None)


def test_a_letterhead_region_keeps_the_analysis_summary():
    """Blanking the letterhead (suppress.apply) once replaced the summary: the passive share,
    the readers and the plain-text note were lost on every letter with a letterhead."""
    report = _check("elternbeitrag.txt")
    assert report.summary["suppressed_regions"]
    assert "passive_share" in report.summary["budgets"]
    assert {"experts", "council", "plain"} <= set(report.summary)


def test_a_check_box_option_keeps_its_warnings_but_not_its_hints(simp):  # noqa: ANN001
    """A tick-box option is worded like the form's other options: reviews 18-68 judged 11 of
    111 hints on such lines worth the time, 72 noise."""
    line = "Die Unterlagen reiche ich gemäß Ihrer Aufforderung nach."
    form = f"Bitte kreuzen Sie an:\n[ ] {line}\n{line}\nZahlweise: [ ] mtl. [ ] jährl."
    report = simp.analyze(form, "formular")
    plain_line = form.index("\n" + line) + 1
    hints = [f for f in report.findings if f.level.value == "info"]
    assert hints and all(plain_line <= f.start < plain_line + len(line) for f in hints)
    assert {f.text for f in report.findings if f.level.value == "warning"} == {"mtl.", "jährl."}
    # a declaration of more than BOX_WORDS words is a text of its own: it keeps its hints
    long = ("[ ] Ich bin damit einverstanden, dass die Stadt meine Angaben gemäß den "
            "Bestimmungen der Satzung für die Bearbeitung meines Antrags auf einen Zuschuss "
            "für die Anschaffung eines Lastenrades speichert.")
    assert len(long.split()) > BOX_WORDS + 1
    assert [f for f in simp.analyze(long, "formular").findings if f.text == "gemäß"]
    # the plain-language profiles keep every hint
    assert [f for f in simp.analyze(form, "einfach").findings
            if f.start < plain_line and f.text == "gemäß"]


def test_check_box_lines_are_found_on_their_line():
    from simplify.plain import on_check_box_line
    text = "Zahlweise: [ ] mtl. ☐ jährl.\nDie Gebühr wird erhoben.\n( ) ja"
    assert on_check_box_line(text, text.index("mtl."))
    assert on_check_box_line(text, text.index("jährl"))
    assert not on_check_box_line(text, text.index("Gebühr"))
    assert on_check_box_line(text, text.index("ja"))
    assert not on_check_box_line(text, text.index("Zahlweise"))


def test_no_nominal_hints_in_a_letters_subject_lines(simp):  # noqa: ANN001
    # findings reviews 18-177: a noun-style subject line is conventional ("Anordnung der
    # Behandlung Ihrer Bienenvölker"); the same words in the body keep their hint
    subject = "Anordnung der Behandlung Ihrer Bienenvölker gegen Varroose"
    letter = ("Landkreis Auenfeld\nVeterinäramt\nAm Markt 1\n12345 Auenfeld\n\nHerrn\nMax Bauer\n"
              f"Weg 2\n12346 Hollerbeck\n\n{subject}\n\nSehr geehrter Herr Bauer,\n\nwir haben "
              "Ihre Bienenvölker am 2. Mai 2025 untersucht. Dabei haben wir einen starken Befall "
              "mit Varroamilben festgestellt. Wir schreiben Ihnen wegen der {}.\n\nMit "
              "freundlichen Grüßen\nIm Auftrag\nSchulz")
    body = letter.replace("{}", "Anordnung der Behandlung Ihrer Bienenvölker")
    found = [(f.rule, f.start) for f in simp.analyze(body, "brief").findings
             if f.rule.startswith("SIM-N")]
    head = body.index(subject)
    assert found and all(start > head + len(subject) for _, start in found), found
