"""HTTP API through FastAPI's TestClient: every endpoint, German errors, privacy, offsets."""

from __future__ import annotations

import json
import logging
import re
import socket
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import Settings, create_app
from api.__main__ import main as api_main
from api.languagetool import Document, Utf16, utf16_len
from simplify import Simplifier
from simplify.errors import ConfigError
from simplify.vocabulary import FAMILIES

MAX = 3000
SECRET = "Geheimtext Zebrafink Quittenbaum 4711"
FORM = (
    "Der Antrag ist bis zum 1. März einzureichen. Die Bearbeitung Ihres Antrags erfolgt durch "
    "die zuständige Behörde, sofern die Voraussetzungen erfüllt sind und keine Versagungsgründe "
    "vorliegen, wobei eine Rückerstattung der Gebühren ausgeschlossen ist. Bringen Sie eine "
    "Vollmacht mit, d. h. das Original."
)
STATIC = Path(__file__).resolve().parent.parent / "api" / "static"
ENGLISH = re.compile(r"Field required|Input should|Not Found|Method Not Allowed|Internal Server"
                     r"|Traceback|File \"", re.I)


@pytest.fixture(scope="module")
def client(simp: Simplifier):
    app = create_app(Settings(max_chars=MAX), simplifier=simp)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def assert_german_error(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"detail"}
    detail = body["detail"]
    assert isinstance(detail, str) and detail
    assert not ENGLISH.search(detail), detail
    assert re.search(r"[äöüß„]|\b(Sie|bitte|Die|Der|Das|ist|nicht|und|oder)\b", detail), detail
    return detail


# -- service --------------------------------------------------------------------------------


