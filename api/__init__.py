"""HTTP API and web page of simplify (FastAPI). Start with ``python -m api``."""

from __future__ import annotations

from .app import create_app
from .settings import Settings

__all__ = ["Settings", "create_app"]
