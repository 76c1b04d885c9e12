"""German error bodies, the request guard (size limit, access log, catch-all 500).

Privacy: nothing here logs a request body, a query string or an exception message (messages can
quote the submitted text). The access log has method, path, status and duration only.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from http import HTTPStatus
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from simplify.deadline import TimeBudgetExceeded
from simplify.errors import ConfigError, InputError, SimplifyError, TextTooLong

from .bodies import UNREADABLE, clean_text

access_log = logging.getLogger("simplify.api.access")
error_log = logging.getLogger("simplify.api.error")

INTERNAL_ERROR = (
    "Bei der Prüfung ist ein interner Fehler aufgetreten. Ihr Text wurde nicht gespeichert. "
    "Bitte versuchen Sie es noch einmal. Wenn der Fehler bleibt, melden Sie ihn bitte der "
    "IT-Abteilung."
)

STATUS_DE = {
    400: "Die Anfrage ist ungültig.",
    401: "Sie sind nicht angemeldet.",
    403: "Sie dürfen diese Seite nicht aufrufen.",
    404: "Diese Adresse gibt es nicht. Die Schnittstelle ist unter /docs beschrieben.",
    405: "Diese Methode ist für diese Adresse nicht erlaubt.",
    406: "Dieses Antwortformat gibt es nicht.",
    413: "Die Anfrage ist zu groß.",
    415: "Dieses Format kann simplify nicht lesen. Senden Sie JSON.",
    422: "Die Anfrage ist ungültig.",
    429: "Zu viele Anfragen. Bitte warten Sie kurz.",
    500: INTERNAL_ERROR,
    503: "Der Dienst startet gerade. Bitte versuchen Sie es gleich noch einmal.",
}


RETRY_AFTER = "10"  # seconds, on 503 answers


def error_body(detail: str) -> dict[str, str]:
    # A message may quote a field name or value: never let a lone surrogate make it unsendable.
    return {"detail": clean_text(detail)}


# English details that Starlette or FastAPI raise themselves.
_ENGLISH = {"There was an error parsing the body": UNREADABLE}


def german_detail(status: int, detail: Any) -> str:
    """Our own details are German already; Starlette's English defaults are translated."""
    if isinstance(detail, str) and detail in _ENGLISH:
        return _ENGLISH[detail]
    if isinstance(detail, str) and detail and not _is_default_phrase(status, detail):
        return detail
    return STATUS_DE.get(status, f"Die Anfrage ist fehlgeschlagen (Fehler {status}).")


def _is_default_phrase(status: int, detail: str) -> bool:
    try:
        return detail == HTTPStatus(status).phrase
    except ValueError:
        return False


MAX_REPORTED = 10  # sentences in one validation answer; the rest is counted
MAX_NAME = 40  # characters of a field name quoted back


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "form", "path", "header")]
    name = ".".join(parts)
    return name if len(name) <= MAX_NAME else name[:MAX_NAME] + "…"


def _sentence(err: dict[str, Any]) -> str:
    kind = str(err.get("type", ""))
    name = _field(err.get("loc", ()))
    where = f"„{name}“" if name else "Der Inhalt"
    if kind == "json_invalid":
        return "Der Inhalt ist kein gültiges JSON."
    if kind == "missing":
        return f"Das Feld {where} fehlt." if name else "Der Inhalt fehlt."
    if kind == "unknown_fields":
        ctx = err.get("ctx") or {}
        return str(ctx.get("sentence", "Die Anfrage enthält Felder, die es nicht gibt."))
    if kind in {"string_type", "string_unicode"}:
        return f"{where} muss ein Text sein."
    if kind in {"string_too_short"}:
        return f"{where} darf nicht leer sein."
    if kind in {"string_too_long", "too_long"}:
        limit = (err.get("ctx") or {}).get("max_length")
        return f"{where} ist zu lang (höchstens {limit})." if limit else f"{where} ist zu lang."
    if kind == "too_short":
        return f"{where} darf nicht leer sein."
    if kind in {"list_type", "tuple_type", "set_type"}:
        return f"{where} muss eine Liste sein."
    if kind in {"model_attributes_type", "dict_type", "model_type"}:
        return "Der Inhalt muss ein JSON-Objekt sein, zum Beispiel {\"text\": \"…\"}."
    if kind == "extra_forbidden":
        return f"Das Feld {where} gibt es nicht."
    if kind in {"int_parsing", "int_type", "float_parsing", "float_type"}:
        return f"{where} muss eine Zahl sein."
    if kind in {"bool_parsing", "bool_type"}:
        return f"{where} muss true oder false sein."
    return f"{where} ist ungültig."


