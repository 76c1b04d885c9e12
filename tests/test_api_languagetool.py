"""LanguageTool compatibility with the real client: language_tool_python against uvicorn.

The server runs in a background thread on a free loopback port. language_tool_python's remote
mode (``remote_server=...``) only sends HTTP requests to that URL: it neither downloads nor
starts LanguageTool (checked below by making any download attempt fail loudly).
"""

from __future__ import annotations

import json
import logging
import re
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from api import Settings, create_app
from api.testing import running_server
from simplify import Simplifier

language_tool_python = pytest.importorskip(
    "language_tool_python", reason="language_tool_python ist nicht installiert (pip install "
    "language_tool_python)"
)

SECRET = "Quittenbaum Zebrafink"
TEXT = (
    "Sehr geehrte Damen und Herren, der Antrag ist bis zum 1. März einzureichen. "
    "Bringen Sie die Vollmacht mit, d. h. das Original. Die Unterlagen werden von uns geprüft."
)


@pytest.fixture(scope="module")
def server(simp: Simplifier):
    app = create_app(Settings(max_chars=20_000), simplifier=simp)
    with running_server(app) as url:
        yield url


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy for loopback, and no LanguageTool download or local server start."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")

    def forbidden(*args, **kwargs):
        raise AssertionError("language_tool_python wollte LanguageTool laden oder starten.")

    from language_tool_python import download_lt, server

    monkeypatch.setattr(download_lt.LocalLanguageTool, "__init__", forbidden, raising=False)
    monkeypatch.setattr(server.LanguageTool, "_start_server_on_free_port", forbidden)


@pytest.fixture
def tool(server: str):
    lt = language_tool_python.LanguageTool("de-DE", remote_server=server)
    try:
        yield lt
    finally:
        lt.close()


def test_client_finds_plain_language_issues(tool) -> None:
    matches = tool.check(TEXT)
    rules = {m.rule_id for m in matches}
    assert "SIM-J002" in rules  # d. h.
    assert any(r.startswith("SIM-P") for r in rules)  # passive
    for m in matches:
        assert TEXT[m.offset:m.offset + m.error_length] in TEXT
        assert m.message and m.category == "STYLE"
        assert m.rule_issue_type == "style"
    abbr = next(m for m in matches if m.rule_id == "SIM-J002")
    assert TEXT[abbr.offset:abbr.offset + abbr.error_length] == "d. h."
    assert abbr.matched_text == "d. h."
    assert abbr.replacements


def test_client_offsets_after_emoji(tool) -> None:
    """The server sends UTF-16 offsets; the client maps them back to Python indices."""
    text = "🙂 Hallo 👍🏽! " + TEXT
    abbr = next(m for m in tool.check(text) if m.rule_id == "SIM-J002")
    assert text[abbr.offset:abbr.offset + abbr.error_length] == "d. h."
    line, column = abbr.get_line_and_column(text)
    assert line == 1 and column == text.index("d. h.") + 1


def test_client_correct_applies_replacements(tool) -> None:
    text = "Bringen Sie eine Vollmacht mit, d. h. das Original."
    matches = [m for m in tool.check(text) if m.rule_id == "SIM-J002"]
    fixed = language_tool_python.utils.correct(text, matches)
    assert "d. h." not in fixed and fixed.startswith("Bringen Sie ")


def test_client_rule_options(tool) -> None:
    tool.disabled_rules = {"SIM-J002", "GERMAN_SPELLER_RULE"}
    assert "SIM-J002" not in {m.rule_id for m in tool.check(TEXT)}
    tool.disabled_rules = set()
    tool.enabled_rules = {"SIM-J002"}
    tool.enabled_rules_only = True
    assert {m.rule_id for m in tool.check(TEXT)} == {"SIM-J002"}


@pytest.mark.parametrize("language", ["de", "de-AT", "de-CH", "auto"])
def test_client_languages(server: str, language: str) -> None:
    lt = language_tool_python.LanguageTool(language, remote_server=server)
    try:
        assert lt.check(TEXT)
    finally:
        lt.close()


def test_client_rejects_other_languages(server: str) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        language_tool_python.LanguageTool("en-US", remote_server=server)


def test_raw_http(server: str) -> None:
    with httpx.Client(base_url=server, trust_env=False) as http:
        langs = http.get("/v2/languages").json()
        assert "de-DE" in {x["longCode"] for x in langs}
        data = {"annotation": [{"markup": "<p>"}, {"text": "Bringen Sie es mit, "},
                               {"markup": "<b>"}, {"text": "d. h."}, {"markup": "</b>"},
                               {"text": " das Original."}]}
        r = http.post("/v2/check", data={"data": json.dumps(data), "language": "de-DE"})
        assert r.status_code == 200
        m = next(m for m in r.json()["matches"] if m["rule"]["id"] == "SIM-J002")
        assert (m["offset"], m["length"]) == (len("<p>Bringen Sie es mit, <b>"), 5)
        r = http.post("/v2/check", data={"text": TEXT, "language": "en-US"})
        assert r.status_code == 400 and "nur Deutsch" in r.json()["detail"]


