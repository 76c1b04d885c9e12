"""The Python API contract: offsets, lines, report shape, bad input."""

from __future__ import annotations

import json

import pytest

from simplify import InputError, analyze
from simplify.errors import ConfigError

TEXT = ("Antrag auf Wohngeld\nName, Vorname\n\n"
        "Der Antrag ist bis zum 1. März einzureichen. Bitte fügen Sie ggf. Belege bei.\n")


def test_analyze_offsets_point_into_the_text():
    report = analyze(TEXT)
    assert report.findings
    for f in report.findings:
        assert TEXT[f.start:f.end] == f.text
        line_start = TEXT.rfind("\n", 0, f.start) + 1
        assert f.line == TEXT.count("\n", 0, f.start) + 1
        assert f.column == f.start - line_start + 1


def test_analyze_report_shape_round_trips_as_json():
    report = analyze(TEXT)
    data = json.loads(report.to_json())
    assert data["version"] == "1.0"
    assert data["profile"] == "formular"
    assert {"findings", "sentences", "scores", "summary"} <= set(data)
    f = data["findings"][0]
    assert {"rule", "family", "level", "message", "start", "end", "line", "column", "text",
            "suggestions"} <= set(f)
    assert report.to_dict() == data


def test_analyze_sentences_cover_form_lines():
    report = analyze(TEXT)
    texts = [TEXT[s.start:s.end] for s in report.sentences]
    assert texts[:2] == ["Antrag auf Wohngeld", "Name, Vorname"]
    assert all(0 <= s.difficulty <= 20 for s in report.sentences)


def test_analyze_empty_text_gives_empty_report():
    report = analyze("   \n ")
    assert report.findings == [] and report.sentences == []


def test_analyze_refuses_binary_and_huge_text(simp):
    with pytest.raises(InputError, match="Binärdaten"):
        analyze("abc\x00def")
    with pytest.raises(InputError, match="zu lang"):
        analyze("a" * (simp.max_chars + 1))


def test_analyze_unknown_profile_is_a_german_error():
    with pytest.raises(ConfigError, match="gibt es nicht"):
        analyze("Hallo.", profile="roman")


def test_analyze_profiles_change_limits():
    text = "Wenn Sie umziehen, melden Sie sich bitte innerhalb von zwei Wochen bei uns an."
    assert not [f for f in analyze(text).findings if f.rule == "SIM-L001"]
    assert [f for f in analyze(text, profile="leicht").findings if f.rule == "SIM-L001"]


def test_analyze_disable_and_levels():
    text = "Der Antrag wird geprüft."
    assert not [f for f in analyze(text, disable=["SIM-P001"]).findings if f.rule == "SIM-P001"]
    f = next(f for f in analyze(text, levels={"SIM-P001": "error"}).findings
             if f.rule == "SIM-P001")
    assert f.level.value == "error"


def test_analyze_fingerprints_survive_moved_lines():
    a = analyze("Der Antrag wird geprüft.")
    b = analyze("Neue Zeile oben.\n\nDer Antrag wird geprüft.")
    fa = {f.fingerprint for f in a.findings if f.rule == "SIM-P001"}
    fb = {f.fingerprint for f in b.findings if f.rule == "SIM-P001"}
    assert fa == fb and fa


def test_optional_spacy_model_runs_same_rules():
    spacy = pytest.importorskip("spacy")
    if not spacy.util.is_package("de_core_news_md"):
        pytest.skip("de_core_news_md ist nicht installiert (optional)")
    report = analyze("Der Antrag wird geprüft.", model="de_core_news_md")
    assert "SIM-P001" in {f.rule for f in report.findings}
