"""Turning files into text plus a map back to where a person finds each passage.

* .txt: read as it is; ``<!-- simplify: … -->`` comments are blanked out with spaces.
* .md: markup is blanked out with spaces (code blocks, HTML comments and tags, link targets,
  emphasis marks, heading marks …), so every offset, line and column still points into the
  original file.
* .html/.htm: visible text of the body, one block element per paragraph; the map gives the
  element, a CSS path and the source line.
* .docx (python-docx), .odt (odfpy): paragraphs and table cells, in document order; in .docx
  also the texts of content controls and legacy form fields (``docx_fields``), each a unit
  after its paragraph or cell, located with ``field``, ``field_name`` and ``part``.
* .pdf (pypdf): the text layer, page by page, lines as on the page; after each page the texts
  of its form fields (``pdf_fields``: labels, help texts, captions, default values), each a
  unit located by ``page``, ``field``, ``field_name`` and ``part``. Scans without a text layer
  are refused.
"""

from __future__ import annotations

import bisect
from pathlib import Path

from ..document import Source
from ..errors import InputError
from .common import COMMENT, DIRECTIVE, Decoder, plain_text_source
from .html import _html
from .markdown import _markdown
from .office import _docx, _odt
from .pdf import _pdf

__all__ = ["COMMENT", "DIRECTIVE", "KINDS", "Decoder", "extract", "line_starts", "locate",
           "plain_text_source"]

KINDS = {
    ".txt": "text", "": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".odt": "odt",
    ".pdf": "pdf",
}
def extract(path: Path, data: bytes, decode: Decoder, name: str | None = None) -> Source:
    """Text of a file by its kind (from the file name's suffix)."""
    name = name or str(path)
    suffix = "" if name == "-" else path.suffix.lower()
    kind = KINDS.get(suffix)
    if kind is None:
        raise InputError(
            f"{name}: Dateien vom Typ „{suffix}“ kann simplify nicht lesen. Möglich sind "
            ".txt, .md, .html, .docx, .odt und .pdf."
        )
    if not data.strip():
        raise InputError(f"{name}: Die Datei ist leer.")
    from .common import _text

    reader = {"text": _text, "markdown": _markdown, "html": _html, "docx": _docx, "odt": _odt,
              "pdf": _pdf}[kind]
    src = reader(name, data, decode)
    if not src.text.strip():
        raise InputError(f"{name}: Die Datei enthält keinen Text, den simplify prüfen kann.")
    return src


# -- locations ----------------------------------------------------------------------------------


def line_starts(text: str) -> list[int]:
    """Offsets where each line of ``text`` starts."""
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


def locate(source: Source, start: int, end: int, starts: list[int] | None = None) -> dict:
    """Where a person finds ``text[start:end]`` of ``source``.

    text/markdown: line and column (1-based) of start and end (end_column is exclusive);
    docx/odt: paragraph or table/row/cell; pdf: page and line on the page; html: element,
    CSS path and source line.
    """
    if source.kind in {"text", "markdown"}:
        starts = starts or line_starts(source.text)
        line = bisect.bisect_right(starts, start)
        last = max(start, end - 1)
        end_line = bisect.bisect_right(starts, last)
        return {
            "line": line,
            "column": start - starts[line - 1] + 1,
            "end_line": end_line,
            "end_column": last - starts[end_line - 1] + 2 if end > start else
            start - starts[line - 1] + 1,
        }
    seg = None
    keys = [s.start for s in source.segments]
    i = bisect.bisect_right(keys, start) - 1
    if i >= 0:
        seg = source.segments[i]
    if seg is None:
        return {}
    loc = dict(seg.location)
    if source.kind == "pdf" and "field" not in loc:
        loc["line"] = source.text.count("\n", seg.start, start) + 1
    return loc
