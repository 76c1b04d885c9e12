"""German output in every view: plurals, level names, lists, the same sentence count; and the
structure of the HTML report (summary first, fixed-layout findings table, filter, markers)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from simplify.batch import FileResult
from simplify.cli import main
from simplify.formats_out import RunResult, summary_text
from simplify.report import Report
from simplify.vocabulary import count, german_list, level_count

HARD = ("Der Antrag ist bis zum 1. März bei der zuständigen Behörde einzureichen, damit er "
        "rechtzeitig bearbeitet werden kann. Wir bitten um zeitnahe Rücksendung des Lichtbildes. "
        'Die <b>Unterlagen</b> werden "geprüft" & gespeichert.\n')
EASY = "Bitte schicken Sie uns den Antrag.\n"


def test_german_plurals_and_lists():
    assert count(1, "Hinweis", "Hinweise") == "1 Hinweis"
    assert count(0, "Hinweis", "Hinweise") == "0 Hinweise"
    assert level_count(1, "warning") == "1 Warnung" and level_count(2, "error") == "2 Fehler"
    assert german_list(["A"]) == "„A“"
    assert german_list(["A", "B"]) == "„A“ oder „B“"
    assert german_list(["A", "B", "C"], "und") == "„A“, „B“ und „C“"


def _run(files: int, findings: int = 0, errors: int = 0) -> RunResult:
    results = [FileResult(i, f"{i}.txt", report=Report(profile="formular"))
               for i in range(files)]
    results += [FileResult(files + i, "x.txt", error="kaputt") for i in range(errors)]
    return RunResult(results)


@pytest.mark.parametrize(("files", "errors", "expected"), [
    (1, 0, "1 Datei geprüft: 0 Hinweise."),
    (2, 0, "2 Dateien geprüft: 0 Hinweise."),
    (1, 1, "1 Datei geprüft: 0 Hinweise; 1 Datei konnte nicht geprüft werden."),
    (3, 2, "3 Dateien geprüft: 0 Hinweise; 2 Dateien konnten nicht geprüft werden."),
])
def test_summary_text_singular_and_plural(files, errors, expected):
    assert summary_text(_run(files, errors=errors)) == expected


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ansichten")
    (root / "schwer.txt").write_text(HARD, encoding="utf-8")
    (root / "leicht.md").write_text(EASY, encoding="utf-8")
    (root / "leer.txt").write_text("", encoding="utf-8")
    return root


def _check(root: Path, fmt: str, capsys, monkeypatch, *extra: str) -> str:
    monkeypatch.chdir(root)
    main(["check", ".", "--no-config", "-j", "1", "--format", fmt, "--no-progress", *extra])
    return capsys.readouterr().out


def test_same_sentence_count_in_every_view(project, capsys, monkeypatch):
    data = json.loads(_check(project, "json", capsys, monkeypatch))
    sentences = {f["path"]: f["summary"]["sentences"] for f in data["files"]}
    assert sentences["schwer.txt"] == 3 and sentences["leicht.md"] == 1
    text = _check(project, "text", capsys, monkeypatch)
    assert "schwer.txt: Verständlichkeit" in text and "· 3 Sätze," in text
    assert "leicht.md: Verständlichkeit" in text and "· 1 Satz," in text
    md = _check(project, "markdown", capsys, monkeypatch)
    row = next(line for line in md.splitlines() if line.startswith("| schwer.txt"))
    assert row.split("|")[4].strip() == "3"
    html = _check(project, "html", capsys, monkeypatch)
    assert "3 Sätze" in html and "1 Satz ·" in html


def test_level_names_are_german_where_people_read(project, capsys, monkeypatch):
    text = _check(project, "text", capsys, monkeypatch)
    assert " Warnung SIM-" in text and " warning SIM-" not in text
    assert "Datei(en)" not in text and "3 Dateien geprüft" in text
    assert "leer.txt: leer, nichts zu prüfen." in text
    md = _check(project, "markdown", capsys, monkeypatch)
    assert "| Warnung |" in md and "| warning |" not in md
    html = _check(project, "html", capsys, monkeypatch)
    assert ">Warnung</span>" in html and ">warning<" not in html
    assert main(["rules"]) == 0
    rules = capsys.readouterr().out
    assert " Warnung " in rules and " warning " not in rules


def test_alternatives_as_one_list_in_text(project, capsys, monkeypatch):
    text = _check(project, "text", capsys, monkeypatch)
    lines = [line for line in text.splitlines() if "Vorschläge:" in line]
    assert lines and all(re.search(r"„[^“]+“(, „[^“]+“)* oder „[^“]+“$", line)
                         for line in lines)


class _Tree(HTMLParser):
    """Collects tags with attributes and checks that every element is closed."""

    VOID = {"meta", "col", "br", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def test_html_report_structure(project, capsys, monkeypatch):
    html = _check(project, "html", capsys, monkeypatch)
    tree = _Tree()
    tree.feed(html)
    tree.close()
    assert tree.stack == []  # every element closed, in order
    tags = [t for t, _ in tree.tags]
    # the summary comes first: files, findings by level, failed files
    body = "".join(tree.text)
    assert body.index("Dateien") < body.index("Übersicht") < body.index("Stelle")
    assert "3 Dateien geprüft" in body and "Nicht bestanden" in body
    assert re.search(r"\d+ Hinweise?: \d+ Fehler, \d+ Warnung(en)?, \d+ Hinweise?", body)
    # fixed layout, long passages wrap: no horizontal scrolling
    assert "table-layout:fixed" in html and "overflow-wrap:anywhere" in html
    # failed score: red and a text marker, not colour alone
    assert "✗ unter dem Ziel" in body or "✓ Ziel erreicht" in body
    # filter: hidden form until the script shows it; every row visible without the script
    form = next(a for t, a in tree.tags if t == "form")
    assert form.get("id") == "filter" and "hidden" in form
    rows = [a for t, a in tree.tags if t == "tr" and "data-family" in a]
    assert rows and not any("hidden" in a for a in rows)
    groups = [a for t, a in tree.tags if t == "tbody" and "data-file" in a]
    assert {g["data-file"] for g in groups} == {"schwer.txt", "leicht.md", "leer.txt"}
    options = [a.get("value") for t, a in tree.tags if t == "option"]
    assert "schwer.txt" in options and "passive" in options
    # escaped, self-contained
    assert "<b>Unterlagen</b>" not in html and "&lt;b&gt;Unterlagen&lt;/b&gt;" in html
    assert tags.count("script") == 1 and not any(a.get("src") for t, a in tree.tags)
    assert "http://" not in html and "https://" not in html


def test_failed_score_is_marked_in_text(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text(HARD, encoding="utf-8")
    html = _check(tmp_path, "html", capsys, monkeypatch, "--profile", "leicht")  # target 17
    assert '<span class="bad">✗ unter dem Ziel</span>' in html
    assert 'class="bar fail"' in html


def test_baseline_message_singular(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text("Bringen Sie ggf. eine Vollmacht mit.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["baseline", "a.txt", "--no-config", "-o", "b.json"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"\(\d+ Hinweise? aus 1 Datei\)\.", out), out