def test_parallel_clients_and_no_text_in_logs(server: str,
                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    text = (f"{SECRET}: Der Antrag ist einzureichen. Bringen Sie die Vollmacht mit, d. h. das "
            "Original.")

    def check(_: int) -> int:
        lt = language_tool_python.LanguageTool("de-DE", remote_server=server)
        try:
            return len(lt.check(text))
        finally:
            lt.close()

    with ThreadPoolExecutor(max_workers=6) as pool:
        counts = list(pool.map(check, range(12)))
    assert len(set(counts)) == 1 and counts[0] > 0
    logged = "\n".join(r.getMessage() for r in caplog.records
                       if not r.name.startswith(("urllib3", "language_tool_python")))
    assert "POST /v2/check 200" in logged
    assert "Zebrafink" not in logged


# -- LanguageTool clients: empty text, enabledOnly, categories, buildDate, CORS, auto --------

ENGLISH = "Please bring your identity card and the signed form to the office next week."


def test_client_empty_text_has_no_matches(tool) -> None:
    assert tool.check("") == []
    assert tool.check("  \n ") == []


def test_client_category_ids_of_matches_work_in_filters(tool) -> None:
    matches = tool.check(TEXT)
    categories = {m.category for m in matches}
    assert categories == {"STYLE"}  # what match.rule.category.id carries
    tool.disabled_categories = set(categories)
    assert tool.check(TEXT) == []
    tool.disabled_categories = {"SIMPLIFY_JARGON"}
    assert "SIM-J002" not in {m.rule_id for m in tool.check(TEXT)}
    tool.disabled_categories = set()
    tool.enabled_categories = {"STYLE"}
    tool.enabled_rules_only = True
    assert {m.rule_id for m in tool.check(TEXT)} == {m.rule_id for m in matches}
    tool.enabled_categories = {"SIMPLIFY_JARGON"}
    rules = {m.rule_id for m in tool.check(TEXT)}
    assert "SIM-J002" in rules and all(r.startswith("SIM-J") for r in rules)


def test_client_auto_checks_german_text(server: str) -> None:
    lt = language_tool_python.LanguageTool("auto", remote_server=server)
    try:
        assert "SIM-J002" in {m.rule_id for m in lt.check(TEXT)}
        with pytest.raises(Exception):  # noqa: B017 - the client fails on the 400 answer
            lt.check(ENGLISH)
    finally:
        lt.close()


def test_client_enabled_only_without_rules_is_refused(tool) -> None:
    tool.enabled_rules_only = True
    with pytest.raises(Exception):  # noqa: B017 - the client fails on the 400 answer
        tool.check(TEXT)


def test_http_languagetool_behaviours(server: str) -> None:
    with httpx.Client(base_url=server, trust_env=False) as http:
        r = http.post("/v2/check", data={"text": "", "language": "de-DE"})
        assert r.status_code == 200 and r.json()["matches"] == []
        assert r.json()["software"]["buildDate"]
        r = http.get("/v2/check", params={"text": TEXT, "language": "de-DE"})
        build = r.json()["software"]["buildDate"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000", build)
        r = http.post("/v2/check", data={"text": TEXT, "language": "de-DE",
                                         "enabledOnly": "true"})
        assert r.status_code == 400 and "enabledOnly" in r.json()["detail"]
        r = http.post("/v2/check", data={"text": ENGLISH, "language": "auto"})
        assert r.status_code == 400
        assert "sieht nicht nach Deutsch aus" in r.json()["detail"]
        r = http.post("/v2/check", data={"text": ENGLISH, "language": "de-DE"})
        assert r.status_code == 200  # a named language is taken as it is
        r = http.post("/v2/check", data={"text": TEXT, "language": "auto"})
        assert r.json()["language"]["detectedLanguage"]["code"] == "de-DE"
        r = http.post("/v2/check", data={"text": TEXT, "disabledCategories": "STYLE"})
        assert r.json()["matches"] == []
        assert "access-control-allow-origin" not in http.get(
            "/v2/languages", headers={"Origin": "https://add-on.example"}).headers


def test_cors_is_configurable(simp: Simplifier) -> None:
    settings = Settings.from_env({"SIMPLIFY_CORS_ORIGINS":
                                  "https://add-on.example, chrome-extension://abcdef"})
    assert settings.cors_origins == ("https://add-on.example", "chrome-extension://abcdef")
    with pytest.raises(Exception, match="keine Herkunft"):
        Settings.from_env({"SIMPLIFY_CORS_ORIGINS": "add-on.example/pfad"})
    app = create_app(Settings(max_chars=20_000, cors_origins=settings.cors_origins),
                     simplifier=simp)
    with running_server(app) as url, httpx.Client(base_url=url, trust_env=False) as http:
        pre = http.options("/v2/check", headers={
            "Origin": "chrome-extension://abcdef", "Access-Control-Request-Method": "POST"})
        assert pre.status_code == 200
        assert pre.headers["access-control-allow-origin"] == "chrome-extension://abcdef"
        r = http.post("/v2/check", data={"text": TEXT, "language": "de"},
                      headers={"Origin": "https://add-on.example"})
        assert r.headers["access-control-allow-origin"] == "https://add-on.example"
        r = http.post("/v2/check", data={"text": TEXT, "language": "de"},
                      headers={"Origin": "https://fremd.example"})
        assert "access-control-allow-origin" not in r.headers


@pytest.mark.parametrize(("text", "german"), [
    (TEXT, True), ("Hallo Welt", True), (ENGLISH, False),
    ("Merci de bien vouloir nous renvoyer le formulaire signé avant la fin du mois.", False),
    ("Füllen Sie bitte das Formular aus und schicken Sie es zurück.", True),
])
def test_looks_german(text: str, german: bool) -> None:
    from api.languagetool import looks_german

    assert looks_german(text) is german
