"""A document as read: its text to check and a map back to where a person finds each passage.

Readers (``formats_in``) build it; the service checks it; output formats locate findings with
it. It imports nothing from simplify, so readers and the service can share it without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    """A range of the extracted text and where a person finds it in the original file."""

    start: int
    end: int
    location: dict[str, Any]


@dataclass
class Comment:
    """An HTML comment found in a text template, at its offset in the extracted text."""

    start: int
    end: int
    body: str
    line: int


@dataclass
class Source:
    """A text to check and where it came from.

    ``kind`` is text, markdown, html, docx, odt or pdf. For text and markdown the offsets of the
    text are offsets into the file itself (markup is blanked out with spaces), so line and
    column of a finding point into the file. For the other kinds ``segments`` map offsets to
    paragraphs, table cells, pages or HTML elements.
    """

    name: str
    text: str
    note: str | None = None  # e.g. "als Windows-1252 gelesen"
    kind: str = "text"
    segments: list[Segment] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    # text and markdown: the file's text before markup and comments were blanked out (same
    # length and offsets as ``text``); what ``fix`` edits
    original: str | None = None


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


MAX_PLACES = 12  # places listed after "noch N weitere Stellen:"; more become "…"
_LINE_KEYS = {"line", "column", "end_line", "end_column"}


def places_label(locs: list[dict[str, Any]]) -> str:
    """The places of a word's repeats, short: "Zeile 3, 7 (2-mal), 12" for text files,
    "Absatz 4; Absatz 9" for documents. At most ``MAX_PLACES``, then "…"."""
    if all(loc and set(loc) <= _LINE_KEYS for loc in locs):
        labels = [str(loc["line"]) for loc in locs]
        prefix, sep = "Zeile ", ", "
    else:
        labels = [location_label(loc) or "?" for loc in locs]
        prefix, sep = "", "; "
    seen: dict[str, int] = {}
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
    parts = [f"{label} ({n}-mal)" if n > 1 else label for label, n in seen.items()]
    more = " …" if len(parts) > MAX_PLACES else ""
    return prefix + sep.join(parts[:MAX_PLACES]) + more


def repeats_note(locs: list[dict[str, Any]]) -> str:
    """„noch 2 weitere Stellen: Zeile 3, 7“ for the repeats of a finding ("" without)."""
    if not locs:
        return ""
    n = len(locs)
    return f"noch {n} weitere {'Stelle' if n == 1 else 'Stellen'}: {places_label(locs)}"
