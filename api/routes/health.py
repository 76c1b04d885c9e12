"""GET /health: is the service ready?"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from simplify import __version__
from simplify.report import REPORT_VERSION

from ..engine import Engine
from ..schemas import Health
from .deps import get_engine

router = APIRouter(tags=["Dienst"])


@router.head("/health", include_in_schema=False)  # monitoring probes ask with HEAD
@router.get("/health", response_model=Health, summary="Zustand des Dienstes",
            description="Antwortet mit „ok“, sobald die Sprachverarbeitung geladen ist.")
async def health(engine: Annotated[Engine, Depends(get_engine)]) -> Health:
    return Health(status="ok", version=__version__, report_version=REPORT_VERSION,
                  max_chars=engine.max_chars)
