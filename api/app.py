"""The FastAPI application: create_app() builds it; the lifespan loads the pipeline once."""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from simplify import Simplifier, __version__
from simplify.config import Config, load_config
from simplify.service import DocumentService

from .engine import Engine
from .errors import RequestGuard, install_handlers
from .routes import analyze, documents, health, languagetool, meta, web
from .routes.web import STATIC_DIR
from .settings import Settings

log = logging.getLogger("simplify.api")

DESCRIPTION = """
**simplify** prüft deutsche Verwaltungstexte (Formulare, Briefe, Bescheide) auf verständliche
Sprache: lange Sätze, Passiv, Nominalstil, Amtsdeutsch, Ansprache und lange Wörter.

* `POST /v1/analyze` prüft einen Text und liefert den vollständigen Prüfbericht.
* `GET /v1/rules` und `GET /v1/profiles` beschreiben Regeln und Textsorten.
* `POST /v2/check` antwortet wie ein LanguageTool-Server (für LibreOffice und andere Programme).

Datenschutz: Der Dienst speichert keine Texte und schreibt sie nicht ins Protokoll.
Alle Fehlermeldungen sind deutsch und haben die Form `{"detail": "…"}`.
"""

TAGS = [
    {"name": "Prüfen", "description": "Texte prüfen und den Prüfbericht erhalten."},
    {"name": "Regeln und Textsorten", "description": "Was simplify prüft und wie streng."},
    {"name": "LanguageTool-kompatibel",
     "description": "Dieselbe Prüfung im Format eines LanguageTool-Servers (API v2)."},
    {"name": "Dienst", "description": "Zustand des Dienstes."},
]


