"""Output formats for a whole run: text, json, jsonl, sarif, junit, github, markdown, html.

Every format gets a ``RunResult``: the per-file results in input order (reports, errors,
locations), the fail-on level and the baseline numbers. Shared helpers live in ``common`` (the
formats import them from there, so the package has no import cycle).
"""

from __future__ import annotations

from collections.abc import Callable

from ..vocabulary import family_label  # noqa: F401 - re-exported
from .common import (  # noqa: F401 - the package's public names
    FORMATS,
    LEVEL_PLURAL_DE,
    RunResult,
    all_rules,
    field_label,
    has_text_position,
    level_label,
    location_label,
    sentence_count,
    summary_text,
)


def render(fmt: str, run: RunResult) -> str:
    """The whole run in one format (``text`` is streamed by the CLI instead)."""
    from . import ci, html, jsonfmt, markdown, sarif

    renderers: dict[str, Callable[[RunResult], str]] = {
        "json": jsonfmt.render_json,
        "jsonl": jsonfmt.render_jsonl,
        "sarif": sarif.render,
        "junit": ci.render_junit,
        "github": ci.render_github,
        "markdown": markdown.render,
        "html": html.render,
    }
    return renderers[fmt](run)
