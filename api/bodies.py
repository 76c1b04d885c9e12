"""Reading request bodies safely: strict UTF-8 JSON, bounded nesting, no lone surrogates.

FastAPI parses a JSON body with ``request.json()`` and turns every error but a
``JSONDecodeError`` into an English 400 ("There was an error parsing the body"). The routes that
take a body use :class:`GuardedRoute`, whose request parses JSON itself:

- the body must be UTF-8 (RFC 8259); anything else is a German 400;
- nesting deeper than Python's recursion limit (about 1,000 levels) is a German 400, not a
  RecursionError;
- large bodies are parsed in a worker thread, so a 1 MB body does not hold up the event loop
  (``/health`` and other requests keep being answered);
- lone surrogates (``"\\ud800"`` is valid JSON, but no valid Unicode) become U+FFFD in every
  string, one character for one, so offsets stay valid and every answer can be encoded;
- a form with more fields than allowed is a German 400.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Coroutine
from typing import Any

import anyio.to_thread
from fastapi import HTTPException, Request, Response
from fastapi.routing import APIRoute

OFF_LOOP_BYTES = 64 * 1024  # bodies above this are parsed in a worker thread
MAX_FORM_FIELDS = 1000

NOT_UTF8 = ("Der Inhalt der Anfrage ist nicht in UTF-8 kodiert. Senden Sie JSON in UTF-8 "
            "(Content-Type: application/json; charset=utf-8).")
TOO_DEEP = ("Der Inhalt der Anfrage ist zu tief verschachtelt. Senden Sie ein einfaches "
            "JSON-Objekt, zum Beispiel {\"text\": \"…\"}.")
UNREADABLE = ("Der Inhalt der Anfrage kann nicht gelesen werden. Prüfen Sie das Format "
              "(Content-Type) und den Inhalt.")
TOO_MANY_FIELDS = (f"Das Formular hat zu viele Felder (erlaubt sind höchstens "
                   f"{MAX_FORM_FIELDS:,}). Senden Sie nur die dokumentierten Felder."
                   ).replace(",", ".")

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def clean_json(value: Any) -> Any:
    """Replace lone surrogates in every string and key of parsed JSON (iterative, linear)."""
    if isinstance(value, str):
        return clean_text(value)
    if not isinstance(value, dict | list):
        return value
    stack: list[Any] = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    node[i] = clean_text(item)
                elif isinstance(item, dict | list):
                    stack.append(item)
        else:
            for key in [k for k in node if _SURROGATE.search(k)]:
                node[clean_text(key)] = node.pop(key)
            for key, item in node.items():
                if isinstance(item, str):
                    node[key] = clean_text(item)
                elif isinstance(item, dict | list):
                    stack.append(item)
    return value


def parse_json(body: bytes) -> Any:
    """Parse a request body as UTF-8 JSON; German HTTP 400 for what is not.

    ``json.JSONDecodeError`` passes through: FastAPI answers it as a validation error (422).
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(status_code=400, detail=NOT_UTF8) from None
    try:
        data = json.loads(text.removeprefix("\ufeff"))
    except RecursionError:
        raise HTTPException(status_code=400, detail=TOO_DEEP) from None
    return clean_json(data)


class GuardedRequest(Request):
    """A request whose ``json()`` and ``form()`` fail in German and never block the loop."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            if len(body) > OFF_LOOP_BYTES:
                self._json = await anyio.to_thread.run_sync(parse_json, body)
            else:
                self._json = parse_json(body)
        return self._json

    async def form(self, *, max_files: int | float = MAX_FORM_FIELDS,  # type: ignore[override]
                   max_fields: int | float = MAX_FORM_FIELDS,
                   max_part_size: int = 1024 * 1024) -> Any:
        try:
            return await super().form(max_files=max_files, max_fields=max_fields,
                                      max_part_size=max_part_size)
        except HTTPException:
            raise
        except Exception as exc:  # starlette's HTTPException (English) or a parser error
            detail = str(getattr(exc, "detail", ""))
            message = TOO_MANY_FIELDS if "fields" in detail.lower() else UNREADABLE
            raise HTTPException(status_code=400, detail=message) from None


class GuardedRoute(APIRoute):
    """Route class for routers that take a body: hands the route a :class:`GuardedRequest`."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            return await handler(GuardedRequest(request.scope, request.receive))

        return guarded