def create_app(settings: Settings | None = None, simplifier: Simplifier | None = None,
               config: Config | None = None) -> FastAPI:
    """Build the app.

    The configuration is the one the server was started with: ``config``, else the file named
    by SIMPLIFY_CONFIG, else the first simplify.toml / pyproject.toml found from the working
    directory upwards (as the CLI does). Without ``simplifier`` the lifespan loads the
    pipeline for that configuration (with the organisation's word lists).
    """
    settings = settings or Settings.from_env()
    if config is None:
        config = load_config(settings.config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service = DocumentService(config, simplifier=simplifier, model=settings.model)
        engine = Engine(service, settings.max_chars, settings.profile,
                        time_budget=settings.time_budget or None)
        app.state.engine = engine
        # Warm up in the background: start-up stays fast, early requests queue behind it.
        warm = asyncio.get_running_loop().create_task(_warm_up(engine))
        log.info("simplify %s ist bereit (Prozess %d).", __version__, os.getpid())
        try:
            yield
        finally:
            await warm
            app.state.engine = None
            log.info("simplify ist beendet (Prozess %d).", os.getpid())

    app = FastAPI(
        title="simplify – Verständliche Verwaltungssprache",
        version=__version__,
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = None
    install_handlers(app)
    app.add_middleware(RequestGuard, max_body_bytes=settings.max_body_bytes,
                       body_timeout=settings.body_timeout)
    if settings.cors_origins:  # browser add-ons (LanguageTool clients); off by default
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["*"], max_age=600)
    for module in (analyze, documents, meta, languagetool, health, web):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _install_docs(app)
    _install_openapi(app)
    return app


def _install_openapi(app: FastAPI) -> None:
    """/openapi.json names the rule ids and profiles this server knows (its configuration may
    add some), so the schema does not accept what the service rejects."""
    default = app.openapi

    def openapi() -> dict:
        engine = app.state.engine
        if app.openapi_schema is not None or engine is None:
            return default()
        schema = default()
        rules = sorted(engine.simplifier.rules)
        profiles = sorted(engine.simplifier.profiles)
        for model in schema.get("components", {}).get("schemas", {}).values():
            props = model.get("properties", {})
            for name in ("enable", "disable"):
                for variant in props.get(name, {}).get("anyOf", []):
                    if variant.get("type") == "array":
                        variant["items"]["enum"] = rules
            for variant in props.get("profile", {}).get("anyOf", []):
                if variant.get("type") == "string":
                    variant["enum"] = profiles
        _describe_lt_check(schema, profiles)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


# ``data`` of /v2/check as the schema documents it: a JSON object with an "annotation" list of
# "text" and "markup" entries. The service reads any valid annotation JSON (spaces, escapes);
# the pattern describes a subset that is always valid, so a generated request is never one
# the service must refuse.
LT_DATA_PATTERN = (r'^\{"annotation":\[(\{"(text|markup)":"[^"\\\x00-\x1f]*"\}'
                   r'(,\{"(text|markup)":"[^"\\\x00-\x1f]*"\})*)?\]\}$')


def _without_null(prop: dict) -> dict:
    """A form or query value is a string or absent, never JSON null."""
    variants = [v for v in prop.get("anyOf", []) if v.get("type") != "null"]
    if len(variants) != 1:
        return prop
    rest = {k: v for k, v in prop.items() if k != "anyOf"}
    return {**variants[0], **rest}


LT_LANGUAGES = ["auto", "de", "de-DE", "de-AT", "de-CH"]  # api/languagetool.py reads these


def _lt_value(name: str, prop: dict, profiles: list[str]) -> dict:
    """A /v2/check form or query value as documented: no null; the language codes simplify
    reads; the profiles this server knows (empty: the default one)."""
    prop = _without_null(prop)
    if name == "language":
        prop = {**prop, "enum": LT_LANGUAGES}
    if name == "profile":
        prop = {**prop, "enum": ["", *profiles]}
    return prop


def _describe_lt_check(schema: dict, profiles: list[str]) -> None:
    """/v2/check needs "text" or "data" (LanguageTool answers 400 without both): the form body
    says so with ``anyOf``; GET documents "text" as required (a query cannot say "one of")."""
    body = schema.get("components", {}).get("schemas", {}).get("Body_check_post_v2_check_post")
    if body is not None:
        props = body.get("properties", {})
        for name in list(props):
            props[name] = _lt_value(name, props[name], profiles)
        if "data" in props:
            props["data"] = {**props["data"], "pattern": LT_DATA_PATTERN}
            props["data"].pop("minLength", None)
        body["anyOf"] = [{"required": ["text"]}, {"required": ["data"]}]
    post = schema.get("paths", {}).get("/v2/check", {}).get("post")
    if post is not None and "requestBody" in post:
        post["requestBody"]["required"] = True  # without a body there is no text to check
    get = schema.get("paths", {}).get("/v2/check", {}).get("get")
    if get is not None:
        params = [p for p in get.get("parameters", []) if p.get("name") != "data"]
        for p in params:
            p["schema"] = _lt_value(p.get("name", ""), p.get("schema", {}), profiles)
            if p.get("name") == "text":
                p["required"] = True
        get["parameters"] = params


async def _warm_up(engine: Engine) -> None:
    try:
        await engine.warm_up()
    except Exception as exc:  # a failed warm-up must not stop the service
        log.warning("Das Vorwärmen ist fehlgeschlagen: %s", type(exc).__name__)


def _docs_assets() -> Path | None:
    """Swagger UI files shipped by the optional package fastapi-offline (no CDN needed)."""
    try:
        spec = importlib.util.find_spec("fastapi_offline")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def _install_docs(app: FastAPI) -> None:
    """/docs in German, with local Swagger UI files when available (offline intranets)."""
    assets = _docs_assets()
    kwargs: dict[str, str] = {}
    if assets is not None:
        app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")
        kwargs = {"swagger_js_url": "/docs-assets/swagger-ui-bundle.js",
                  "swagger_css_url": "/docs-assets/swagger-ui.css",
                  "swagger_favicon_url": "/favicon.ico"}

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="simplify – Schnittstelle (API)",
            swagger_ui_parameters={"defaultModelsExpandDepth": 0, "docExpansion": "list"},
            **kwargs,
        )
        html = page.body.decode("utf-8").replace('<html>', '<html lang="de">', 1)
        return HTMLResponse(html)
