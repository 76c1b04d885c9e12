"""JSON (one document) and JSON Lines (one object per line) for machines."""

from __future__ import annotations

import json
from typing import Any

from ..batch import FileResult
from .common import RunResult, summary_text


def _file_dict(run: RunResult, r: FileResult) -> dict[str, Any]:
    assert r.report is not None
    data = r.report.to_dict()
    for f in data["findings"]:
        for place in (f, *f["repeats"]):  # a repeated word: every place has its location
            place["location"] = r.locations.get(place["fingerprint"], {})
    out: dict[str, Any] = {"path": r.name, "kind": r.kind, **data}
    if r.note:
        out["note"] = r.note
    if run.baseline is not None:
        out["baseline"] = {"known": r.known, "fixed": r.fixed}
    return out


def _summary(run: RunResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "files": len(run.checked),
        "errors": len(run.errors),
        "findings": sum(len(r.findings) for r in run.checked),  # a word's repeats: one
        "places": run.place_count(),  # every place
        "by_level": run.counts(),
        "fail_on": run.fail_on.value,
        "failed": run.any_failing(),
        "text": summary_text(run),
    }
    if run.baseline is not None:
        out["baseline"] = {"file": run.baseline, "known": run.baseline_known,
                           "fixed": run.baseline_fixed}
    return out


def render_json(run: RunResult) -> str:
    """``{"files": [...], "errors": [...], "summary": {...}}``; findings carry a location."""
    payload = {
        "files": [_file_dict(run, r) for r in run.checked],
        "errors": [{"path": r.name, "error": r.error} for r in run.errors],
        "summary": _summary(run),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def render_jsonl(run: RunResult) -> str:
    """One object per line, each with a ``type``: finding, file, error, summary."""
    lines: list[str] = []

    def emit(obj: dict[str, Any]) -> None:
        lines.append(json.dumps(obj, ensure_ascii=False))

    for r in run.files:
        if r.error:
            emit({"type": "error", "path": r.name, "error": r.error})
            continue
        data = _file_dict(run, r)
        for f in data.pop("findings"):
            emit({"type": "finding", "path": r.name, **f})
        data.pop("sentences", None)
        emit({"type": "file", **data})
    emit({"type": "summary", **_summary(run)})
    return "\n".join(lines)
