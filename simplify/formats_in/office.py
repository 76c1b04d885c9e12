"""Word (.docx, python-docx) and OpenDocument (.odt, odfpy): paragraphs, table cells and
form fields."""

from __future__ import annotations

import io
from typing import Any

from .. import docx_fields
from ..document import Source
from ..errors import InputError
from .common import Decoder, _Collector

# -- Word (.docx) -------------------------------------------------------------------------------

_DOCX_BROKEN = (
    "Die Word-Datei kann nicht geöffnet werden. Sie ist beschädigt oder keine echte .docx-Datei. "
    "Ältere .doc-Dateien speichern Sie bitte in Word als .docx."
)


def _docx(name: str, data: bytes, decode: Decoder) -> Source:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - optional dependency
        raise InputError(f"{name}: Für .docx-Dateien fehlt python-docx "
                         "(pip install python-docx).") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - zip, XML and package errors all mean "broken"
        raise InputError(f"{name}: {_DOCX_BROKEN}") from exc
    out = _Collector()
    counters = {"paragraph": 0, "table": 0}
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    glossary = docx_fields.Glossary(document)

    def walk(parent: Any) -> None:
        for el in parent.iterchildren():
            if el.tag == f"{w}p":
                para = Paragraph(el, document)
                text = para.text
                fields = docx_fields.fields_in(el, glossary)
                if text.strip() or fields:
                    counters["paragraph"] += 1
                    out.add(text, {"paragraph": counters["paragraph"]})
                    _add_docx_fields(out, fields, {"paragraph": counters["paragraph"]})
            elif el.tag == f"{w}tbl":
                counters["table"] += 1
                _docx_table(Table(el, document), counters["table"], out, glossary)
            elif el.tag == f"{w}sdt":
                block = docx_fields.block_control(el, glossary)
                if block is not None:  # a control around paragraphs: its title, placeholder
                    _add_docx_fields(out, [block], {"paragraph": counters["paragraph"] + 1})
                content = el.find(f"{w}sdtContent")
                if content is not None:
                    walk(content)

    try:
        walk(document.element.body)
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"{name}: {_DOCX_BROKEN}") from exc
    return Source(name, out.text(), None, "docx", out.segments, [])


def _add_docx_fields(out: _Collector, fields: list[Any], location: dict[str, Any]) -> None:
    """Each text of a content control or form field as a unit of its own, after its place."""
    for fld in fields:
        for part, unit in fld.units:
            out.add(unit, {**location, "field": fld.display, "field_name": fld.name,
                           "part": part})


def _docx_table(table: Any, number: int, out: _Collector, glossary: Any = None) -> None:
    for r, row in enumerate(table.rows, start=1):
        seen: set[int] = set()
        for c, cell in enumerate(row.cells, start=1):
            if id(cell._tc) in seen:  # merged cells repeat in python-docx
                continue
            seen.add(id(cell._tc))
            text = "\n".join(p.text for p in cell.paragraphs if p.text.strip())
            out.add(text, {"table": number, "row": r, "cell": c})
            if glossary is not None:
                _add_docx_fields(out, docx_fields.fields_in(cell._tc, glossary),
                                 {"table": number, "row": r, "cell": c})


# -- OpenDocument (.odt) ------------------------------------------------------------------------


def _odt(name: str, data: bytes, decode: Decoder) -> Source:
    try:
        from odf import opendocument, teletype
        from odf.namespaces import TABLENS, TEXTNS
    except ImportError as exc:  # pragma: no cover - optional dependency
        raise InputError(f"{name}: Für .odt-Dateien fehlt odfpy (pip install odfpy).") from exc
    broken = (f"{name}: Die OpenDocument-Datei kann nicht geöffnet werden. Sie ist beschädigt "
              "oder keine echte .odt-Datei.")
    try:
        document = opendocument.load(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - zip and XML errors
        raise InputError(broken) from exc
    out = _Collector()
    counters = {"paragraph": 0, "table": 0}

    def walk(node: Any) -> None:
        for child in node.childNodes:
            qname = getattr(child, "qname", None)
            if qname in {(TEXTNS, "p"), (TEXTNS, "h")}:
                text = teletype.extractText(child)
                if text.strip():
                    counters["paragraph"] += 1
                    out.add(text, {"paragraph": counters["paragraph"]})
            elif qname == (TABLENS, "table"):
                counters["table"] += 1
                _odt_table(child, counters["table"], out, teletype, TABLENS)
            elif qname is not None and child.childNodes:
                walk(child)  # lists, sections, frames …

    try:
        walk(document.text)
    except Exception as exc:  # noqa: BLE001
        raise InputError(broken) from exc
    return Source(name, out.text(), None, "odt", out.segments, [])


def _odt_table(table: Any, number: int, out: _Collector, teletype: Any, ns: str) -> None:
    rows: list[Any] = []

    def collect(node: Any) -> None:
        for child in node.childNodes:
            q = getattr(child, "qname", None)
            if q == (ns, "table-row"):
                rows.append(child)
            elif q in {(ns, "table-header-rows"), (ns, "table-rows"), (ns, "table-row-group")}:
                collect(child)

    collect(table)
    for r, row in enumerate(rows, start=1):
        col = 0
        for cell in row.childNodes:
            q = getattr(cell, "qname", None)
            if q not in {(ns, "table-cell"), (ns, "covered-table-cell")}:
                continue
            repeat = int(cell.getAttrNS(ns, "number-columns-repeated") or 1)
            col += 1
            if q == (ns, "table-cell"):
                text = "\n".join(teletype.extractText(p) for p in cell.childNodes
                                 if getattr(p, "qname", (None, None))[1] in {"p", "h", "list"})
                out.add(text, {"table": number, "row": r, "cell": col})
            col += repeat - 1


