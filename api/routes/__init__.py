"""Routers, one per resource."""

from __future__ import annotations

from . import analyze, health, languagetool, meta, web

__all__ = ["analyze", "health", "languagetool", "meta", "web"]
