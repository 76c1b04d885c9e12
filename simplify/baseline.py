"""Baselines: accept today's findings, fail only on new ones.

The file records, per file path (relative to the baseline file's folder, POSIX), the
fingerprints of its findings with a count. A fingerprint hashes the rule, the normalised
passage and its occurrence number, not the line, so moving text around keeps it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .report import Finding
from .version import __version__

DEFAULT_NAME = ".simplify-baseline.json"
FORMAT_VERSION = 1


def key_for(name: str, base: Path) -> str:
    """The path of a checked file as recorded in a baseline next to ``base``."""
    if name == "-":
        return "-"
    p = Path(name)
    try:
        return p.resolve().relative_to(base.resolve()).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


@dataclass
class Baseline:
    """Known findings per file: fingerprint -> count (and rule/passage for people)."""

    path: Path
    files: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    @property
    def base(self) -> Path:
        return self.path.parent

    def total(self) -> int:
        return sum(e.get("count", 1) for f in self.files.values() for e in f.values())

    def add(self, name: str, findings: list[Finding]) -> None:
        entry = self.files.setdefault(key_for(name, self.base), {})
        for f in findings:
            item = entry.setdefault(f.fingerprint, {"rule": f.rule, "text": f.text, "count": 0})
            item["count"] += 1

    def split(self, name: str, findings: list[Finding]) -> tuple[list[Finding], int, int]:
        """Split findings of one file into (new findings, known count, fixed count)."""
        known = Counter({fp: e.get("count", 1)
                         for fp, e in self.files.get(key_for(name, self.base), {}).items()})
        total_known = sum(known.values())
        new: list[Finding] = []
        matched = 0
        for f in findings:
            if known[f.fingerprint] > 0:
                known[f.fingerprint] -= 1
                matched += 1
            else:
                new.append(f)
        return new, matched, total_known - matched

    def save(self) -> None:
        payload = {
            "version": FORMAT_VERSION,
            "tool": f"simplify {__version__}",
            "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "note": "Bekannte Hinweise von simplify. Neu erzeugen mit `simplify baseline`.",
            "findings": self.total(),
            "files": {k: dict(sorted(v.items())) for k, v in sorted(self.files.items())},
        }
        self.path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")


def load(path: Path) -> Baseline:
    """Read a baseline file; a broken one is a German configuration error."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: Die Baseline-Datei gibt es nicht. Legen Sie sie mit "
                          f"`simplify baseline PFAD -o {path}` an.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: Die Baseline-Datei kann nicht gelesen werden ({exc}). "
                          "Erzeugen Sie sie mit `simplify baseline` neu.") from exc
    files = data.get("files") if isinstance(data, dict) else None
    if (not isinstance(data, dict) or data.get("version") != FORMAT_VERSION
            or not isinstance(files, dict) or not all(isinstance(v, dict) for v in files.values())):
        raise ConfigError(f"{path}: Das ist keine Baseline-Datei von simplify (Version "
                          f"{FORMAT_VERSION}). Erzeugen Sie sie mit `simplify baseline` neu.")
    return Baseline(path, files)
