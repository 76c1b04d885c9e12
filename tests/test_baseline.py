"""Baselines: record today's findings, fail only on new ones, count old and fixed ones."""

from __future__ import annotations

import json

from simplify.cli import main

OLD = "Der Antrag ist bis zum 1. März einzureichen.\nEs wird gebeten, pünktlich zu zahlen.\n"


def test_baseline_roundtrip(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "texte").mkdir()
    doc = tmp_path / "texte" / "a.md"
    doc.write_text(OLD, encoding="utf-8")
    assert main(["check", "texte", "-j", "1"]) == 1
    assert main(["baseline", "texte", "-j", "1"]) == 0
    assert "Baseline gespeichert: .simplify-baseline.json" in capsys.readouterr().out
    data = json.loads((tmp_path / ".simplify-baseline.json").read_text(encoding="utf-8"))
    assert list(data["files"]) == ["texte/a.md"]
    assert data["findings"] == sum(e["count"] for e in data["files"]["texte/a.md"].values())

    # unchanged: nothing new
    assert main(["check", "texte", "-j", "1", "--baseline", ".simplify-baseline.json"]) == 0
    out = capsys.readouterr().out
    assert f"{data['findings']} bekannte Hinweise ausgeblendet, 0 behoben" in out

    # moved lines and a new finding: only the new one counts
    doc.write_text("Bitte lesen Sie das.\n\n" + OLD + "Der Antrag wird geprüft.\n",
                   encoding="utf-8")
    assert main(["check", "texte", "-j", "1", "--baseline", ".simplify-baseline.json",
                 "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["SIM-P001"]
    assert report["summary"]["baseline"]["known"] == data["findings"]

    # a fixed finding is counted
    doc.write_text("Es wird gebeten, pünktlich zu zahlen.\n", encoding="utf-8")
    assert main(["check", "texte", "-j", "1", "--baseline", ".simplify-baseline.json",
                 "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]["baseline"]
    assert summary["fixed"] >= 1 and summary["known"] + summary["fixed"] == data["findings"]


def test_baseline_from_config_and_broken_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "simplify.toml").write_text('baseline = "qa/bl.json"\n', encoding="utf-8")
    (tmp_path / "qa").mkdir()
    (tmp_path / "a.txt").write_text(OLD, encoding="utf-8")
    assert main(["check", "a.txt", "-j", "1"]) == 2  # the configured baseline does not exist
    assert "Baseline-Datei gibt es nicht" in capsys.readouterr().err
    assert main(["baseline", "a.txt", "-j", "1"]) == 0
    assert (tmp_path / "qa" / "bl.json").exists()
    assert main(["check", "a.txt", "-j", "1"]) == 0
    (tmp_path / "qa" / "bl.json").write_text("{kaputt", encoding="utf-8")
    assert main(["check", "a.txt", "-j", "1"]) == 2
    assert "kann nicht gelesen werden" in capsys.readouterr().err
