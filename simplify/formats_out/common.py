"""What every output format shares: the run, labels for levels and places, the summary.

Every format gets a ``RunResult``: the per-file results in input order (reports, errors,
locations), the fail-on level and the baseline numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..batch import FileResult
from ..document import (  # noqa: F401 - re-exported
    field_label,
    location_label,
    repeats_note,
)
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
    places_count,
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

    def place_count(self) -> int:
        """Every place of every finding (a word found three times counts three)."""
        return sum(r.report.place_count() for r in self.checked if r.report is not None)

    def counts(self) -> dict[str, int]:
        """Findings by level; a word with its repeats is one finding."""
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


def has_text_position(result: FileResult) -> bool:
    """True if line/column of findings point into the file itself (txt, md, stdin)."""
    return result.kind in {"text", "markdown", None}


def summary_text(run: RunResult) -> str:
    """One German sentence: files, findings by level, errors and the baseline."""
    by = run.counts()
    n = sum(by.values())
    files = count(len(run.checked), "Datei", "Dateien")
    text = f"{files} geprüft: {places_count(n, run.place_count())}"
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


def repeats_text(result: FileResult, f: Finding) -> str:
    """„noch 2 weitere Stellen: Zeile 3, 7“ (the repeats of ``f`` in its file; "" without)."""
    return repeats_note([result.location(x) for x in f.repeats])


def sentence_count(result: FileResult) -> int:
    """Sentences of a checked file: the one figure every view shows (the report's summary)."""
    if result.report is None:
        return 0
    return int(result.report.summary.get("sentences", len(result.report.sentences)))
