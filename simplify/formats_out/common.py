"""What every output format shares: the run, labels for levels and places, the summary.

Every format gets a ``RunResult``: the per-file results in input order (reports, errors,
locations), the fail-on level and the baseline numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..batch import FileResult
from ..report import Finding, Level
from ..rules import Rule
from ..vocabulary import (  # noqa: F401 (re-exported)
    FORMAT_NAMES,
    LEVEL_LABELS,
    LEVEL_PLURALS,
    count,
    family_label,
    german_list,
    level_count,
)

FORMATS = list(FORMAT_NAMES)
LEVEL_PLURAL_DE = LEVEL_PLURALS


@dataclass
class RunResult:
    """Everything a report format needs about one run."""

    files: list[FileResult]
    fail_on: Level = Level.warning
    base: Path = field(default_factory=Path.cwd)  # paths in reports are relative to this
    baseline: str | None = None
    baseline_known: int = 0
    baseline_fixed: int = 0

    @property
    def checked(self) -> list[FileResult]:
        return [r for r in self.files if r.report is not None]

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.files if r.error]

    def failing(self, result: FileResult) -> list[Finding]:
        return [f for f in result.findings if f.level.rank >= self.fail_on.rank]

    def any_failing(self) -> bool:
        return any(self.failing(r) for r in self.checked)

    def counts(self) -> dict[str, int]:
        by = {"error": 0, "warning": 0, "info": 0}
        for r in self.checked:
            for f in r.findings:
                by[f.level.value] += 1
        return by

    def relpath(self, name: str) -> str:
        """A file's path relative to ``base`` (POSIX), as CI systems expect it."""
        if name == "-":
            return "-"
        p = Path(name)
        try:
            return p.resolve().relative_to(self.base.resolve()).as_posix()
        except (ValueError, OSError):
            return p.as_posix()


def all_rules() -> dict[str, Rule]:
    """The rules of the core plus SIM-S001 (broken control comments)."""
    from ..rules import default_rules
    from ..suppress import RULE

    return {**default_rules(), RULE.id: RULE}


def level_label(level: Level | str) -> str:
    return LEVEL_LABELS[Level(level).value]


def location_label(loc: dict[str, Any]) -> str:
    """Where a finding is, in German: "Zeile 3, Spalte 5", "Absatz 12", "Seite 4, Zeile 2",
    "Seite 2, Feld „Familienname“, Hilfetext" …"""
    if not loc:
        return ""
    place = _place_label(loc)
    if loc.get("field"):
        name = field_label(loc)
        return f"{place}, {name}" if place else name
    return place


def field_label(loc: dict[str, Any]) -> str:
    """The form field of a location: "Feld „Familienname“, Hilfetext"; "" without one."""
    if not loc.get("field"):
        return ""
    label = f"Feld „{loc['field']}“"
    return f"{label}, {loc['part']}" if loc.get("part") else label


def _place_label(loc: dict[str, Any]) -> str:
    if "table" in loc:
        return f"Tabelle {loc['table']}, Zeile {loc.get('row', '?')}, Zelle {loc.get('cell', '?')}"
    if "paragraph" in loc:
        return f"Absatz {loc['paragraph']}"
    if "page" in loc:
        if "line" not in loc:
            return f"Seite {loc['page']}"
        return f"Seite {loc['page']}, Zeile {loc['line']}"
    if "element" in loc:
        return f"Element <{loc['element']}> ({loc.get('path', '')}), Quelltext-Zeile " \
               f"{loc.get('line', '?')}"
    if "line" in loc:
        return f"Zeile {loc['line']}, Spalte {loc.get('column', 1)}"
    return ""


def has_text_position(result: FileResult) -> bool:
    """True if line/column of findings point into the file itself (txt, md, stdin)."""
    return result.kind in {"text", "markdown", None}


def summary_text(run: RunResult) -> str:
    """One German sentence: files, findings by level, errors and the baseline."""
    by = run.counts()
    n = sum(by.values())
    files = count(len(run.checked), "Datei", "Dateien")
    text = f"{files} geprüft: {count(n, 'Hinweis', 'Hinweise')}"
    if n:
        text += " (" + ", ".join(level_count(by[lv], lv) for lv in ("error", "warning", "info")
                                 if by[lv]) + ")"
    if run.baseline is not None:
        known = count(run.baseline_known, "bekannter Hinweis", "bekannte Hinweise")
        text += f"; Baseline: {known} ausgeblendet, {run.baseline_fixed} behoben"
    if run.errors:
        e = len(run.errors)
        text += f"; {count(e, 'Datei konnte', 'Dateien konnten')} nicht geprüft werden"
    return text + "."


def sentence_count(result: FileResult) -> int:
    """Sentences of a checked file: the one figure every view shows (the report's summary)."""
    if result.report is None:
        return 0
    return int(result.report.summary.get("sentences", len(result.report.sentences)))
