"""Inline control comments: off for some or all rules, relaxed profiles, reasons required."""

from __future__ import annotations

from pathlib import Path

from simplify.batch import Job, check_job
from simplify.config import FileOptions
from simplify.report import assign_fingerprints
from simplify.service import DocumentService

OPTS = FileOptions("formular", None, [], {}, {})


def _check(simp, tmp_path: Path, name: str, text: str, opts: FileOptions = OPTS):  # noqa: ANN001, ANN202
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    res = check_job(DocumentService(simplifier=simp), Job(0, str(f), opts, str(f)))
    assert res.error is None, res.error
    return res


def _rules(res) -> list[tuple[str, int]]:  # noqa: ANN001
    return [(f.rule, f.line) for f in res.report.findings]


def test_off_for_some_rules_with_reason(simp, tmp_path):
    text = (
        "Der Antrag ist bis zum 1. März einzureichen.\n"
        "<!-- simplify: aus SIM-P003 Grund: Gesetzestext -->\n"
        "Die Gebühr ist zu entrichten. Der Antrag wird geprüft.\n"
        "<!-- simplify: an -->\n"
        "Die Gebühr ist zu entrichten.\n"
    )
    res = _check(simp, tmp_path, "a.md", text)
    rules = _rules(res)
    assert ("SIM-P003", 1) in rules and ("SIM-P003", 5) in rules
    assert ("SIM-P003", 3) not in rules  # switched off here
    assert ("SIM-P001", 3) in rules  # other rules still apply
    assert not any(f.text.startswith("<!--") for f in res.report.findings)
    regions = res.report.summary["suppressed_regions"]
    assert regions == [{"line": 2, "kind": "aus", "rules": ["SIM-P003"], "profile": None,
                        "reason": "Gesetzestext"}]


def test_off_for_all_rules_in_txt_and_html(simp, tmp_path):
    passage = ("Gemäß § 8 Abs. 1 der Satzung ist der Halter eines Hundes verpflichtet, diesen "
               "innerhalb von zwei Wochen nach der Aufnahme in den Haushalt bzw. nach dem Zuzug "
               "in das Stadtgebiet bei der Stadt schriftlich oder elektronisch anzumelden.")
    txt = ("Bitte melden Sie Ihren Hund an.\n\n<!-- simplify: aus Grund: Zitat aus der Satzung "
           f"-->\n{passage}\n<!-- simplify: an -->\n")
    res = _check(simp, tmp_path, "a.txt", txt)
    assert res.report.findings == []
    html = (f"<p>Bitte melden Sie Ihren Hund an.</p><!-- simplify: aus Grund: Zitat -->"
            f"<blockquote><p>{passage}</p></blockquote><!-- simplify: an -->"
            "<p>Der Antrag ist einzureichen.</p>")
    res = _check(simp, tmp_path, "a.html", html)
    assert [f.rule for f in res.report.findings] == ["SIM-P003"]


def test_missing_reason_is_a_finding_and_hides_nothing(simp, tmp_path):
    text = "<!-- simplify: aus SIM-P003 -->\nDer Antrag ist einzureichen.\n<!-- simplify: an -->\n"
    res = _check(simp, tmp_path, "a.md", text)
    rules = _rules(res)
    assert ("SIM-S001", 1) in rules and ("SIM-P003", 2) in rules
    s001 = next(f for f in res.report.findings if f.rule == "SIM-S001")
    assert "Es fehlt der Grund" in s001.message and s001.level.value == "error"
    assert s001.column == 1 and s001.text == "<!-- simplify: aus SIM-P003 -->"


def test_unknown_rule_profile_and_word(simp, tmp_path):
    text = ("<!-- simplify: aus SIM-Z999 Grund: x -->\n<!-- simplify: profil roman Grund: x -->\n"
            "<!-- simplify: ausschalten Grund: x -->\n<!-- simplify: an -->\nHallo.\n")
    res = _check(simp, tmp_path, "a.md", text)
    messages = [f.message for f in res.report.findings if f.rule == "SIM-S001"]
    assert len(messages) == 4
    assert any("SIM-Z999" in m for m in messages) and any("roman" in m for m in messages)
    assert any("ausschalten" in m for m in messages) and any("„an“ ohne" in m for m in messages)
    opts = FileOptions("formular", None, ["SIM-S001"], {}, {})
    res = _check(simp, tmp_path, "b.md", text, opts)
    assert not [f for f in res.report.findings if f.rule == "SIM-S001"]


def test_profile_region_reanalyses_with_offsets(simp, tmp_path):
    long = ("Bitte schicken Sie uns den Antrag mit allen Nachweisen über Ihr Einkommen bis zum "
            "1. März zurück.")
    text = (f"{long}\n\n<!-- simplify: profil leicht Grund: Test -->\n{long}\n"
            "<!-- simplify: an -->\n")
    plain = _check(simp, tmp_path, "plain.md", f"{long}\n\n{long}\n")
    res = _check(simp, tmp_path, "a.md", text)
    # the stricter profile "leicht" flags the sentence in the passage only
    assert not [f for f in plain.report.findings if f.rule == "SIM-L001" and f.line == 3]
    inner = [f for f in res.report.findings if f.line == 4]
    assert any(f.rule == "SIM-L001" for f in inner)
    for f in inner:
        assert text[f.start:f.end] == f.text  # offsets shifted back into the whole text
        assert text.splitlines()[f.line - 1][f.column - 1:].startswith(f.text[:5])
    assert len({f.fingerprint for f in res.report.findings}) == len(res.report.findings)


def test_fingerprints_match_the_core(simp):
    text = "Der Antrag ist einzureichen. Der Antrag ist einzureichen. Es wird gebeten.\n"
    report = simp.analyze(text)
    expected = [f.fingerprint for f in report.findings]
    copies = [f.model_copy() for f in report.findings]
    for f in copies:
        f.fingerprint = ""
    assign_fingerprints(copies)
    assert [f.fingerprint for f in copies] == expected
