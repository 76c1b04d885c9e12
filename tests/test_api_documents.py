"""Documents in and out: POST /v1/documents, /v1/export/docx, /v1/report/html."""

from __future__ import annotations

import io
import logging
import re

import pytest
from fastapi.testclient import TestClient

from api import Settings, create_app
from simplify import Simplifier

MAX = 3000  # characters; upload limit: 12 x MAX + 64 KiB body less 16 KiB = 85,152 bytes
SECRET = "Geheimtext Zebrafink Quittenbaum 4711"
FORM = ("Der Antrag ist bis zum 1. März einzureichen. Bringen Sie ggf. eine Vollmacht mit.")
ENGLISH = re.compile(r"Field required|Input should|Not Found|Internal Server|Traceback", re.I)


@pytest.fixture(scope="module")
def client(simp: Simplifier):
    app = create_app(Settings(max_chars=MAX), simplifier=simp)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def docx_bytes(*paragraphs: str, table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def german_error(response, status: int) -> str:
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert set(response.json()) == {"detail"}
    assert isinstance(detail, str) and detail and not ENGLISH.search(detail), detail
    assert re.search(r"[äöüß„]|\b(Sie|bitte|Die|Der|Das|ist|nicht)\b", detail), detail
    return detail


def test_upload_docx_with_locations(client: TestClient) -> None:
    data = docx_bytes("Sehr geehrte Damen und Herren,", FORM,
                      table=[["Name", "Der Antragsteller hat ggf. Unterlagen vorzulegen."]])
    r = client.post("/v1/documents", files={"file": ("Antrag.docx", data)},
                    data={"profile": "brief"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"name", "kind", "note", "text", "report", "locations"}
    assert body["name"] == "Antrag.docx" and body["kind"] == "docx" and body["note"] is None
    assert body["text"].startswith("Sehr geehrte Damen und Herren,\n\n" + FORM)
    report = body["report"]
    assert report["profile"] == "brief"
    text = body["text"]
    # "ggf." twice is one finding with a repeat; every place has its location
    [head] = [f for f in report["findings"] if text[f["start"]:f["end"]] == "ggf."]
    ggf = [head, *head["repeats"]]
    assert [text[f["start"]:f["end"]] for f in ggf] == ["ggf.", "ggf."]
    where = [body["locations"][f["fingerprint"]] for f in ggf]
    assert where == [{"paragraph": 2, "label": "Absatz 2"},
                     {"table": 1, "row": 1, "cell": 2, "label": "Tabelle 1, Zeile 1, Zelle 2"}]
    places = [p for f in report["findings"] for p in [f, *f["repeats"]]]
    assert set(body["locations"]) == {f["fingerprint"] for f in places}


def test_upload_odt_and_pdf(client: TestClient, tmp_path) -> None:
    from test_formats_in import make_odt, make_pdf

    odt = make_odt(tmp_path / "Bescheid.odt").read_bytes()
    body = client.post("/v1/documents", files={"file": ("Bescheid.odt", odt)}).json()
    assert body["kind"] == "odt" and "Der Antrag ist bis zum 1. März einzureichen." in body["text"]
    where = [body["locations"][f["fingerprint"]] for f in body["report"]["findings"]]
    assert {"table": 1, "row": 1, "cell": 2, "label": "Tabelle 1, Zeile 1, Zelle 2"} in where
    pdf = make_pdf([["Sehr geehrte Damen und Herren,"],
                    ["Der Antrag ist bis zum 1. März einzureichen."]])
    body = client.post("/v1/documents", files={"file": ("Brief.pdf", pdf)}).json()
    assert body["kind"] == "pdf"
    passive = [f for f in body["report"]["findings"] if "einzureichen" in f["text"]]
    assert passive and body["locations"][passive[0]["fingerprint"]] == {
        "page": 2, "line": 1, "label": "Seite 2, Zeile 1"}


def test_upload_text_and_markdown(client: TestClient) -> None:
    r = client.post("/v1/documents", files={"file": ("brief.txt", ("😀 " + FORM).encode())})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["kind"] == "text" and body["text"] == "😀 " + FORM
    f = next(f for f in body["report"]["findings"] if f["text"] == "ggf.")
    assert body["text"][f["start"]:f["end"]] == "ggf."  # code points, also after the emoji
    assert body["locations"][f["fingerprint"]]["line"] == 1
    # Windows-1252 is read, with a note; a folder in the file name is dropped.
    r = client.post("/v1/documents",
                    files={"file": ("C:\\Ablage\\alt.txt", "Bitte bringen Sie ggf. Ihren "
                                    "Ausweis mit. Die Gebühr beträgt 5 €.".encode("cp1252"))})
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "alt.txt" and "Windows-1252" in r.json()["note"]
    md = "# Antrag\n\nDer Antrag ist **bis zum 1. März** einzureichen.\n".encode()
    r = client.post("/v1/documents", files={"file": ("info.md", md)})
    assert r.status_code == 200 and r.json()["kind"] == "markdown"
    assert "**" not in r.json()["text"]


def test_upload_errors_in_german(client: TestClient) -> None:
    german_error(client.post("/v1/documents", files={"file": ("bild.png", b"\x89PNG...")}), 415)
    german_error(client.post("/v1/documents", files={"file": ("ohne", b"Text")}), 415)
    german_error(client.post("/v1/documents", files={"file": ("kaputt.docx", b"PK nix")}), 422)
    german_error(client.post("/v1/documents", files={"file": ("kaputt.pdf", b"%PDF-1.4 x")}),
                 422)
    german_error(client.post("/v1/documents", files={"file": ("leer.txt", b"   ")}), 422)
    german_error(client.post("/v1/documents", files={"other": ("a.txt", b"Text")}), 422)
    german_error(client.post("/v1/documents", json={"text": "x"}), 415)
    german_error(client.post("/v1/documents", files={"file": ("a.txt", FORM.encode())},
                             data={"profile": "roman"}), 422)
    too_big = client.post("/v1/documents",
                          files={"file": ("gross.txt", b"Wort " * 17_500 + b"Ende.")})
    assert "zu groß" in german_error(too_big, 413)
    # Text longer than SIMPLIFY_MAX_CHARS (but a small file): 413 from the engine.
    long_text = ("Kurzer Satz. " * 300).encode()
    assert "zu lang" in german_error(
        client.post("/v1/documents", files={"file": ("lang.txt", long_text)}), 413)
    # Larger than the service's body limit: the request guard answers first.
    german_error(client.post("/v1/documents", files={"file": ("riesig.txt", b"a " * 70_000)}),
                 413)


def test_export_docx(client: TestClient) -> None:
    import docx

    text = "Sehr geehrte Frau Muster,\n\nbitte reichen Sie den Antrag ein. 🙂\x0b Ende"
    r = client.post("/v1/export/docx", json={"text": text, "name": "Antwort an Frau Müller"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument")
    assert 'filename="Antwort-an-Frau-M-ller.docx"' in r.headers["content-disposition"]
    paragraphs = [p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs]
    assert paragraphs == ["Sehr geehrte Frau Muster,", "",
                          "bitte reichen Sie den Antrag ein. 🙂 Ende"]
    german_error(client.post("/v1/export/docx", json={"text": "x" * (MAX + 1)}), 413)
    german_error(client.post("/v1/export/docx", json={}), 422)


def test_report_html(client: TestClient) -> None:
    r = client.post("/v1/report/html", json={"text": FORM + " <script>alert(1)</script>",
                                             "profile": "brief", "name": "Brief"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert 'filename="Brief.html"' in r.headers["content-disposition"]
    html = r.text
    assert html.startswith("<!doctype html>") or html.lower().startswith("<!doctype html>")
    assert "ggf." in html and "<script>alert" not in html
    off = client.post("/v1/report/html", json={"text": FORM, "disable": ["SIM-J002"]}).text
    assert "SIM-J002" in html and "SIM-J002" not in off
    german_error(client.post("/v1/report/html", json={"text": FORM, "profile": "roman"}), 422)
    german_error(client.post("/v1/report/html", json={"text": FORM, "disable": ["XYZ"]}), 422)


def test_openapi_documents(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/v1/documents"]["post"]
    assert "Datei" in op["description"] and op["summary"] == "Dokument hochladen und prüfen"
    schema = op["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert schema["properties"]["file"]["format"] == "binary"
    assert {"413", "415", "422"} <= set(op["responses"])
    assert "/v1/export/docx" in spec["paths"] and "/v1/report/html" in spec["paths"]


def test_document_never_logged(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client.post("/v1/documents", files={"file": ("geheim.docx", docx_bytes(SECRET + ". " + FORM))})
    client.post("/v1/documents", files={"file": ("geheim.docx", b"PK" + SECRET.encode())})
    client.post("/v1/export/docx", json={"text": SECRET})
    client.post("/v1/report/html", json={"text": SECRET + ". " + FORM})
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "Zebrafink" not in logged
    assert "/v1/documents" in logged  # the access log is there, without content
