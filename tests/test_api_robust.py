"""Issue 15 (API part): every bad input gets a short German 4xx, never a 500 or an English text.

The checks assert behaviour (status, German message, size of the answer), not times.
"""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest
from fastapi.testclient import TestClient

from api import Settings, create_app
from api.errors import MAX_REPORTED, validation_detail
from simplify import Simplifier

JSON = {"content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}
SENTENCE = "Der Antrag ist bis zum 1. März einzureichen. Die Prüfung erfolgt durch das Amt."


@pytest.fixture(scope="module")
def client(simp: Simplifier):
    app = create_app(Settings(max_chars=100_000), simplifier=simp)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


ENGLISH = re.compile(r"Field required|Input should|error parsing|Too many|Not Found|Method Not"
                     r"|Internal Server|Traceback", re.I)


def assert_german_error(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"detail"}
    detail = body["detail"]
    assert isinstance(detail, str) and detail and not ENGLISH.search(detail), detail
    assert re.search(r"[äöüß„]|\b(Sie|bitte|Die|Der|Das|ist|nicht)\b", detail), detail
    return detail


def _form(fields: dict[str, str]) -> bytes:
    return urllib.parse.urlencode(fields).encode("ascii")


# -- validation errors: linear, capped, German --------------------------------------------------


def test_ninety_thousand_unknown_keys_get_one_short_answer(client: TestClient) -> None:
    body = {"text": "Hallo."} | {f"k{i}": 1 for i in range(90_000)}
    raw = json.dumps(body).encode()
    assert len(raw) > 1_000_000
    response = client.post("/v1/analyze", content=raw, headers=JSON)
    detail = assert_german_error(response, 422)
    assert len(response.content) < 1000
    assert "„k0“" in detail and "89.997 weitere" in detail
    assert "Erlaubt sind: text, profile, enable, disable" in detail


def test_many_wrong_items_are_counted_not_listed(client: TestClient) -> None:
    response = client.post("/v1/analyze", json={"text": "Hallo.", "enable": [1] * 400})
    detail = assert_german_error(response, 422)
    assert "Dazu kommen 390 weitere Fehler." in detail
    assert len(response.content) < 1500


def test_validation_detail_is_capped() -> None:
    errors = [{"type": "string_type", "loc": ("body", "enable", i)} for i in range(100_000)]
    detail = validation_detail(errors)
    assert detail.count("muss ein Text sein") == MAX_REPORTED
    assert "Dazu kommen 99.990 weitere Fehler." in detail


def test_unknown_field_of_other_bodies_is_rejected(client: TestClient) -> None:
    detail = assert_german_error(
        client.post("/v1/export/docx", json={"text": "Hallo.", "farbe": "rot"}), 422)
    assert "Das Feld „farbe“ gibt es nicht" in detail


# -- unreadable bodies ---------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    (b'{"text": "Gr\xfc\xdfe"}', "UTF-8"),
    (b'{"text": "a", "x": ' + b"[" * 1500 + b"]" * 1500 + b"}", "verschachtelt"),
])
def test_unreadable_json_is_a_german_400(client: TestClient, raw: bytes, expected: str) -> None:
    assert expected in assert_german_error(client.post("/v1/analyze", content=raw,
                                                       headers=JSON), 400)


def test_broken_json_is_a_german_422(client: TestClient) -> None:
    detail = assert_german_error(client.post("/v1/analyze", content=b'{"text": ',
                                             headers=JSON), 422)
    assert "kein gültiges JSON" in detail


def test_too_many_form_fields(client: TestClient) -> None:
    raw = "&".join(f"f{i}=1" for i in range(1500)).encode() + b"&text=Hallo"
    detail = assert_german_error(client.post("/v2/check", content=raw, headers=FORM), 400)
    assert "zu viele Felder" in detail


# -- lone surrogates, deep data, emoji ---------------------------------------------------------


def test_lone_surrogate_in_text_is_checked(client: TestClient) -> None:
    raw = json.dumps({"text": SENTENCE.replace("Antrag", "Antrag\ud800")}).encode()
    response = client.post("/v1/analyze", content=raw, headers=JSON)
    assert response.status_code == 200, response.text
    assert response.json()["findings"]


@pytest.mark.parametrize("field", ["profile", "disable", "unknown"])
def test_lone_surrogate_echoed_in_an_error_is_not_a_500(client: TestClient, field: str) -> None:
    body: dict[str, object] = {"text": "Hallo."}
    if field == "disable":
        body["disable"] = ["X\ud800"]
    elif field == "profile":
        body["profile"] = "x\ud800"
    else:
        body["x\ud800"] = 1
    response = client.post("/v1/analyze", content=json.dumps(body).encode(), headers=JSON)
    assert_german_error(response, 422)


