"""A Markdown summary for merge-request comments (GitLab, GitHub)."""

from __future__ import annotations

import re

from ..batch import FileResult
from .common import (
    RunResult,
    count,
    level_label,
    location_label,
    places_count,
    repeats_text,
    sentence_count,
    summary_text,
)

MAX_FILES = 50
MAX_FINDINGS = 20
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~])")


def md(text: str) -> str:
    """Text safe inside a Markdown table cell (no markup, no HTML, one line)."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def de(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}".replace(".", ",")


def worst_first(run: RunResult) -> list[FileResult]:
    """Checked files, hardest first: lowest index, then most findings."""
    def key(r: FileResult) -> tuple[float, int, int]:
        assert r.report is not None
        index = r.report.scores.get("verstaendlichkeitsindex") if r.report.scores.get("words") \
            else None
        worst = max((f.level.rank for f in r.findings), default=-1)
        return (index if index is not None else 99.0, -worst, -len(r.findings))
    return sorted(run.checked, key=key)


def render(run: RunResult) -> str:
    """Result line, table per file (index, findings by level), unreadable files, top findings."""
    failed = run.any_failing() or bool(run.errors)
    icon = "❌" if failed else "✅"
    out = ["## simplify: Prüfbericht verständliche Sprache", "",
           f"{icon} **{md(summary_text(run))}**", ""]
    if run.fail_on:
        out.append(f"Die Prüfung schlägt fehl ab Stufe „{level_label(run.fail_on)}“.")
        out.append("")
    files = worst_first(run)
    if files:
        out += ["| Datei | Verständlichkeit (0–20) | Ziel | Sätze | Fehler | Warnungen "
                "| Hinweise |",
                "|---|---:|---:|---:|---:|---:|---:|"]
        for r in files[:MAX_FILES]:
            assert r.report is not None
            sc = r.report.scores
            by = {lv: sum(1 for f in r.findings if f.level.value == lv)
                  for lv in ("error", "warning", "info")}
            target = r.report.target
            met = r.report.summary.get("target_met")
            mark = "" if not sc.get("words") else (" ✅" if met else " ❌ unter dem Ziel")
            out.append(
                f"| {md(run.relpath(r.name))} | {de(sc.get('verstaendlichkeitsindex'))}{mark} "
                f"| {de(target, 0)} | {sentence_count(r)} | {by['error']} | {by['warning']} "
                f"| {by['info']} |"
            )
        if len(files) > MAX_FILES:
            out.append("")
            rest = len(files) - MAX_FILES
            out.append(f"… und {count(rest, 'weitere Datei', 'weitere Dateien')}.")
        out.append("")
    if run.errors:
        out += ["### Nicht geprüft", ""]
        out += [f"- {md(r.error or '')}" for r in run.errors]
        out.append("")
    top = sorted(
        ((r, f) for r in run.checked for f in r.findings),
        key=lambda rf: -rf[1].level.rank,
    )[:MAX_FINDINGS]
    if top:
        out += ["### Wichtigste Hinweise", "",
                "| # | Datei | Stelle | Stufe | Regel | Hinweis | Textstelle |",
                "|---:|---|---|---|---|---|---|"]
        for i, (r, f) in enumerate(top, start=1):
            passage = " ".join(f.text.split())
            if len(passage) > 80:
                passage = passage[:79] + "…"
            more = repeats_text(r, f)
            message = f"{f.message} – {more}" if more else f.message
            out.append(
                f"| {i} | {md(run.relpath(r.name))} | {md(location_label(r.location(f)))} | "
                f"{level_label(f.level)} | {f.rule} | {md(message)} | „{md(passage)}“ |"
            )
        total = sum(len(r.findings) for r in run.checked)
        if total > len(top):
            out += ["", f"Insgesamt {places_count(total, run.place_count())}. Alle zeigt der "
                        "Bericht von `simplify check --format html`."]
    return "\n".join(out).rstrip() + "\n"
