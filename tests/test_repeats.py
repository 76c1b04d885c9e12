"""Repeats of a word (issue 14): the first place of a word-level finding is the finding, the
later places of the same rule and word are its ``repeats``, in every channel; /v2, fix and
baselines still see every place."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import Settings, create_app
from simplify import Simplifier
from simplify.cli import main
from simplify.document import places_label, repeats_note
from simplify.report import Finding, Level, Report, flatten, group_repeats, summarize
from simplify.rules import default_rules
from simplify.service import DocumentService

THREE = ("Zahlen Sie bis Mai, widrigenfalls mahnen wir.\nMelden Sie sich, widrigenfalls gilt "
         "der Termin.\nKommen Sie pünktlich, widrigenfalls warten Sie.\n")  # "sonst": one click
TWO_WORDS = "Beachten Sie die Deadline. Melden Sie Änderungen umgehend. Die Deadline ist im Mai.\n"
PASSIVE = "Der Antrag wird geprüft.\nDer Antrag wird geprüft.\nDer Antrag wird geprüft.\n"
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def service(simp: Simplifier) -> DocumentService:
    return DocumentService(simplifier=simp)


def _finding(rule: str, start: int, term: str = "", level: Level = Level.warning) -> Finding:
    return Finding(rule=rule, family="jargon", level=level, message="m", start=start,
                   end=start + 3, line=1, column=start + 1, text="abc", term=term,
                   fingerprint=f"fp{start}")


# -- the model: grouping, flattening, counts ------------------------------------------------------


def test_group_repeats_by_rule_term_and_level():
    findings = [_finding("SIM-J001", 0, "umgehend"), _finding("SIM-J001", 10, "umgehend"),
                _finding("SIM-J005", 20, "umgehend"), _finding("SIM-J001", 30, "alsbald"),
                _finding("SIM-P001", 40), _finding("SIM-P001", 50),
                _finding("SIM-J001", 60, "umgehend", Level.info),
                _finding("SIM-J001", 70, "umgehend")]
    grouped = group_repeats(findings)
    assert [(f.rule, f.start, [r.start for r in f.repeats]) for f in grouped] == [
        ("SIM-J001", 0, [10, 70]), ("SIM-J005", 20, []), ("SIM-J001", 30, []),
        ("SIM-P001", 40, []), ("SIM-P001", 50, []),  # no term: sentence-level, never grouped
        ("SIM-J001", 60, []),  # another level (e.g. another profile's passage): its own finding
    ]
    assert group_repeats(grouped) == grouped  # idempotent
    assert not any(f.repeats for f in findings)  # the input is left as it was
    flat = flatten(grouped)
    assert [f.start for f in flat] == [0, 10, 20, 30, 40, 50, 60, 70]
    assert not any(f.repeats for f in flat)
    assert grouped[0].repeats  # flattening copies, it does not empty the groups


def test_word_level_hints_of_one_rule_are_one_finding_naming_the_other_words():
    hints = [_finding("SIM-J001", 0, "gemäß", Level.info), _finding("SIM-J001", 10, "ferner",
                                                                     Level.info),
             _finding("SIM-J001", 20, "gemäß", Level.info), _finding("SIM-J006", 30, "bescheid",
                                                                     Level.info)]
    hints[1].text = "Ferner"
    warnings = [_finding("SIM-J001", 40, "umgehend"), _finding("SIM-J001", 50, "alsbald")]
    grouped = group_repeats(hints + warnings)
    assert [(f.rule, f.start, [r.start for r in f.repeats]) for f in grouped] == [
        ("SIM-J001", 0, [10, 20]), ("SIM-J006", 30, []),
        ("SIM-J001", 40, []), ("SIM-J001", 50, []),  # warnings: one finding per word
    ]
    assert grouped[0].message == "m Weitere Wörter dieser Art im Text: „Ferner“."
    # a separable verb's span runs over its clause: the note names its list entry
    clause = [_finding("SIM-J001", 0, "gemäß", Level.info),
              _finding("SIM-J001", 10, "vorliegen", Level.info)]
    clause[1].text = "liegen die Vereinbarungen mit einem Leistungserbringer erstmals vor"
    assert group_repeats(clause)[0].message.endswith("„vorliegen“.")
    # four words named, the rest counted
    many = [_finding("SIM-J001", 10 * k, w, Level.info)
            for k, w in enumerate(["gemäß", "ferner", "hierzu", "insoweit", "zwecks", "mittels",
                                   "seitens"])]
    for f in many:
        f.text = f.term
    assert group_repeats(many)[0].message == (
        "m Weitere Wörter dieser Art im Text: „ferner“, „hierzu“, „insoweit“, „zwecks“ "
        "und 2 weitere.")
    assert group_repeats(grouped) == grouped  # idempotent: the note is not added twice
    assert [f.message for f in flatten(grouped)] == ["m"] * 6  # each place its own message


def test_summary_counts_findings_and_places():
    report = Report(profile="formular", findings=group_repeats(
        [_finding("SIM-J001", 0, "umgehend"), _finding("SIM-J001", 10, "umgehend"),
         _finding("SIM-P001", 20)]))
    summary = summarize(report)
    assert summary["findings"] == 2 and summary["places"] == 3
    assert summary["by_level"]["warning"] == 2  # levels and families count findings
    assert len(report.all_findings()) == report.place_count() == 3


def test_word_scope_is_rule_data():
    rules = default_rules()
    word = {r.id for r in rules.values() if r.scope == "word"}
    assert {"SIM-J001", "SIM-J002", "SIM-J005", "SIM-W001", "SIM-W002", "SIM-A001"} <= word
    # sentence-level families are never grouped
    assert not [r.id for r in rules.values()
                if r.scope == "word" and r.family in {"length", "passive", "nominal"}]


def test_places_label():
    assert places_label([{"line": 3, "column": 1}, {"line": 7, "column": 2},
                         {"line": 7, "column": 9}]) == "Zeile 3, 7 (2-mal)"
    assert places_label([{"paragraph": 4}, {"paragraph": 9}]) == "Absatz 4; Absatz 9"
    assert repeats_note([{"line": 2}]) == "noch 1 weitere Stelle: Zeile 2"
    assert repeats_note([]) == ""


# -- the service: one place groups, for every channel ---------------------------------------------


def test_three_times_the_same_word_is_one_finding_with_two_repeats(service):
    report = service.check_text(THREE)
    words = [f for f in report.findings if f.rule == "SIM-J001"]
    assert len(words) == 1
    head = words[0]
    assert head.line == 1 and head.term == "widrigenfalls"
    assert [(r.line, r.text) for r in head.repeats] == [(2, "widrigenfalls"), (3, "widrigenfalls")]
    for place in head.places():  # each place complete: its own span and suggestion
        assert THREE[place.start:place.end] == "widrigenfalls"
        assert [(s.start, s.end) for s in place.suggestions][:1] == [(place.start, place.end)]
    assert len({p.fingerprint for p in head.places()}) == 3
    assert report.summary["findings"] == len(report.findings)
    assert report.summary["places"] == len(report.findings) + 2


def test_inflected_forms_of_a_word_are_one_finding(service):
    text = ("Legen Sie die Kraftfahrzeughaftpflichtversicherung vor. Wir prüfen die "
            "Kraftfahrzeughaftpflichtversicherungen.\n")
    [long] = [f for f in service.check_text(text).findings if f.rule == "SIM-W001"]
    assert [r.text for r in long.repeats] == ["Kraftfahrzeughaftpflichtversicherungen"]


def test_different_words_and_rules_are_not_grouped(service):
    report = service.check_text(TWO_WORDS)
    by_rule = {f.rule: f for f in report.findings if f.rule in {"SIM-J001", "SIM-J005"}}
    assert len(by_rule["SIM-J005"].repeats) == 1  # Deadline twice
    assert by_rule["SIM-J001"].repeats == []  # umgehend once


def test_sentence_level_findings_are_never_grouped(service):
    report = service.check_text(PASSIVE)
    passive = [f for f in report.findings if f.family == "passive"]
    assert len(passive) == 3 and not any(f.repeats for f in passive)


def test_suppressed_first_place_makes_the_next_one_first(service):
    text = ("<!-- simplify: aus SIM-J001 Grund: Zitat -->\nMelden Sie Änderungen umgehend.\n"
            "<!-- simplify: an SIM-J001 -->\nZahlen Sie umgehend. Antworten Sie umgehend.\n")
    [head] = [f for f in service.check_text(text).findings if f.rule == "SIM-J001"]
    assert head.line == 4 and len(head.repeats) == 1


def test_json_round_trip(service):
    report = service.check_text(THREE)
    again = Report.model_validate_json(report.to_json())
    assert again == report
    assert again.findings[0].repeats[1].suggestions == report.findings[0].repeats[1].suggestions


# -- output formats ---------------------------------------------------------------------------


@pytest.fixture
def three(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "brief.txt"
    path.write_text(THREE, encoding="utf-8")
    return path


def _out(capsys, *args: str) -> str:
    main(["check", "brief.txt", "-j", "1", *args])
    return capsys.readouterr().out


def test_text_output_lists_the_other_lines(three, capsys):
    out = _out(capsys)
    assert out.count("SIM-J001") == 1
    assert "    noch 2 weitere Stellen: Zeile 2, 3" in out
    # the summary counts findings and places
    assert out.splitlines()[-1] == "1 Datei geprüft: 1 Hinweis an 3 Stellen (1 Warnung)."


def test_json_nests_repeats_with_their_locations(three, capsys):
    data = json.loads(_out(capsys, "--format", "json"))
    [head] = [f for f in data["files"][0]["findings"] if f["rule"] == "SIM-J001"]
    assert [r["location"]["line"] for r in head["repeats"]] == [2, 3]
    assert data["summary"]["places"] == data["summary"]["findings"] + 2
    lines = [json.loads(x) for x in _out(capsys, "--format", "jsonl").splitlines()]
    assert sum(1 for x in lines if x.get("rule") == "SIM-J001") == 1


def test_sarif_one_result_with_related_locations(three, capsys):
    import jsonschema

    log = json.loads(_out(capsys, "--format", "sarif"))
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    [result] = [r for r in log["runs"][0]["results"] if r["ruleId"] == "SIM-J001"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    related = result["relatedLocations"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [2, 3]
    assert [r["id"] for r in related] == [1, 2]
    assert result["message"]["text"].endswith("noch 2 weitere Stellen: [Zeile 2](1), [Zeile 3](2)")
    everywhere = result["fixes"][-1]
    assert len(everywhere["artifactChanges"][0]["replacements"]) == 3


def test_junit_and_github_name_the_other_lines(three, capsys):
    junit = ET.fromstring(_out(capsys, "--format", "junit").encode())
    failure = junit.find("testsuite/testcase/failure")
    assert failure is not None
    lines = [x for x in failure.text.splitlines() if "SIM-J001" in x]
    assert len(lines) == 1 and lines[0].endswith("noch 2 weitere Stellen: Zeile 2, 3")
    github = [x for x in _out(capsys, "--format", "github").splitlines() if "SIM-J001" in x]
    assert len(github) == 1 and "line=1," in github[0]
    assert github[0].endswith("%0Anoch 2 weitere Stellen: Zeile 2, 3")


def test_markdown_and_html_show_the_repeats(three, capsys):
    md = _out(capsys, "--format", "markdown")
    assert sum(1 for x in md.splitlines() if "SIM-J001" in x) == 1
    assert "noch 2 weitere Stellen: Zeile 2, 3" in md
    html = _out(capsys, "--format", "html")
    assert html.count("<strong>SIM-J001</strong>") == 1
    assert '<details class="repeats"><summary>noch 2 weitere Stellen: Zeile 2, 3</summary>' in html
    assert html.count("Melden Sie sich, <mark>widrigenfalls</mark> gilt") == 1


# -- every place: /v2, fix, baseline ----------------------------------------------------------


def test_v2_check_gives_one_match_per_place(simp):
    app = create_app(Settings(), simplifier=simp)
    with TestClient(app) as client:
        r = client.post("/v2/check", data={"text": THREE, "language": "de-DE"})
        v1 = client.post("/v1/analyze", json={"text": THREE})
    matches = [m for m in r.json()["matches"] if m["rule"]["id"] == "SIM-J001"]
    assert [THREE[m["offset"]:m["offset"] + m["length"]] for m in matches] == ["widrigenfalls"] * 3
    assert len({m["offset"] for m in matches}) == 3
    [head] = [f for f in v1.json()["findings"] if f["rule"] == "SIM-J001"]
    assert len(head["repeats"]) == 2  # the page's answer is grouped


def test_fix_write_changes_every_place(three, capsys):
    assert main(["fix", "brief.txt", "--write"]) == 0
    text = three.read_text(encoding="utf-8")
    assert "widrigenfalls" not in text and text.count("sonst") == 3


def test_baseline_keeps_every_place_and_a_new_repeat_is_new(three, capsys):
    assert main(["baseline", "brief.txt", "-j", "1"]) == 0
    data = json.loads(Path(".simplify-baseline.json").read_text(encoding="utf-8"))
    entries = data["files"]["brief.txt"]
    assert sum(e["count"] for e in entries.values() if e["rule"] == "SIM-J001") == 3
    assert main(["check", "brief.txt", "-j", "1", "--baseline", ".simplify-baseline.json"]) == 0
    capsys.readouterr()
    # a fourth place of the baselined word is new: it is reported, on its own line
    three.write_text(THREE + "Rufen Sie an, widrigenfalls schreiben wir.\n", encoding="utf-8")
    assert main(["check", "brief.txt", "-j", "1", "--baseline", ".simplify-baseline.json",
                 "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    [new] = report["files"][0]["findings"]
    assert (new["rule"], new["line"], new["repeats"]) == ("SIM-J001", 4, [])
    assert report["files"][0]["baseline"]["known"] == data["findings"]


def test_documents_name_the_other_places_by_paragraph(tmp_path, monkeypatch, capsys):
    import docx

    d = docx.Document()
    d.add_paragraph("Melden Sie Änderungen umgehend.")
    d.add_paragraph("Bitte lesen Sie das.")
    d.add_paragraph("Zahlen Sie den Beitrag umgehend.")
    d.save(str(tmp_path / "brief.docx"))
    monkeypatch.chdir(tmp_path)
    main(["check", "brief.docx", "-j", "1"])
    out = capsys.readouterr().out
    assert "brief.docx (Absatz 1): Warnung SIM-J001" in out
    assert "    noch 1 weitere Stelle: Absatz 3" in out
    main(["check", "brief.docx", "-j", "1", "--format", "sarif"])
    [result] = [r for r in json.loads(capsys.readouterr().out)["runs"][0]["results"]
                if r["ruleId"] == "SIM-J001"]
    [related] = result["relatedLocations"]
    assert related["logicalLocations"][0]["name"] == "Absatz 3"
    assert result["message"]["text"].endswith("noch 1 weitere Stelle: [Absatz 3](1)")


def test_a_rare_word_again_is_a_repeat(service):  # noqa: ANN001
    # findings review 125: "freiheitsentziehende" flagged three times, "a third flag on the
    # leaflet's central term"
    text = ("Freiheitsentziehende Maßnahmen sind zum Beispiel Bettgitter. Wir prüfen "
            "freiheitsentziehende Maßnahmen jedes Jahr. Auch freiheitsentziehende Maßnahmen "
            "in der Nacht zählen.")
    [f] = [f for f in service.check_text(text, profile="brief").findings if f.rule == "SIM-W002"]
    assert len(f.repeats) == 2