def test_health(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["version"]
    assert body["max_chars"] == MAX


def test_settings_from_env() -> None:
    s = Settings.from_env({"SIMPLIFY_PORT": "9001", "SIMPLIFY_WORKERS": "2",
                           "SIMPLIFY_MAX_CHARS": "500", "SIMPLIFY_PROFILE": "brief"})
    assert (s.host, s.port, s.workers, s.max_chars, s.profile) == ("127.0.0.1", 9001, 2, 500,
                                                                   "brief")
    assert Settings.from_env({}).url == "http://127.0.0.1:8000/"
    assert Settings(host="0.0.0.0").url == "http://127.0.0.1:8000/"
    with pytest.raises(ConfigError, match="ganze Zahl"):
        Settings.from_env({"SIMPLIFY_PORT": "acht"})
    with pytest.raises(ConfigError, match="zwischen"):
        Settings.from_env({"SIMPLIFY_WORKERS": "0"})


def test_main_rejects_bad_settings(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("SIMPLIFY_PORT", "acht")
    assert api_main([]) == 2
    assert "SIMPLIFY_PORT muss eine ganze Zahl sein" in capsys.readouterr().err
    monkeypatch.setenv("SIMPLIFY_PORT", "8000")
    monkeypatch.setenv("SIMPLIFY_PROFILE", "roman")
    assert api_main([]) == 2
    assert "SIMPLIFY_PROFILE „roman“ gibt es nicht" in capsys.readouterr().err
    monkeypatch.setenv("SIMPLIFY_PROFILE", "formular")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        monkeypatch.setenv("SIMPLIFY_PORT", str(busy.getsockname()[1]))
        assert api_main([]) == 2
    assert "schon belegt" in capsys.readouterr().err


def test_unknown_default_profile_fails_in_german(simp: Simplifier) -> None:
    app = create_app(Settings(profile="roman"), simplifier=simp)
    with pytest.raises(ConfigError, match="Das Profil „roman“ gibt es nicht"), TestClient(app):
        pass


# -- /v1/analyze ----------------------------------------------------------------------------


def test_analyze_report(client: TestClient) -> None:
    r = client.post("/v1/analyze", json={"text": FORM})
    assert r.status_code == 200
    report = r.json()
    assert report["profile"] == "formular"
    assert report["target"] == 14
    assert 0 <= report["scores"]["verstaendlichkeitsindex"] <= 20
    assert report["sentences"] and report["findings"]
    families = {f["family"] for f in report["findings"]}
    assert {"passive", "length", "jargon"} <= families
    for f in report["findings"]:
        assert FORM[f["start"]:f["end"]] == f["text"]
        assert f["message"] and f["explanation"]
        for s in f["suggestions"]:
            assert 0 <= s["start"] <= s["end"] <= len(FORM)
    abbr = next(f for f in report["findings"] if f["text"] == "d. h.")
    assert abbr["rule"] == "SIM-J002" and abbr["suggestions"]
    s = abbr["suggestions"][0]
    fixed = FORM[:s["start"]] + s["replacement"] + FORM[s["end"]:]
    assert "d. h." not in fixed and s["replacement"] in fixed


def test_analyze_offsets_count_code_points(client: TestClient) -> None:
    text = "🙂👍🏽 Grüße! " + FORM + " Ende 🇩🇪."
    r = client.post("/v1/analyze", json={"text": text})
    assert r.status_code == 200
    # Raw JSON must carry real characters (UTF-8), and offsets are Python indices.
    report = json.loads(r.content.decode("utf-8"))
    assert report["findings"]
    for f in report["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
    for s in report["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(text)


def test_analyze_profiles(client: TestClient) -> None:
    for name in ("formular", "brief", "web", "einfach", "leicht"):
        r = client.post("/v1/analyze", json={"text": FORM, "profile": name})
        assert r.status_code == 200, name
        assert r.json()["profile"] == name


def test_analyze_enable_disable(client: TestClient) -> None:
    only = client.post("/v1/analyze", json={"text": FORM, "enable": ["SIM-P003"]}).json()
    assert {f["rule"] for f in only["findings"]} == {"SIM-P003"}
    without = client.post("/v1/analyze", json={"text": FORM, "disable": ["SIM-P003"]}).json()
    assert "SIM-P003" not in {f["rule"] for f in without["findings"]}
    assert without["findings"]


def test_analyze_empty_text(client: TestClient) -> None:
    r = client.post("/v1/analyze", json={"text": ""})
    assert r.status_code == 200
    assert r.json()["findings"] == []


@pytest.mark.parametrize(
    ("payload", "needle"),
    [
        ({"text": FORM, "profile": "roman"}, "gibt es nicht"),
        ({"text": FORM, "enable": ["SIM-X999"]}, "Unbekannte Regel"),
        ({"text": FORM, "disable": ["nix"]}, "Unbekannte Regel"),
        ({}, "„text“ fehlt"),
        ({"text": 42}, "muss ein Text sein"),
        ({"text": FORM, "enable": "SIM-P001"}, "muss eine Liste sein"),
        ({"text": FORM, "farbe": "blau"}, "gibt es nicht"),
        (["text"], "JSON-Objekt"),
    ],
)
def test_analyze_422(client: TestClient, payload, needle: str) -> None:
    detail = assert_german_error(client.post("/v1/analyze", json=payload), 422)
    assert needle in detail


def test_analyze_malformed_json(client: TestClient) -> None:
    r = client.post("/v1/analyze", content=b'{"text": "abc',
                    headers={"content-type": "application/json"})
    assert "kein gültiges JSON" in assert_german_error(r, 422)
    r = client.post("/v1/analyze", data={"text": "abc"})
    assert_german_error(r, 422)


def test_analyze_too_long_413(client: TestClient) -> None:
    r = client.post("/v1/analyze", json={"text": "Wort " * (MAX // 5 + 1)})
    detail = assert_german_error(r, 413)
    assert "zu lang" in detail and "3.000" in detail
    # Exactly at the limit is fine.
    at_limit = ("Bitte melden Sie sich an. " * MAX)[:MAX]
    ok = client.post("/v1/analyze", json={"text": at_limit})
    assert ok.status_code == 200


def test_absurd_word_is_checked(client: TestClient) -> None:
    # Tokens are bounded in the pipeline and the time budget ends any long check, so a long
    # letter run is no error any more (it was refused before, as a stopgap).
    r = client.post("/v1/analyze", json={"text": "Hallo " + "e" * 2000 + " Welt."})
    assert r.status_code == 200, r.text
    longest = "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung"
    assert client.post("/v1/analyze", json={"text": f"Die {longest} gilt."}).status_code == 200


def test_body_too_large_413(client: TestClient) -> None:
    big = b'{"text": "' + b"a" * (MAX * 12 + 70_000) + b'"}'
    r = client.post("/v1/analyze", content=big, headers={"content-type": "application/json"})
    assert "zu groß" in assert_german_error(r, 413)


def test_chunked_body_too_large_413(client: TestClient) -> None:
    def chunks():
        yield b'{"text": "'
        for _ in range(100):
            yield b"a" * 1024
        yield b'"}'

    r = client.post("/v1/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert "zu groß" in assert_german_error(r, 413)


def test_404_and_405_german(client: TestClient) -> None:
    assert "gibt es nicht" in assert_german_error(client.get("/v1/nichts"), 404)
    assert "nicht erlaubt" in assert_german_error(client.get("/v1/analyze"), 405)


# -- rules and profiles ---------------------------------------------------------------------


def test_rules(client: TestClient, simp: Simplifier) -> None:
    body = client.get("/v1/rules").json()
    assert body["count"] == len(simp.rules) == len(body["rules"])
    assert {f["id"] for f in body["families"]} >= {"length", "passive", "jargon", "readability"}
    labels = {f["id"]: f["label"] for f in body["families"]}
    assert labels["passive"] == "Passiv"
    for rule in body["rules"]:
        assert re.fullmatch(r"SIM-[A-Z]\d{3}", rule["id"])
        assert rule["family_label"] == labels[rule["family"]]
        assert rule["message"] and rule["why"] and rule["examples"]
        assert "check" not in rule and "params" not in rule


def test_rule_by_id(client: TestClient) -> None:
    rule = client.get("/v1/rules/SIM-P001").json()
    assert rule["id"] == "SIM-P001" and rule["family"] == "passive"
    assert any(e["bad"] for e in rule["examples"])
    assert client.get("/v1/rules/sim-p001").json()["id"] == "SIM-P001"
    detail = assert_german_error(client.get("/v1/rules/SIM-Z999"), 404)
    assert "SIM-Z999" in detail and "/v1/rules" in detail


def test_profiles(client: TestClient) -> None:
    body = client.get("/v1/profiles").json()
    assert body["default"] == "formular"
    assert body["max_chars"] == MAX
    by_name = {p["name"]: p for p in body["profiles"]}
    assert set(by_name) == {"formular", "brief", "web", "einfach", "leicht"}
    assert by_name["leicht"]["label"] == "Leichte Sprache"
    assert 0 < by_name["formular"]["target"] <= 20
    assert "sentence_warn" in by_name["web"]["limits"]


# -- docs and page --------------------------------------------------------------------------


def test_openapi_german_with_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/v1/analyze", "/v1/rules", "/v1/rules/{rule_id}", "/v1/profiles", "/health",
                 "/v2/check", "/v2/languages"):
        assert path in spec["paths"], path
    op = spec["paths"]["/v1/analyze"]["post"]
    assert "Prüft einen deutschen Verwaltungstext" in op["description"]
    examples = op["requestBody"]["content"]["application/json"]["examples"]
    assert "formular" in examples
    assert "form" in json.dumps(spec["paths"]["/v2/check"]["post"]["requestBody"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and '<html lang="de">' in docs.text


def test_page_served(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert '<html lang="de">' in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    for src in re.findall(r'(?:href|src)="(/static/[^"]+)"', r.text):
        assert client.get(src).status_code == 200, src
    for name in ("api.js", "details.js", "main.js", "panels.js", "render.js", "text.js"):
        assert client.get(f"/static/js/{name}").status_code == 200


def test_page_builds_no_html_from_data() -> None:
    """The page never turns strings into markup: no innerHTML and friends, no CDN."""
    for path in STATIC.rglob("*"):
        if path.suffix not in {".js", ".html", ".css"}:
            continue
        source = path.read_text(encoding="utf-8")
        for bad in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                    "new Function"):
            assert bad not in source, f"{path.name}: {bad}"
        assert not re.search(r"https?://(?!127\.0\.0\.1)", source), f"{path.name}: external URL"


# -- LanguageTool compatibility (details in test_api_languagetool.py) ----------------------


def test_utf16_offsets() -> None:
    text = "a😀b👍🏽c"
    to16 = Utf16(text)
    assert [to16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 8, 9]
    assert all(to16(i) == len(text[:i].encode("utf-16-le")) // 2 for i in range(len(text) + 1))
    assert utf16_len(text) == len(text.encode("utf-16-le")) // 2


def test_annotation_document() -> None:
    raw = json.dumps({"annotation": [
        {"text": "Ein "}, {"markup": "<b>"}, {"text": "Test"}, {"markup": "</b>"},
        {"markup": "<p>", "interpretAs": "\n\n"}, {"text": "Zwei."},
    ]})
    doc = Document.from_annotation(raw)
    assert doc.original == "Ein <b>Test</b><p>Zwei."
    assert doc.plain == "Ein Test\n\nZwei."
    assert doc.span(4, 8) == (7, 11)  # "Test"
    assert doc.original[slice(*doc.span(10, 15))] == "Zwei."


def test_v2_check(client: TestClient) -> None:
    text = "😀 " + FORM
    r = client.post("/v2/check", data={"text": text, "language": "de-DE"})
    assert r.status_code == 200
    body = r.json()
    assert body["language"]["code"] == "de-DE"
    assert body["software"]["apiVersion"] == 1
    units = text.encode("utf-16-le")
    for m in body["matches"]:
        piece = units[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le")
        assert piece in text
        assert set(m) >= {"message", "shortMessage", "offset", "length", "replacements",
                          "context", "sentence", "rule", "type"}
        ctx = m["context"]
        assert len(ctx["text"].encode("utf-16-le")) // 2 >= ctx["offset"] + ctx["length"]
        assert m["rule"]["category"]["id"] == "STYLE"
        assert m["rule"]["category"]["name"] in {f.label for f in FAMILIES.values()}
    abbr = next(m for m in body["matches"] if m["rule"]["id"] == "SIM-J002")
    assert abbr["offset"] == text.index("d. h.") + 1  # the emoji counts twice
    assert abbr["length"] == 5
    # Same suggestions as /v1/analyze, as values for the whole match span.
    report = client.post("/v1/analyze", json={"text": text}).json()
    finding = next(f for f in report["findings"] if f["rule"] == "SIM-J002")
    assert [r["value"] for r in abbr["replacements"]] == [
        s["replacement"] for s in finding["suggestions"]]
    for m in body["matches"]:  # every replacement applies cleanly to the match span
        for r in m["replacements"]:
            units16 = text.encode("utf-16-le")
            new = (units16[:2 * m["offset"]] + r["value"].encode("utf-16-le")
                   + units16[2 * (m["offset"] + m["length"]):]).decode("utf-16-le")
            assert new.startswith("😀 ")


def test_v2_check_annotation_offsets(client: TestClient) -> None:
    data = {"annotation": [
        {"markup": "<p>"}, {"text": "Bringen Sie die Vollmacht mit, "}, {"markup": "<em>"},
        {"text": "d. h."}, {"markup": "</em>"}, {"text": " das Original."}, {"markup": "</p>"},
    ]}
    r = client.post("/v2/check", data={"data": json.dumps(data), "language": "de"})
    assert r.status_code == 200
    original = "".join(d.get("text", d.get("markup", "")) for d in data["annotation"])
    m = next(m for m in r.json()["matches"] if m["rule"]["id"] == "SIM-J002")
    assert original[m["offset"]:m["offset"] + m["length"]] == "d. h."


def test_v2_check_options(client: TestClient) -> None:
    only = client.post("/v2/check", data={"text": FORM, "language": "de-AT",
                                          "enabledRules": "SIM-J002,UNBEKANNT",
                                          "enabledOnly": "true"}).json()
    assert {m["rule"]["id"] for m in only["matches"]} == {"SIM-J002"}
    assert only["language"]["name"] == "Deutsch (Österreich)"
    off = client.post("/v2/check", data={"text": FORM, "language": "auto",
                                         "disabledCategories": "SIMPLIFY_PASSIVE,WORDS",
                                         "disabledRules": "SIM-J002,GERMAN_SPELLER_RULE"})
    rules = {m["rule"]["id"] for m in off.json()["matches"]}
    assert rules and not any(r.startswith("SIM-P") for r in rules) and "SIM-J002" not in rules
    families = {m["rule"]["category"]["name"] for m in off.json()["matches"]}
    assert FAMILIES["passive"].label not in families and FAMILIES["words"].label not in families
    got = client.get("/v2/check", params={"text": "Bringen Sie ihn mit, d. h. das Original.",
                                          "language": "de-CH"})
    assert got.status_code == 200 and got.json()["matches"]


@pytest.mark.parametrize("language", ["en-US", "fr", "xx", "de-XY"])
def test_v2_check_wrong_language_400(client: TestClient, language: str) -> None:
    r = client.post("/v2/check", data={"text": FORM, "language": language})
    assert "nur Deutsch" in assert_german_error(r, 400)


def test_v2_check_errors(client: TestClient) -> None:
    assert "„text“ oder „data“" in assert_german_error(
        client.post("/v2/check", data={"language": "de-DE"}), 400)
    assert_german_error(client.post("/v2/check", data={"data": "{kaputt", "language": "de"}), 422)
    assert_german_error(client.post("/v2/check", data={"data": '{"annotation": [{"x": 1}]}',
                                                       "language": "de"}), 422)
    assert_german_error(client.post("/v2/check", data={"text": "x" * (MAX + 1),
                                                       "language": "de"}), 413)
    assert "gibt es nicht" in assert_german_error(
        client.post("/v2/check", data={"text": "Hallo.", "language": "de", "profile": "x"}), 422)


def test_v2_languages(client: TestClient) -> None:
    langs = client.get("/v2/languages").json()
    assert {"de", "de-DE", "de-AT", "de-CH"} <= {x["longCode"] for x in langs}
    assert all(x["code"] == "de" and x["name"].startswith("Deutsch") for x in langs)


# -- privacy, failures, concurrency ---------------------------------------------------------


def server_log(caplog: pytest.LogCaptureFixture) -> str:
    """Everything the server side logged (the test client's own httpx log is left out)."""
    return "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records
                     if not r.name.startswith(("httpx", "httpcore")))


def test_text_never_logged(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    text = f"{SECRET}. Der Antrag ist einzureichen."
    client.post("/v1/analyze", json={"text": text})
    client.post("/v1/analyze", json={"text": text, "profile": "unbekannt"})
    client.post("/v1/analyze", json={"text": text * 200})
    client.post("/v1/analyze", json={"text": text, "zusatz": text})
    client.post("/v2/check", data={"text": text, "language": "de-DE"})
    client.get("/v2/check", params={"text": text, "language": "de-DE"})
    client.post("/v2/check", data={"text": text, "language": "en"})
    logged = server_log(caplog)
    assert "POST /v1/analyze 200" in logged  # the access log works ...
    assert "GET /v2/check 200" in logged
    assert "POST /v1/analyze 413" in logged
    assert "Zebrafink" not in logged  # ... but never shows the text
    assert "language=" not in logged


class _Broken:
    """A stand-in pipeline that fails with the text in its message."""

    rules: dict = {}
    profiles: dict = {}

    def profile(self, name: str) -> None:
        return None

    def analyze(self, text: str, *args, **kwargs):
        raise RuntimeError(f"kaputt bei {text!r}")


def test_internal_error_500(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    app = create_app(Settings(), simplifier=_Broken())  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/v1/analyze", json={"text": SECRET})
        detail = assert_german_error(r, 500)
        assert "interner Fehler" in detail
        assert "RuntimeError" not in r.text and "kaputt" not in r.text
        assert c.get("/health").status_code == 200
    logged = server_log(caplog)
    assert "Zebrafink" not in logged
    assert "RuntimeError" in logged  # the type is logged for the operators


def test_concurrent_requests(client: TestClient) -> None:
    texts = [FORM, "Bringen Sie die Vollmacht mit, d. h. das Original.",
             "Die Unterlagen werden geprüft."] * 4
    expected = {t: client.post("/v1/analyze", json={"text": t}).json() for t in set(texts)}

    def call(t: str) -> tuple[str, int, dict]:
        r = client.post("/v1/analyze", json={"text": t})
        return t, r.status_code, r.json()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(call, texts))
    assert all(status == 200 for _, status, _ in results)
    for t, _, body in results:
        assert body["findings"] == expected[t]["findings"]


def test_settings_model_from_env():
    from api.settings import Settings

    assert Settings.from_env({}).model is None
    assert Settings.from_env({"SIMPLIFY_MODEL": "de_core_news_md"}).model == "de_core_news_md"


def test_api_head_and_security_headers_on_every_response(client):  # noqa: ANN001
    """HEAD / and HEAD /health answer (monitoring probes use them); every response, errors
    included, carries the security headers."""
    for path in ("/", "/health"):
        r = client.head(path)
        assert r.status_code == 200, path
    for r in (client.get("/health"), client.get("/v1/rules"), client.get("/gibt-es-nicht"),
              client.post("/v1/analyze", json={"text": 5})):
        assert r.headers.get("x-content-type-options") == "nosniff", r.url
        assert r.headers.get("referrer-policy") == "no-referrer"
        assert r.headers.get("x-frame-options") == "DENY"
