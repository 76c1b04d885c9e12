"""Shared route dependencies."""

from __future__ import annotations

from fastapi import HTTPException, Request

from ..engine import Engine
from ..errors import STATUS_DE


def get_engine(request: Request) -> Engine:
    """The app's Engine; 503 (German) while the pipeline is not loaded."""
    engine = getattr(request.app.state, "engine", None)
    if engine is None:
        raise HTTPException(status_code=503, detail=STATUS_DE[503])
    return engine
