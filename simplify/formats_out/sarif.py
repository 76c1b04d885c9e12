"""SARIF 2.1.0 (GitHub code scanning, GitLab, IDE viewers).

Columns are 1-based and counted in Unicode code points (``columnKind``), as are
``charOffset``/``charLength``. Text files (.txt, .md, stdin) get full regions and fixes for
simple replacements; HTML gets the source line; Word, OpenDocument and PDF files get a
logical location (paragraph, table cell, page) because lines mean nothing there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..batch import FileResult
from ..report import Finding, Level
from ..rules import Rule
from ..version import __version__
from .common import RunResult, all_rules, family_label, has_text_position, location_label

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
BASE_ID = "SRCROOT"
FINGERPRINT_KEY = "simplifyFingerprint/v1"


def _rule_name(rule: Rule) -> str:
    words = re.findall(r"\w+", rule.title or rule.id)
    return "".join(w[:1].upper() + w[1:] for w in words) or rule.id


def _descriptor(rule: Rule) -> dict[str, Any]:
    examples = []
    for ex in rule.examples:
        if ex.bad:
            examples.append(f"schlecht: {ex.text()}" + (f" – besser: {ex.fix}" if ex.fix else ""))
        elif ex.good:
            examples.append(f"gut: {ex.good}")
    help_text = rule.why + ("\n\nBeispiele:\n" + "\n".join(examples) if examples else "")
    help_md = rule.why + ("\n\n**Beispiele:**\n\n" + "\n".join(f"- {e}" for e in examples)
                          if examples else "")
    return {
        "id": rule.id,
        "name": _rule_name(rule),
        "shortDescription": {"text": rule.title or rule.id},
        "fullDescription": {"text": rule.why},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": SARIF_LEVEL[Level(rule.level).value]},
        "properties": {"family": rule.family, "tags": [family_label(rule.family)]},
    }


def _artifact(run: RunResult, name: str) -> dict[str, Any]:
    return {"uri": quote(run.relpath(name), safe="/"), "uriBaseId": BASE_ID}


def _region(r: FileResult, f: Finding, loc: dict[str, Any]) -> dict[str, Any] | None:
    if has_text_position(r) and "line" in loc:
        return {
            "startLine": loc["line"], "startColumn": loc["column"],
            "endLine": loc.get("end_line", loc["line"]),
            "endColumn": loc.get("end_column", loc["column"] + 1),
            "charOffset": f.start, "charLength": max(0, f.end - f.start),
            "snippet": {"text": f.text},
        }
    if r.kind == "html" and loc.get("line"):
        return {"startLine": loc["line"], "snippet": {"text": f.text}}
    return None


def _fixes(run: RunResult, r: FileResult, f: Finding) -> list[dict[str, Any]]:
    if not has_text_position(r) or r.name == "-":
        return []
    fixes = []
    for s in f.suggestions:
        if s.kind != "replace" or s.end <= s.start:
            continue
        fixes.append({
            "description": {"text": s.label or f"Ersetzen durch „{s.replacement}“"},
            "artifactChanges": [{
                "artifactLocation": _artifact(run, r.name),
                "replacements": [{
                    "deletedRegion": {"charOffset": s.start, "charLength": s.end - s.start},
                    "insertedContent": {"text": s.replacement},
                }],
            }],
        })
    return fixes


def _location(run: RunResult, r: FileResult, f: Finding,
              artifact_index: int) -> tuple[dict[str, Any], str]:
    """The SARIF location of one place, and its German label for documents ("" for text)."""
    loc = r.location(f)
    physical: dict[str, Any] = {"artifactLocation": {**_artifact(run, r.name),
                                                     "index": artifact_index}}
    region = _region(r, f, loc)
    if region:
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    label = ""
    if not has_text_position(r):
        label = location_label(loc)
        if label:
            location["logicalLocations"] = [{"name": label, "kind": _logical_kind(loc)}]
        if loc.get("field"):  # the form field itself: its label and its technical name
            location.setdefault("logicalLocations", []).append({
                "name": loc["field"],
                "fullyQualifiedName": loc.get("field_name") or loc["field"],
                "kind": "formField",
            })
    return location, label


def _escape(text: str) -> str:
    """Message text with links: literal brackets are escaped (SARIF 2.1.0, 3.11.6)."""
    return text.replace("[", "\\[").replace("]", "\\]")


def _repeats(run: RunResult, r: FileResult, f: Finding,
             artifact_index: int) -> tuple[list[dict[str, Any]], str]:
    """The later places of a repeated word as ``relatedLocations`` (ids 1, 2, …) and the
    message tail that links them: viewers and GitHub code scanning show the links."""
    related, links = [], []
    for i, rep in enumerate(f.repeats, start=1):
        location, label = _location(run, r, rep, artifact_index)
        loc = r.location(rep)
        label = label or (f"Zeile {loc['line']}" if "line" in loc else f"Stelle {i}")
        related.append({"id": i, **location, "message": {"text": label}})
        links.append(f"[{_escape(label)}]({i})")
    n = len(f.repeats)
    tail = f"noch {n} weitere {'Stelle' if n == 1 else 'Stellen'}: {', '.join(links)}"
    return related, tail


def _fix_everywhere(run: RunResult, r: FileResult, f: Finding) -> list[dict[str, Any]]:
    """One fix for every place of a repeated word, each with its own form: only when every
    place has a safe word replacement (what ``simplify fix --write`` would apply)."""
    if not f.repeats or not has_text_position(r) or r.name == "-":
        return []
    changes = []
    for place in f.places():
        safe = [s for s in place.suggestions if s.kind == "replace" and s.safe
                and s.end > s.start]
        if not safe:
            return []
        changes.append({"deletedRegion": {"charOffset": safe[0].start,
                                          "charLength": safe[0].end - safe[0].start},
                        "insertedContent": {"text": safe[0].replacement}})
    return [{"description": {"text": f"An allen {len(changes)} Stellen ersetzen"},
             "artifactChanges": [{"artifactLocation": _artifact(run, r.name),
                                  "replacements": changes}]}]


def _result(run: RunResult, r: FileResult, f: Finding, index: dict[str, int],
            artifact_index: int) -> dict[str, Any]:
    loc = r.location(f)
    location, label = _location(run, r, f, artifact_index)
    message = f"{f.message} ({label})" if label else f.message
    related: list[dict[str, Any]] = []
    if f.repeats:
        related, tail = _repeats(run, r, f, artifact_index)
        message = f"{_escape(message)} – {tail}"
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": SARIF_LEVEL[f.level.value],
        "message": {"text": message},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {"family": f.family, "passage": f.text, "location": loc,
                       "explanation": f.explanation},
    }
    if related:
        result["relatedLocations"] = related
        result["properties"]["places"] = 1 + len(f.repeats)
    fixes = _fixes(run, r, f) + _fix_everywhere(run, r, f)
    if fixes:
        result["fixes"] = fixes
    return result


def _logical_kind(loc: dict[str, Any]) -> str:
    for key in ("table", "paragraph", "page", "element"):
        if key in loc:
            return {"table": "tableCell", "element": "element"}.get(key, key)
    return "text"


def to_dict(run: RunResult) -> dict[str, Any]:
    """The SARIF log as a dict."""
    rules = all_rules()
    used = {f.rule for r in run.checked for f in r.findings}
    for rid in sorted(used - set(rules)):  # a rule added by someone else: still describe it
        rules[rid] = Rule.model_construct(id=rid, family="", level=Level.warning, title=rid,
                                          message="", why="", check="", examples=[])
    index = {rid: i for i, rid in enumerate(rules)}
    artifacts, results, artifact_ids = [], [], {}
    for r in run.files:
        if r.name in artifact_ids:
            continue
        artifact_ids[r.name] = len(artifacts)
        art: dict[str, Any] = {"location": _artifact(run, r.name)}
        if r.kind:
            art["properties"] = {"kind": r.kind}
        artifacts.append(art)
    for r in run.checked:
        for f in r.findings:
            results.append(_result(run, r, f, index, artifact_ids[r.name]))
    notifications = [
        {
            "level": "error",
            "message": {"text": r.error},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(run, r.name)}}],
        }
        for r in run.errors
    ]
    invocation: dict[str, Any] = {
        "executionSuccessful": not run.errors,
        "toolExecutionNotifications": notifications,
    }
    run_obj: dict[str, Any] = {
        "tool": {"driver": {
            "name": "simplify",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [_descriptor(rule) for rule in rules.values()],
        }},
        "invocations": [invocation],
        "originalUriBaseIds": {BASE_ID: {"uri": Path(run.base).resolve().as_uri() + "/"}},
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {"failOn": run.fail_on.value},
    }
    if run.baseline is not None:
        run_obj["properties"]["baseline"] = {"file": run.baseline, "known": run.baseline_known,
                                             "fixed": run.baseline_fixed}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run_obj]}


def render(run: RunResult) -> str:
    return json.dumps(to_dict(run), ensure_ascii=False, indent=2)
