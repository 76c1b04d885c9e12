"""One way in: every channel applies the same organisation word list, allow entry and
suppression comment, because every channel goes through ``simplify.service``.

The organisation's configuration replaces "Nachweis" by "Beleg" (its own word list) and allows
"unverzüglich" (normally Amtsdeutsch). A control comment switches every rule off for a quoted
passage. CLI check, CLI fix, ``/v1/analyze``, ``/v2/check`` and the text the web page sends
must all see the same findings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import Settings, create_app
from simplify.cli import main
from simplify.config import load_config
from simplify.service import DocumentService

CONFIG = """\
profile = "formular"
replace = { "Nachweis" = "Beleg" }
allow = ["unverzüglich"]
"""

QUOTE = "Der Antrag ist d. h. schriftlich einzureichen."
TEXT = (
    "Bitte schicken Sie uns jeden Nachweis unverzüglich.\n"
    "<!-- simplify: aus Grund: Zitat aus der Satzung -->\n"
    f"{QUOTE}\n"
    "<!-- simplify: an -->\n"
    "Bringen Sie Ihren Ausweis mit, d. h. das Original.\n"
)


def _expect(findings: list[tuple[str, str]]) -> None:
    """The findings every channel must report for TEXT: (rule, passage)."""
    passages = [p for _, p in findings]
    assert ("SIM-J001", "Nachweis") in findings, findings  # the organisation's own list
    assert "unverzüglich" not in passages  # allowed by the organisation
    assert ("SIM-J002", "d. h.") in findings  # outside the suppressed passage
    assert passages.count("d. h.") == 1  # the quoted one is suppressed
    assert not [p for p in passages if "einzureichen" in p]


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # the configuration search stops at the repository top
    (tmp_path / "simplify.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "brief.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_one_door_cli_check(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "brief.txt", "--format", "json", "--no-progress"])
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    findings = [(f["rule"], f["text"]) for f in data["files"][0]["findings"]]
    _expect(findings)


def test_one_door_cli_fix_write_keeps_suppressed_and_allowed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fix", "brief.txt", "--write"]) == 0
    new = (project / "brief.txt").read_text(encoding="utf-8")
    assert "jeden Beleg unverzüglich" in new  # organisation's replacement; allowed word kept
    assert "Bringen Sie Ihren Ausweis mit, das heißt das Original." in new
    # the suppressed passage and the control comments are byte-identical
    old_block = TEXT[TEXT.index("<!-- simplify: aus"):TEXT.index("Bringen")]
    assert old_block in new
    assert QUOTE in new


def test_one_door_fix_never_touches_markdown_code(project: Path) -> None:
    md = project / "hinweis.md"
    code = "```\nBringen Sie den Nachweis mit, d. h. das Original.\n```\n"
    md.write_text("# Hinweis\n\nBringen Sie Ihren Ausweis mit, d. h. das Original.\n\n" + code
                  + "Nutzen Sie `d. h.` nicht.\n", encoding="utf-8")
    assert main(["fix", str(md), "--write"]) == 0
    new = md.read_text(encoding="utf-8")
    assert "Bringen Sie Ihren Ausweis mit, das heißt das Original." in new
    assert code in new  # code block unchanged
    assert "Nutzen Sie `d. h.` nicht." in new  # code span unchanged


def test_one_door_fix_write_then_check_agree(project: Path, capsys) -> None:  # noqa: ANN001
    """What fix applied is gone for check; what check must leave alone, fix left alone."""
    main(["fix", "brief.txt", "--write"])
    capsys.readouterr()
    main(["check", "brief.txt", "--format", "json", "--no-progress"])
    data = json.loads(capsys.readouterr().out)
    passages = [f["text"] for f in data["files"][0]["findings"]]
    assert "Nachweis" not in passages and "d. h." not in passages


@pytest.fixture()
def api_client(project: Path):  # noqa: ANN201
    cfg = load_config(str(project / "simplify.toml"))
    app = create_app(Settings(max_chars=5000), config=cfg)
    with TestClient(app) as client:
        yield client


def test_one_door_api_analyze(api_client: TestClient) -> None:
    r = api_client.post("/v1/analyze", json={"text": TEXT})
    assert r.status_code == 200
    _expect([(f["rule"], f["text"]) for f in r.json()["findings"]])


def test_one_door_v2_check(api_client: TestClient) -> None:
    r = api_client.post("/v2/check", data={"text": TEXT, "language": "de-DE"})
    assert r.status_code == 200
    found = [(m["rule"]["id"], TEXT[m["offset"]:m["offset"] + m["length"]])
             for m in r.json()["matches"]]
    _expect(found)


def test_one_door_server_reads_config_from_environment(project: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``SIMPLIFY_CONFIG`` names the file a server uses (documented in the README)."""
    elsewhere = project / "sub"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("SIMPLIFY_CONFIG", str(project / "simplify.toml"))
    with TestClient(create_app(Settings.from_env())) as client:
        r = client.post("/v1/analyze", json={"text": TEXT})
    _expect([(f["rule"], f["text"]) for f in r.json()["findings"]])


def test_one_door_service_is_what_channels_share(project: Path) -> None:
    service = DocumentService(load_config(str(project / "simplify.toml")))
    report = service.check_text(TEXT)
    _expect([(f.rule, f.text) for f in report.findings])
