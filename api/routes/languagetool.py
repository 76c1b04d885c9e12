"""LanguageTool API v2 compatibility: POST/GET /v2/check and GET /v2/languages.

Clients (LibreOffice, language_tool_python, editor plug-ins) point their "LanguageTool server"
setting at http://HOST:PORT/v2 (or the base URL, depending on the client).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import JSONResponse

from simplify.errors import InputError, SimplifyError

from ..bodies import GuardedRoute
from ..engine import Engine
from ..languagetool import (
    LANGUAGES,
    Document,
    build_response,
    empty_response,
    families_of_category,
    resolve_language,
)
from ..schemas import LTCheckResponse, LTLanguage, error_responses
from .deps import get_engine

router = APIRouter(prefix="/v2", tags=["LanguageTool-kompatibel"],
                   route_class=GuardedRoute)

_DESCRIPTION = (
    "Prüft einen Text wie ein LanguageTool-Server (API v2). So können Programme wie LibreOffice "
    "oder language_tool_python simplify nutzen.\n\n"
    "Senden Sie entweder **text** (reiner Text) oder **data** (JSON mit „annotation“: Einträge "
    "„text“ werden geprüft, Einträge „markup“ nicht; sie zählen aber bei den Positionen mit). "
    "**offset** und **length** zählen UTF-16-Codeeinheiten wie in Java: Ein Emoji zählt zwei. "
    "Regel-IDs und Kategorien, die simplify nicht kennt, werden ignoriert."
)

_ERRORS = error_responses(
    400, 405, 413, 422, 500, 503,
    e400="Sprache nicht Deutsch, kein Text, oder die Anfrage kann nicht gelesen werden "
         "(zu viele Formularfelder).",
    e422="Unbekannte Textsorte oder ungültige Daten (etwa „data“ kein gültiges JSON).")


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _families(value: str | None) -> list[str]:
    out: list[str] = []
    for cat in _split(value):
        out += [f for f in families_of_category(cat) if f not in out]
    return out


async def _check(engine: Engine, fields: dict[str, str | None]) -> JSONResponse:
    text, data = fields.get("text"), fields.get("data")
    if data is not None and data != "":
        doc = Document.from_annotation(data)
    elif text is not None:
        doc = Document.from_text(text)
    else:
        raise _MissingText()
    language = resolve_language(fields.get("language"), doc.plain)
    enabled_only = (fields.get("enabledOnly") or "").lower() == "true"
    if enabled_only and not (_split(fields.get("enabledRules"))
                             or _split(fields.get("enabledCategories"))):
        raise _NothingEnabled()
    if fields.get("profile"):
        # an unknown profile is refused for an empty text too, not only when there is text
        engine.simplifier.profile(fields["profile"])
    if not doc.plain.strip():
        return JSONResponse(empty_response(language))  # as LanguageTool: 200, no matches
    rules = engine.simplifier.rules
    enabled = [r for r in _split(fields.get("enabledRules")) if r in rules]
    disabled = [r for r in _split(fields.get("disabledRules")) if r in rules]
    disabled += engine.rules_of_families(_families(fields.get("disabledCategories")))
    enable: list[str] | None = None
    if enabled_only:
        enable = enabled + engine.rules_of_families(_families(fields.get("enabledCategories")))
    report = await engine.analyze(doc.plain, fields.get("profile") or None,
                                  enable=enable, disable=disabled)
    return JSONResponse(build_response(report, doc, rules, language))


class _NothingEnabled(SimplifyError):
    """``enabledOnly=true`` without rules or categories (HTTP 400, as in LanguageTool)."""

    code = "E400"

    def __init__(self) -> None:
        super().__init__("Mit „enabledOnly=true“ nennen Sie bitte die Regeln "
                         "(„enabledRules“) oder Kategorien („enabledCategories“), die "
                         "simplify prüfen soll.")


class _EmptyData(InputError):
    """``data`` sent but empty: no annotation to read (HTTP 422, like data that is no JSON)."""

    def __init__(self) -> None:
        super().__init__("Das Feld „data“ ist leer. Senden Sie JSON mit einer Liste "
                         "„annotation“ oder lassen Sie „data“ weg und senden Sie „text“.")


class _MissingText(SimplifyError):
    """Neither ``text`` nor ``data`` was sent (HTTP 400, as in LanguageTool)."""

    def __init__(self) -> None:
        super().__init__("Bitte senden Sie den Text im Feld „text“ oder „data“.")


@router.post("/check", response_model=LTCheckResponse, responses=_ERRORS,
             summary="Text prüfen (LanguageTool-Format)", description=_DESCRIPTION)
async def check_post(
    request: Request,
    engine: Annotated[Engine, Depends(get_engine)],
    text: Annotated[str | None, Form(description="Der Text (reiner Text)")] = None,
    data: Annotated[str | None, Form(description="Text mit Markup als JSON „annotation“",
                                     min_length=1)] = None,
    language: Annotated[str | None, Form(description="de, de-DE, de-AT, de-CH oder auto")] = None,
    profile: Annotated[str | None, Form(description="Textsorte (nur simplify)")] = None,
    enabled_rules: Annotated[str | None, Form(alias="enabledRules")] = None,
    disabled_rules: Annotated[str | None, Form(alias="disabledRules")] = None,
    enabled_categories: Annotated[str | None, Form(alias="enabledCategories")] = None,
    disabled_categories: Annotated[str | None, Form(alias="disabledCategories")] = None,
    enabled_only: Annotated[str | None, Form(alias="enabledOnly")] = None,
) -> JSONResponse:
    form = await request.form()
    if text is None and "text" in form:
        text = ""  # FastAPI reads an empty form field as missing; LanguageTool checks it
    if data is None and "data" in form:
        raise _EmptyData()
    return await _check(engine, {
        "text": text, "data": data, "language": language, "profile": profile,
        "enabledRules": enabled_rules, "disabledRules": disabled_rules,
        "enabledCategories": enabled_categories, "disabledCategories": disabled_categories,
        "enabledOnly": enabled_only,
    })


@router.get("/check", response_model=LTCheckResponse, responses=_ERRORS,
            summary="Text prüfen (LanguageTool-Format, GET)",
            description=_DESCRIPTION + "\n\nFür lange Texte nehmen Sie bitte POST. Mit GET "
            "senden Sie „text“; „data“ nimmt simplify wie LanguageTool auch hier an (beschrieben "
            "bei POST).")
async def check_get(
    request: Request,
    engine: Annotated[Engine, Depends(get_engine)],
    text: Annotated[str | None, Query()] = None,
    data: Annotated[str | None, Query(min_length=1)] = None,
    language: Annotated[str | None, Query()] = None,
    profile: Annotated[str | None, Query()] = None,
    enabled_rules: Annotated[str | None, Query(alias="enabledRules")] = None,
    disabled_rules: Annotated[str | None, Query(alias="disabledRules")] = None,
    enabled_categories: Annotated[str | None, Query(alias="enabledCategories")] = None,
    disabled_categories: Annotated[str | None, Query(alias="disabledCategories")] = None,
    enabled_only: Annotated[str | None, Query(alias="enabledOnly")] = None,
) -> JSONResponse:
    if text is None and "text" in request.query_params:
        text = ""
    if data is None and "data" in request.query_params:
        raise _EmptyData()
    return await _check(engine, {
        "text": text, "data": data, "language": language, "profile": profile,
        "enabledRules": enabled_rules, "disabledRules": disabled_rules,
        "enabledCategories": enabled_categories, "disabledCategories": disabled_categories,
        "enabledOnly": enabled_only,
    })


@router.get("/languages", response_model=list[LTLanguage], summary="Sprachen",
            description="Die Sprachen, die simplify prüft (nur Deutsch), im LanguageTool-Format.")
async def languages() -> list[dict[str, str]]:
    return LANGUAGES
