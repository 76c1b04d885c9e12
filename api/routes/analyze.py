"""POST /v1/analyze: check a text and return the full Report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends
from fastapi.responses import Response

from ..bodies import GuardedRoute
from ..engine import Engine
from ..schemas import EXAMPLE_TEXT, AnalyzeRequest, Report, error_responses
from .deps import get_engine

router = APIRouter(prefix="/v1", tags=["Prüfen"], route_class=GuardedRoute)

_ERRORS = error_responses(
    400, 405, 413, 422, 500, 503,
    e422="Die Anfrage ist ungültig, zum Beispiel eine unbekannte Textsorte oder Regel.")

_EXAMPLES = {
    "formular": {
        "summary": "Formulartext prüfen",
        "value": {"text": EXAMPLE_TEXT, "profile": "formular"},
    },
    "leicht": {
        "summary": "Leichte Sprache, eine Regel aus",
        "value": {"text": "Bringen Sie ggf. eine Vollmacht mit.", "profile": "leicht",
                  "disable": ["SIM-R001"]},
    },
    "nur_passiv": {
        "summary": "Nur bestimmte Regeln",
        "value": {"text": "Das Formular muss vollständig ausgefüllt werden.",
                  "enable": ["SIM-P001", "SIM-P002", "SIM-P003"]},
    },
}


@router.post(
    "/analyze",
    response_model=Report,
    responses={200: {"description": "Der Prüfbericht (Report)"}, **_ERRORS},
    summary="Text prüfen",
    description=(
        "Prüft einen deutschen Verwaltungstext auf verständliche Sprache. Die Antwort enthält "
        "Kennzahlen (zum Beispiel den Verständlichkeitsindex von 0 bis 20), die Sätze mit "
        "ihrer Schwierigkeit und alle Fundstellen mit Erklärung und Vorschlägen.\n\n"
        "Alle Positionen (start, end) zählen Unicode-Zeichen (Codepoints) im gesendeten Text, "
        "wie Python. Der Text wird weder gespeichert noch protokolliert."
    ),
)
async def analyze(
    request: Annotated[AnalyzeRequest, Body(openapi_examples=_EXAMPLES)],
    engine: Annotated[Engine, Depends(get_engine)],
) -> Response:
    enable = engine.check_rules(request.enable, "enable")
    disable = engine.check_rules(request.disable, "disable")
    body = await engine.analyze_json(request.text, request.profile, enable=enable,
                                     disable=disable)
    return Response(content=body, media_type="application/json")
