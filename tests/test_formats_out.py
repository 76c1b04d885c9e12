"""Output formats over one sample run: SARIF (schema), JUnit, GitHub, Markdown, HTML, JSON(L)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_formats_in import make_docx, make_pdf

from simplify.cli import main
from simplify.formats_out.ci import escape_data, escape_property

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
NASTY = 'Der Antrag <script>alert("x")</script> ist bis zum 1. März einzureichen.\n'


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    (root / "a, b: c%.txt").write_text(NASTY + "Die Abgabe erfolgt schriftlich, d. h. per Post.\n",
                                       encoding="utf-8")
    (root / "gut.md").write_text("Bitte schicken Sie uns den Antrag.\n", encoding="utf-8")
    make_docx(root / "brief.docx")
    (root / "bescheid.pdf").write_bytes(make_pdf([["Der Antrag wird geprüft."]]))
    (root / "scan.pdf").write_bytes(make_pdf([[]]))
    return root


def run(sample: Path, fmt: str, capsys, monkeypatch) -> tuple[int, str]:  # noqa: ANN001
    monkeypatch.chdir(sample)
    code = main(["check", ".", "-j", "1", "--format", fmt])
    return code, capsys.readouterr().out


def test_sarif_validates_against_official_schema(sample, capsys, monkeypatch):
    import jsonschema

    code, out = run(sample, "sarif", capsys, monkeypatch)
    assert code == 2  # scan.pdf could not be checked
    log = json.loads(out)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(log)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert {"SIM-P003", "SIM-S001"} <= {r["id"] for r in rules}
    assert all(r["defaultConfiguration"]["level"] in {"error", "warning", "note"} for r in rules)
    results = run_["results"]
    by_uri: dict[str, list] = {}
    for r in results:
        by_uri.setdefault(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                          []).append(r)
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["partialFingerprints"]["simplifyFingerprint/v1"]
    txt = by_uri["a%2C%20b%3A%20c%25.txt"]
    p003 = next(r for r in txt if r["ruleId"] == "SIM-P003")
    region = p003["locations"][0]["physicalLocation"]["region"]
    line = NASTY.splitlines()[0]
    col = line.index("ist bis") + 1
    assert region["startLine"] == 1 and region["startColumn"] == col
    assert region["charOffset"] == col - 1 and region["endColumn"] > col
    abbr = next(r for r in txt if r["ruleId"] == "SIM-J002")
    fix = abbr["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert fix["insertedContent"]["text"] == "das heißt"
    docx = by_uri["brief.docx"][0]
    assert "region" not in docx["locations"][0]["physicalLocation"]
    assert docx["locations"][0]["logicalLocations"][0]["name"].startswith(("Absatz", "Tabelle"))
    note = run_["invocations"][0]["toolExecutionNotifications"][0]
    assert run_["invocations"][0]["executionSuccessful"] is False
    assert "eingescannt" in note["message"]["text"]
    assert run_["columnKind"] == "unicodeCodePoints"


def test_junit(sample, capsys, monkeypatch):
    _, out = run(sample, "junit", capsys, monkeypatch)
    root = ET.fromstring(out.encode())
    suite = root.find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert suite.get("tests") == "5" and suite.get("errors") == "1"
    assert cases["gut.md"].find("failure") is None
    failure = cases["a, b: c%.txt"].find("failure")
    assert "SIM-P003" in failure.text and "Zeile 1, Spalte" in failure.text
    assert cases["scan.pdf"].find("error") is not None
    assert "Absatz 2" in cases["brief.docx"].find("failure").text


def test_github_annotations_are_escaped(sample, capsys, monkeypatch):
    _, out = run(sample, "github", capsys, monkeypatch)
    lines = out.splitlines()
    p003 = next(ln for ln in lines if "title=SIM-P003" in ln and "c%25" in ln)
    assert p003.startswith("::warning file=a%2C b%3A c%25.txt,line=1,col=")
    assert "endLine=1,endColumn=" in p003 and "\n" not in p003
    assert "%0A„" in p003  # message lines joined with %0A
    assert any(ln.startswith("::error file=scan.pdf,title=simplify%3A nicht geprüft::")
               for ln in lines)
    docx = next(ln for ln in lines if "file=brief.docx" in ln)
    assert "line=" not in docx.split("::")[1] and "(Absatz" in docx
    assert escape_data("a%b\r\nc") == "a%25b%0D%0Ac"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"


def test_markdown_summary(sample, capsys, monkeypatch):
    _, out = run(sample, "markdown", capsys, monkeypatch)
    assert out.startswith("## simplify")
    assert "| Datei | Verständlichkeit (0–20) |" in out
    assert "<script>" not in out
    assert "### Nicht geprüft" in out and "### Wichtigste Hinweise" in out


def test_html_report_is_standalone_and_escaped(sample, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(sample)
    target = tmp_path / "bericht.html"
    assert main(["check", ".", "-j", "1", "--format", "html", "-o", str(target)]) == 2
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="de">' in html
    assert html.count("<script") == 1 and "<script src" not in html  # only the filter
    assert "alert(" not in html.split("&lt;script&gt;")[0] and "&lt;script&gt;" in html
    assert "http://" not in html and "https://" not in html and "src=" not in html
    assert "<mark>ist bis zum 1. März einzureichen</mark>" in html
    # worst files first: the overview lists the harder text before the good one
    assert html.index("a, b: c%.txt</a>") < html.index("gut.md</a>")
    assert "Nicht geprüft" in html and "eingescannt" in html
    assert "Seite 1, Zeile 1" in html and "Absatz 2" in html
    assert "Zusammenfassung" not in capsys.readouterr().out  # nothing on stdout with -o


def test_json_and_jsonl_carry_locations(sample, capsys, monkeypatch):
    _, out = run(sample, "json", capsys, monkeypatch)
    data = json.loads(out)
    docx = next(f for f in data["files"] if f["path"].endswith("brief.docx"))
    assert docx["kind"] == "docx"
    assert all("paragraph" in f["location"] or "table" in f["location"]
               for f in docx["findings"])
    assert data["errors"][0]["path"].endswith("scan.pdf")
    assert data["summary"]["errors"] == 1
    _, out = run(sample, "jsonl", capsys, monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["type"] for r in rows} == {"finding", "file", "error", "summary"}
    assert rows[-1]["type"] == "summary"
    pdf = next(r for r in rows if r["type"] == "finding" and r["path"].endswith("bescheid.pdf"))
    assert pdf["location"] == {"page": 1, "line": 1}