def validation_detail(errors: Iterable[dict[str, Any]]) -> str:
    """One German sentence per kind of problem, without echoing the submitted values.

    Linear in the number of errors; at most MAX_REPORTED sentences, the rest is counted, so
    a body with 90,000 wrong fields gets a short answer.
    """
    sentences: dict[str, None] = {}  # ordered set: first come first
    more = 0
    for err in errors:
        text = _sentence(err)
        if text in sentences:
            continue
        if len(sentences) >= MAX_REPORTED:
            more += 1
            continue
        sentences[text] = None
    parts = list(sentences) or ["Bitte prüfen Sie die Felder."]
    if more:
        parts.append(f"Dazu kommen {_count(more)} weitere Fehler.")
    return "Die Anfrage ist ungültig. " + " ".join(parts)


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse(error_body(validation_detail(exc.errors())), status_code=422)


async def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request.app, request.url.path,
                                           headers.get("Allow", ""))
    return JSONResponse(error_body(german_detail(exc.status_code, exc.detail)),
                        status_code=exc.status_code, headers=headers or None)


def allowed_methods(app: FastAPI, path: str, fallback: str) -> str:
    """The methods /openapi.json documents for ``path`` (Starlette's Allow names only those
    of the first route it tried, e.g. POST for /v2/check, which also answers GET)."""
    item = app.openapi().get("paths", {}).get(path)
    if not item:
        return fallback
    return ", ".join(sorted(m.upper() for m in item if m.upper() in _METHODS))


_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}


async def _simplify_handler(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, TimeBudgetExceeded):
        return JSONResponse(error_body(str(exc)), status_code=503,
                            headers={"Retry-After": RETRY_AFTER})
    if isinstance(exc, TextTooLong):
        status = 413
    elif isinstance(exc, ConfigError | InputError):
        status = 422
    else:
        status = 400
    return JSONResponse(error_body(str(exc)), status_code=status)


async def _internal_handler(request: Request, exc: Exception) -> JSONResponse:
    # Safety net; RequestGuard below normally answers first.
    error_log.error("Interner Fehler bei %s %s: %s", request.method, request.url.path,
                    type(exc).__name__)
    return JSONResponse(error_body(INTERNAL_ERROR), status_code=500)


def install_handlers(app: FastAPI) -> None:
    """Register the German exception handlers."""
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(SimplifyError, _simplify_handler)
    app.add_exception_handler(Exception, _internal_handler)


class _BodyTooLarge(StarletteHTTPException):
    """Raised while reading a body without Content-Length that grows over the limit.

    An HTTPException, because FastAPI turns other exceptions during body parsing into 400.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=_too_large(limit))


BODY_TIMEOUT = ("Die Anfrage ist nicht vollständig angekommen: Es kamen zu lange keine Daten. "
                "Bitte senden Sie sie noch einmal.")


class _BodyTimeout(StarletteHTTPException):
    """The client stopped sending its body (an HTTPException, as _BodyTooLarge)."""

    def __init__(self) -> None:
        super().__init__(status_code=408, detail=BODY_TIMEOUT)


class RequestGuard:
    """Pure ASGI middleware: body size limit, privacy-safe access log, German 500."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, body_timeout: float = 30.0) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        method, path = scope.get("method", "?"), scope.get("path", "?")
        status = {"code": 0}
        send = _with_security_headers(send)

        declared = _content_length(scope)
        if declared is not None and declared > self.max_body_bytes:
            await _send_json(send, 413, _too_large(self.max_body_bytes))
            _log_access(method, path, 413, began)
            return

        seen = {"bytes": 0}

        async def limited_receive() -> Message:
            with anyio.move_on_after(self.body_timeout) as waited:
                message = await receive()
            if waited.cancelled_caught:  # the client stopped sending its body
                raise _BodyTimeout()
            if message["type"] == "http.request":
                seen["bytes"] += len(message.get("body", b""))
                if seen["bytes"] > self.max_body_bytes:
                    raise _BodyTooLarge(self.max_body_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTimeout:
            if not status["code"]:
                status["code"] = 408
                await _send_json(send, 408, BODY_TIMEOUT, close=True)
        except _BodyTooLarge:
            if not status["code"]:
                status["code"] = 413
                await _send_json(send, 413, _too_large(self.max_body_bytes))
        except Exception as exc:  # never leak a stack trace or the text
            error_log.error("Interner Fehler bei %s %s: %s", method, path, type(exc).__name__)
            if not status["code"]:
                status["code"] = 500
                await _send_json(send, 500, INTERNAL_ERROR)
        _log_access(method, path, status["code"], began)


# Sent with every response (the page adds its own Content-Security-Policy): no MIME sniffing,
# no referrer to other sites, no framing of the service's pages.
SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY")]


def _with_security_headers(send: Send) -> Send:
    async def secured(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            present = {name.lower() for name, _ in headers}
            headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
            message = {**message, "headers": headers}
        await send(message)

    return secured


def _too_large(limit: int) -> str:
    size = f"{limit // 1024:,}".replace(",", ".")
    return (f"Die Anfrage ist zu groß (mehr als {size} KiB). "
            "Teilen Sie den Text bitte auf.")


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_json(send: Send, status: int, detail: str, close: bool = False) -> None:
    body = json.dumps(error_body(detail), ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _log_access(method: str, path: str, status: int, began: float) -> None:
    access_log.info("%s %s %d %.0f ms", method, path, status,
                    (time.perf_counter() - began) * 1000)
