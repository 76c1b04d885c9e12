"""Documents in and out: POST /v1/documents, POST /v1/export/docx, POST /v1/report/html.

Privacy: an uploaded file is parsed in memory (our own multipart reader, so nothing is spooled
to a temporary file), never written to disk and never logged; errors log only the exception
type. Extraction, analysis and document building run in worker threads, off the event loop.
"""

from __future__ import annotations

import io
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from python_multipart.multipart import MultipartParser, parse_options_header

from simplify.batch import FileResult
from simplify.document import location_label
from simplify.errors import InputError
from simplify.formats_out import RunResult, render
from simplify.service import DocumentService
from simplify.sources import MAX_DOCUMENT_BYTES

from ..bodies import GuardedRoute
from ..engine import Engine
from ..schemas import Report, RuleIds, StrictBody, error_responses
from .deps import get_engine

router = APIRouter(prefix="/v1", tags=["Dokumente"], route_class=GuardedRoute)

# File types the page accepts; the kind names are those of simplify.formats_in.
SUFFIXES = {".docx": "docx", ".odt": "odt", ".pdf": "pdf", ".txt": "text", ".md": "markdown",
            ".markdown": "markdown"}
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MULTIPART_SLACK = 16 * 1024  # headers, boundaries and the profile field around the file
# Characters XML 1.0 (and so Word) cannot hold; everything else goes into the .docx unchanged.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def max_upload_bytes(request: Request) -> int:
    """Largest file we accept: the service's body limit less room for the form, at most 50 MB."""
    settings = request.app.state.settings
    return max(1024, min(MAX_DOCUMENT_BYTES, settings.max_body_bytes - MULTIPART_SLACK))


def _mb(n: int) -> str:
    if n < 1_000_000:
        return f"{max(1, round(n / 1000))} KB"
    return f"{n / 1_000_000:.1f}".replace(".", ",") + " MB"


# -- models ---------------------------------------------------------------------------------


class DocumentOut(BaseModel):
    """The text of an uploaded document, its report and where each finding is in the file."""

    name: str = Field(..., description="Dateiname ohne Ordner")
    kind: str = Field(..., description="Art der Datei: text, markdown, docx, odt oder pdf")
    note: str | None = Field(None, description="Hinweis zum Lesen, zum Beispiel zur "
                                               "Zeichenkodierung")
    text: str = Field(..., description="Der gelesene Text. Alle Positionen im Bericht zählen "
                                       "Unicode-Zeichen (Codepoints) in diesem Text.")
    report: Report = Field(..., description="Der Prüfbericht zu diesem Text")
    locations: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="Fundstelle im Dokument je Fingerabdruck (fingerprint) eines Hinweises: "
                    "line/column (txt, md), paragraph oder table/row/cell (docx, odt), "
                    "page/line (pdf).")


class ExportRequest(StrictBody):
    """A text to save as a Word document."""

    text: str = Field(..., description="Der Text. Jede Zeile wird ein Absatz.")
    name: str | None = Field(None, description="Dateiname ohne Endung (Standard: text)",
                             max_length=200)


class ReportRequest(StrictBody):
    """A text to check and to return as the HTML report."""

    text: str = Field(..., description="Der Text, den simplify prüfen soll")
    profile: str | None = Field(None, description="Textsorte, zum Beispiel „brief“",
                                examples=["formular"])
    disable: RuleIds | None = Field(None, description="Diese Regeln nicht prüfen")
    name: str | None = Field(None, description="Name des Textes im Bericht", max_length=200)


_ERRORS = error_responses(
    400, 405, 413, 422, 500, 503,
    e422="Die Anfrage ist ungültig oder die Datei kann nicht gelesen werden.")


# -- reading the upload in memory ---------------------------------------------------------------


class _Part:
    def __init__(self) -> None:
        self.headers: dict[bytes, bytes] = {}
        self.data = bytearray()


