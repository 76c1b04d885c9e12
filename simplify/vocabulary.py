"""The one vocabulary of simplify: rule families, levels and output formats.

Each is defined here and nowhere else. The CLI, the API, the output formats and the web page
read them from this module (the page through ``GET /v1/vocabulary``), so a family added here
is labelled, coloured and highlighted everywhere. This module imports nothing from simplify:
it sits at the bottom of the layers (see ``docs/architecture.md``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any


@dataclass(frozen=True)
class Family:
    """A family of rules: stable English id, German label, how the page marks it."""

    id: str
    label: str
    colour: str  # text/underline colour on the page (contrast >= 4.5:1 on white)
    background: str  # background of a marked passage
    mark: str  # how the page draws the mark, in German words for the legend
    style: str  # CSS text-decoration style: solid | double | wavy | dashed | dotted | box
    highlight: bool = True  # marked in the text on the page (readability is a score, not a mark)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_FAMILY_LIST = [
    Family("length", "Satzlänge", "#8a6100", "#fbecc4", "Satz hinterlegt", "box"),
    Family("passive", "Passiv", "#b3125f", "#fbe3ee", "durchgezogen", "solid"),
    Family("nominal", "Nominalstil", "#1f5fbf", "#e3ecfa", "doppelt", "double"),
    Family("jargon", "Amtsdeutsch und Fachsprache", "#6b2fa3", "#efe5f8", "Wellenlinie",
           "wavy"),
    Family("address", "Ansprache", "#0b7a6f", "#dff3f0", "gestrichelt", "dashed"),
    Family("words", "Lange und seltene Wörter", "#b54a00", "#fbe8da", "gepunktet", "dotted"),
    Family("structure", "Satzbau", "#3d6b00", "#e8f2dc", "durchgezogen", "solid"),
    Family("readability", "Lesbarkeit", "#4a5565", "#eef0f3", "keine Markierung", "none",
           highlight=False),
    Family("meta", "Steuerkommentare", "#a4161a", "#fbe3e3", "durchgezogen", "solid"),
]
FAMILIES: dict[str, Family] = {f.id: f for f in _FAMILY_LIST}


def family_label(family: str) -> str:
    """The German label of a family id (the id itself if unknown)."""
    fam = FAMILIES.get(family)
    return fam.label if fam else family


class Level(str, Enum):  # noqa: UP042 - str mixin keeps JSON and comparisons simple
    """Severity of a finding; ordered info < warning < error."""

    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return _RANK[self.value]

    @property
    def label(self) -> str:
        """German name for people: Hinweis, Warnung, Fehler."""
        return LEVEL_LABELS[self.value]

    @property
    def softer(self) -> Level:
        """One level lower; a hint stays a hint."""
        return Level(_SOFTER[self.value])


_RANK = {"info": 0, "warning": 1, "error": 2}
_SOFTER = {"info": "info", "warning": "info", "error": "warning"}
LEVEL_LABELS = {"info": "Hinweis", "warning": "Warnung", "error": "Fehler"}
LEVEL_PLURALS = {"info": "Hinweise", "warning": "Warnungen", "error": "Fehler"}
LEVEL_NAMES = tuple(LEVEL_LABELS)


def count(n: int, one: str, many: str) -> str:
    """A number with the right German form: „1 Hinweis“, „2 Hinweise“, „0 Hinweise“."""
    return f"{n} {one if n == 1 else many}"


def level_count(n: int, level: str) -> str:
    """„1 Warnung“, „3 Warnungen“, „2 Fehler“."""
    return count(n, LEVEL_LABELS[level], LEVEL_PLURALS[level])


def german_list(items: list[str], last: str = "oder", quote: bool = True) -> str:
    """„A“, „B“ oder „C“ (alternatives) or, with ``last="und"``, a list of things."""
    parts = [f"„{i}“" if quote else i for i in items]
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {last} {parts[-1]}"


# What a rule judges: a word (its repeats in a text are one finding) or a sentence or passage
# (every place is a finding of its own). ``scope:`` in rules/*.yaml.
SCOPES = ("word", "sentence")


def places_count(findings: int, places: int, one: str = "Hinweis",
                 many: str = "Hinweise") -> str:
    """„12 Hinweise“, or „12 Hinweise an 20 Stellen“ when repeats of a word are grouped."""
    text = count(findings, one, many)
    return text if places == findings else f"{text} an {count(places, 'Stelle', 'Stellen')}"


LEVEL_SETTINGS = (*LEVEL_NAMES, "off")  # what a configuration may set a rule to


@dataclass(frozen=True)
class OutputFormat:
    """An output format of ``simplify check``."""

    name: str
    description: str
    for_people: bool  # gets a passage context (text around each finding)


_FORMAT_LIST = [
    OutputFormat("text", "Text für das Terminal", True),
    OutputFormat("json", "ein JSON-Dokument mit allen Berichten", False),
    OutputFormat("jsonl", "eine JSON-Zeile pro Datei", False),
    OutputFormat("sarif", "SARIF 2.1.0 für Code-Scanning", False),
    OutputFormat("junit", "JUnit-XML für CI-Testberichte", False),
    OutputFormat("github", "Anmerkungen für GitHub Actions", False),
    OutputFormat("markdown", "Markdown, zum Beispiel für Merge-Request-Kommentare", True),
    OutputFormat("html", "HTML-Bericht für Menschen", True),
]
FORMATS: dict[str, OutputFormat] = {f.name: f for f in _FORMAT_LIST}
FORMAT_NAMES = tuple(FORMATS)

DEFAULT_PROFILE = "formular"


def as_dict() -> dict[str, Any]:
    """The vocabulary as plain data (for ``GET /v1/vocabulary`` and the web page)."""
    return {
        "families": [f.to_dict() for f in _FAMILY_LIST],
        "levels": [{"id": k, "label": v, "plural": LEVEL_PLURALS[k]}
                   for k, v in LEVEL_LABELS.items()],
        "formats": [{"name": f.name, "description": f.description} for f in _FORMAT_LIST],
        "default_profile": DEFAULT_PROFILE,
    }
