"""The command lines in docs/ci.md run as written (through a `simplify` on PATH), and the
files they write are valid: SARIF against the official schema, JUnit XML, GitHub commands."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_formats_in import make_docx

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ci.md"
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"


def doc_commands() -> list[str]:
    """Every `simplify check` / `simplify baseline` line in code blocks of docs/ci.md."""
    commands, in_block = [], False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_block = not in_block
            continue
        if not in_block:
            continue
        cmd = re.sub(r"^\s*(?:-\s+)?(?:run:\s*)?", "", line).strip()
        if cmd.startswith(("simplify check", "simplify baseline")):
            commands.append(cmd)
    return commands


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    ws = tmp_path_factory.mktemp("ci")
    texte = ws / "texte"
    (texte / "briefe").mkdir(parents=True)
    (texte / "antrag.txt").write_text(
        "Der Antrag ist bis zum 1. März einzureichen.\nBitte füllen Sie alles aus.\n",
        encoding="utf-8")
    (texte / "briefe" / "hinweis.md").write_text(
        "# Hinweis\n\nEs wird gebeten, pünktlich zu zahlen.\n", encoding="utf-8")
    make_docx(texte / "bescheid.docx")
    (ws / ".git").mkdir()  # the config search stops here
    bin_dir = ws / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "simplify"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m simplify.cli "$@"\n',
                    encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONPATH": str(ROOT), "GITHUB_STEP_SUMMARY": str(ws / "summary.md")}
    return ws, env


def test_docs_have_the_ci_commands():
    commands = doc_commands()
    formats = {m.group(1) for c in commands for m in [re.search(r"--format (\w+)", c)] if m}
    assert {"sarif", "junit", "github", "html", "markdown"} <= formats
    assert any(c.startswith("simplify baseline") for c in commands)


@pytest.mark.parametrize("command", doc_commands())
def test_doc_command_runs(workspace, command):
    ws, env = workspace
    if "--baseline" in command and not (ws / ".simplify-baseline.json").exists():
        subprocess.run(["simplify", "baseline", "texte/", "-o", ".simplify-baseline.json"],
                       cwd=ws, env=env, check=True, capture_output=True)
    proc = subprocess.run(["bash", "-c", command], cwd=ws, env=env, capture_output=True,
                          text=True, timeout=300)
    gate = "||" not in command and "--baseline" not in command and "baseline " not in command
    expected = 1 if gate else 0  # the sample texts have warnings
    assert proc.returncode == expected, proc.stderr
    if "--format sarif" in command:
        import jsonschema

        log = json.loads((ws / "simplify.sarif").read_text(encoding="utf-8"))
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        jsonschema.Draft4Validator(schema).validate(log)
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                for r in log["runs"][0]["results"]}
        assert uris == {"texte/antrag.txt", "texte/bescheid.docx", "texte/briefe/hinweis.md"}
    if "--format junit" in command:
        root = ET.parse(ws / "simplify-junit.xml").getroot()
        assert root.tag == "testsuites" and root.find("testsuite").get("tests") == "3"
    if "--format github" in command:
        lines = proc.stdout.splitlines()
        assert any(ln.startswith("::warning file=texte/antrag.txt,line=1,col=") for ln in lines)
    if "--format html" in command:
        assert (ws / "simplify-bericht.html").read_text(encoding="utf-8").startswith(
            "<!DOCTYPE html>")
    if "GITHUB_STEP_SUMMARY" in command:
        assert "## simplify" in (ws / "summary.md").read_text(encoding="utf-8")


def test_pre_commit_hooks_file():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {h["id"]: h for h in hooks}
    assert set(by_id) == {"simplify", "simplify-documents"}
    for hook in hooks:
        assert hook["entry"].startswith("simplify check") and hook["language"] == "python"
    assert set(by_id["simplify"]["types_or"]) == {"plain-text", "markdown", "html"}
    assert re.search(by_id["simplify-documents"]["files"], "texte/brief.docx")