@pytest.mark.parametrize("route", ["/v1/report/html", "/v1/export/docx"])
def test_lone_surrogate_in_document_routes(client: TestClient, route: str) -> None:
    raw = json.dumps({"text": SENTENCE + "\udfff"}).encode()
    assert client.post(route, content=raw, headers=JSON).status_code == 200


def test_lone_surrogate_in_languagetool_data(client: TestClient) -> None:
    data = json.dumps({"annotation": [{"text": SENTENCE.replace("Amt", "Amt\ud800")}]})
    response = client.post("/v2/check", content=_form({"data": data, "language": "de-DE"}),
                           headers=FORM)
    assert response.status_code == 200, response.text
    assert response.json()["matches"]


def test_languagetool_data_nested_100000_deep(client: TestClient) -> None:
    data = '{"annotation":' + "[" * 100_000 + "]" * 100_000 + "}"
    response = client.post("/v2/check", content=_form({"data": data, "language": "de-DE"}),
                           headers=FORM)
    assert "verschachtelt" in assert_german_error(response, 422)


def test_zwj_emoji_sequences(client: TestClient) -> None:
    text = "👨\u200d👩\u200d👧\u200d👦" * 5715  # 40,005 characters
    response = client.post("/v2/check", content=_form({"text": text, "language": "de-DE"}),
                           headers=FORM)
    assert response.status_code == 200, response.text
    assert response.json()["matches"] == []


# -- schema and behaviour agree -----------------------------------------------------------------


def test_empty_rule_id_and_empty_data_are_rejected(client: TestClient) -> None:
    detail = assert_german_error(client.post("/v1/analyze", json={"text": "Hallo.",
                                                                  "disable": [""]}), 422)
    assert "darf nicht leer sein" in detail
    assert_german_error(client.get("/v2/check", params={"data": "", "language": "de"}), 422)
    schema = client.get("/openapi.json").json()
    analyze = schema["components"]["schemas"]["AnalyzeRequest"]["properties"]
    items = analyze["disable"]["anyOf"][0]
    assert items["items"]["minLength"] == 1 and items["maxItems"] >= 100
    # /v2/check documents what it reads: "text" or "data" (the form body says "one of", a GET
    # query "text"), "data" as annotation JSON, the known languages and profiles, no nulls
    get = {p["name"]: p for p in schema["paths"]["/v2/check"]["get"]["parameters"]}
    assert get["text"]["required"] and "data" not in get
    assert "de-DE" in get["language"]["schema"]["enum"] and "" in get["profile"]["schema"]["enum"]
    post = schema["paths"]["/v2/check"]["post"]["requestBody"]
    assert post["required"]
    body = schema["components"]["schemas"]["Body_check_post_v2_check_post"]
    assert body["anyOf"] == [{"required": ["text"]}, {"required": ["data"]}]
    assert re.match(body["properties"]["data"]["pattern"],
                    '{"annotation":[{"text":"Hallo "},{"markup":"<b>"}]}')
    assert not any("anyOf" in prop for prop in body["properties"].values())
    assert_german_error(client.post("/v2/check", data={"data": "", "text": "Hallo."}), 422)
    # an unknown profile is refused also when the text is empty
    assert_german_error(client.post("/v2/check", data={"text": "", "profile": "gibtsnicht",
                                                       "language": "de"}), 422)


def test_405_allow_lists_the_documented_methods(client: TestClient) -> None:
    response = client.put("/v2/check")
    assert_german_error(response, 405)
    assert response.headers["allow"] == "GET, POST"
    assert client.delete("/v1/analyze").headers["allow"] == "POST"


def test_every_error_answer_is_documented_with_a_german_example(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/v1/analyze", "/v2/check", "/v1/report/html", "/v1/export/docx",
                 "/v1/documents"):
        for method, operation in schema["paths"][path].items():
            codes = set(operation["responses"])
            assert {"400", "413", "422", "500", "503"} <= codes, (path, method, codes)
            for code in codes - {"200"}:
                example = operation["responses"][code]["content"]["application/json"]["example"]
                assert example["detail"] and any(c in example["detail"] for c in "äöüß„ ")


def test_schema_names_the_known_rules_and_profiles(client: TestClient) -> None:
    """Schemathesis found schema-valid requests rejected: unknown rule ids and profiles."""
    props = client.get("/openapi.json").json()["components"]["schemas"]["AnalyzeRequest"][
        "properties"]
    rules = client.get("/v1/rules").json()["rules"]
    enum = props["disable"]["anyOf"][0]["items"]["enum"]
    assert enum == sorted(r["id"] for r in rules)
    profiles = props["profile"]["anyOf"][0]["enum"]
    assert "formular" in profiles and "leicht" in profiles
    detail = assert_german_error(client.post("/v1/analyze", json={"text": "Hallo.",
                                                                  "disable": ["SIM-X999"]}), 422)
    assert "Unbekannte Regel" in detail