def parse_form(body: bytes, content_type: str) -> tuple[dict[str, str], tuple[str, bytes] | None]:
    """Fields and the first file of a multipart/form-data body, all in memory."""
    ctype, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise HTTPException(
            status_code=415,
            detail="Senden Sie die Datei bitte als Formular (multipart/form-data) im Feld "
                   "„file“.")
    parts: list[_Part] = []
    field, value = bytearray(), bytearray()

    def on_part_begin() -> None:
        parts.append(_Part())

    def on_header_field(data: bytes, start: int, end: int) -> None:
        field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        value.extend(data[start:end])

    def on_header_end() -> None:
        parts[-1].headers[bytes(field).strip().lower()] = bytes(value).strip()
        field.clear()
        value.clear()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        parts[-1].data.extend(data[start:end])

    callbacks = {"on_part_begin": on_part_begin, "on_header_field": on_header_field,
                 "on_header_value": on_header_value, "on_header_end": on_header_end,
                 "on_part_data": on_part_data}
    try:
        parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
        parser.write(body)
        parser.finalize()
    except Exception as exc:  # noqa: BLE001 - any parser error means a broken form
        raise HTTPException(status_code=422,
                            detail="Das Formular ist unvollständig oder beschädigt. Bitte "
                                   "laden Sie die Datei noch einmal hoch.") from exc
    fields: dict[str, str] = {}
    upload: tuple[str, bytes] | None = None
    for part in parts:
        _, disp = parse_options_header(part.headers.get(b"content-disposition", b""))
        name = disp.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" in disp:
            if name == "file" and upload is None:
                upload = (disp[b"filename"].decode("utf-8", "replace"), bytes(part.data))
        elif name:
            fields[name] = part.data.decode("utf-8", "replace")
    return fields, upload


def clean_name(raw: str) -> str:
    """The file name without folders (browsers may send a path), at most 200 characters."""
    name = PureWindowsPath(PurePosixPath(raw).name).name.strip()
    return (name or "Dokument")[-200:]


def _read_document(name: str, data: bytes) -> Any:
    try:
        return DocumentService.read_bytes(data, name)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a reader library failed on a broken file
        raise InputError(f"{name}: Die Datei kann nicht gelesen werden. Sie ist beschädigt "
                         "oder hat ein unbekanntes Format.") from exc


# the formats the readers take (simplify/formats_in.py), as the OpenAPI description lists them
UPLOAD_TYPES = ("text/plain", "text/markdown", "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text")


@router.post(
    "/documents",
    response_model=DocumentOut,
    summary="Dokument hochladen und prüfen",
    description=(
        "Liest eine Datei (.docx, .odt, .pdf, .txt oder .md) und prüft ihren Text. Senden Sie "
        "die Datei als Formular (multipart/form-data) im Feld `file`, optional die Textsorte "
        "im Feld `profile`.\n\n"
        "Die Antwort enthält den gelesenen Text, den Prüfbericht und zu jedem Hinweis die "
        "Stelle im Dokument (Seite, Absatz, Tabellenzelle oder Zeile). Die Datei wird nur im "
        "Arbeitsspeicher gelesen, nicht gespeichert und nicht protokolliert.\n\n"
        "Die Datei darf höchstens so groß sein wie eine Anfrage an den Dienst "
        "(12 Byte × SIMPLIFY_MAX_CHARS, beim Standard etwa 1,2 MB), der gelesene Text "
        "höchstens SIMPLIFY_MAX_CHARS Zeichen lang."
    ),
    responses={
        200: {"description": "Text, Prüfbericht und Fundstellen im Dokument"},
        **error_responses(415),
        **_ERRORS,
    },
    openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {
        "schema": {"type": "object", "required": ["file"], "properties": {
            "file": {"type": "string", "format": "binary",
                     "description": "Die Datei: .docx, .odt, .pdf, .txt oder .md"},
            "profile": {"type": "string", "description": "Textsorte, zum Beispiel „brief“"},
        }}, "encoding": {"file": {"contentType": ", ".join(UPLOAD_TYPES)}}}}}},
)
async def documents(request: Request, engine: Annotated[Engine, Depends(get_engine)]) -> Response:
    limit = max_upload_bytes(request)
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit + MULTIPART_SLACK:
            raise HTTPException(status_code=413, detail=_too_big(limit))
    # CPU-bound steps share the engine's one worker thread, like the analysis itself.
    fields, upload = await engine.run(parse_form, bytes(body),
                                      request.headers.get("content-type", ""))
    del body
    if upload is None:
        raise HTTPException(status_code=422,
                            detail="Es fehlt die Datei. Senden Sie sie im Feld „file“.")
    name, data = clean_name(upload[0]), upload[1]
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        shown = suffix or "ohne Endung"
        raise HTTPException(
            status_code=415,
            detail=f"Dateien vom Typ „{shown[:20]}“ kann simplify nicht lesen. Möglich sind "
                   ".docx, .odt, .pdf, .txt und .md.")
    if len(data) > limit:
        raise HTTPException(status_code=413, detail=_too_big(limit, len(data)))
    profile = engine.check_profile(fields.get("profile") or None)
    src = await engine.run(_read_document, name, data)
    del data
    # the document service: control comments, the organisation's lists, located findings
    checked = await engine.check_source(src, profile)

    def answer() -> bytes:
        out = DocumentOut(
            name=name, kind=src.kind, note=src.note, text=src.text, report=checked.report,
            # each with its German label ("Seite 2, Feld „Familienname“"), as the reports say it
            locations={fp: {**loc, "label": location_label(loc)} if loc else loc
                       for fp, loc in checked.locations.items()},
        )
        return out.model_dump_json().encode("utf-8")

    body_out = await engine.run(answer)
    return Response(body_out, media_type="application/json")


def _too_big(limit: int, size: int | None = None) -> str:
    has = f" ({_mb(size)})" if size is not None else ""
    return (f"Die Datei ist zu groß{has}. Erlaubt sind höchstens {_mb(limit)}. Speichern Sie "
            "die Datei bitte ohne Bilder, teilen Sie sie auf oder fügen Sie den Text direkt ein.")


# -- documents out ----------------------------------------------------------------------------


def build_docx(text: str) -> bytes:
    """A Word document with one paragraph per line of ``text``, built in memory."""
    import docx

    document = docx.Document()
    for line in _NOT_XML.sub("", text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _filename(name: str | None, default: str, suffix: str) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", clean_name(name or default)).strip("-.") or default
    if base.lower().endswith(suffix):
        base = base[: -len(suffix)]
    return f"{base[:80]}{suffix}"


@router.post(
    "/export/docx",
    summary="Text als Word-Datei",
    description=("Macht aus dem Text eine Word-Datei (.docx), jede Zeile ein Absatz. Die Datei "
                 "entsteht im Arbeitsspeicher und wird nicht gespeichert."),
    response_class=Response,
    responses={200: {"description": "Die Word-Datei",
                     "content": {DOCX_TYPE: {"schema": {"type": "string", "format": "binary"}}}},
               **_ERRORS},
)
async def export_docx(
    request: Annotated[ExportRequest, Body(openapi_examples={"brief": {
        "summary": "Zwei Absätze",
        "value": {"text": "Sehr geehrte Frau Muster,\nbitte reichen Sie den Antrag ein.",
                  "name": "antwort"}}})],
    engine: Annotated[Engine, Depends(get_engine)],
) -> Response:
    if len(request.text) > engine.max_chars:
        engine.check_length(request.text)  # 413 with the German message
    data = await engine.run(build_docx, request.text)
    filename = _filename(request.name, "text", ".docx")
    return Response(data, media_type=DOCX_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.post(
    "/report/html",
    summary="Prüfbericht als HTML",
    description=("Prüft den Text und liefert den Prüfbericht als eigenständige HTML-Seite "
                 "(ohne externe Dateien; ein kleines eingebettetes Skript filtert nach Datei "
                 "und Familie), wie `simplify check --format html`. "
                 "Der Text wird weder gespeichert noch protokolliert."),
    response_class=Response,
    responses={200: {"description": "Der Bericht als HTML-Seite",
                     "content": {"text/html": {"schema": {"type": "string"}}}},
               **_ERRORS},
)
async def report_html(
    request: Annotated[ReportRequest, Body(openapi_examples={"formular": {
        "summary": "Bericht für einen Formulartext",
        "value": {"text": "Der Antrag ist bis zum 1. März einzureichen.",
                  "profile": "formular"}}})],
    engine: Annotated[Engine, Depends(get_engine)],
) -> Response:
    disable = engine.check_rules(request.disable, "disable")
    name = clean_name(request.name or "Text")
    engine.check_length(request.text)
    src = DocumentService.read_text(request.text, name)
    checked = await engine.check_source(src, request.profile, disable=disable)

    def page() -> str:
        report = checked.report
        result = FileResult(0, name, kind="text", report=report,
                            locations=dict(checked.locations))
        result.contexts = checked.contexts()
        return render("html", RunResult([result]))

    html = await engine.run(page)
    filename = _filename(request.name, "bericht", ".html")
    return Response(html, media_type="text/html; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
