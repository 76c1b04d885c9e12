"""Form fields of Word documents: content controls (``w:sdt``) and legacy form fields.

A content control carries its title (``w:alias``), a tag (``w:tag``), a placeholder text (a
``w:docPart`` of the glossary, or the shown text while ``w:showingPlcHdr`` is set) and, for
lists, the texts of its entries. A legacy form field (``w:fldChar`` with ``w:ffData``) carries
a name, a help text (F1, ``w:helpText``), a status bar text (``w:statusText``), a default text
and list entries. Each of these texts is a unit of its own, located by paragraph or table cell
and named by the control's title (else its tag or name).

python-docx leaves the text inside inline content controls out of ``Paragraph.text``; that
text is checked here as the control's content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NS = {"w": W[1:-1]}

PART_LABEL = "Beschriftung"
PART_HELP = "Hilfetext"
PART_STATUS = "Statuszeile"
PART_PLACEHOLDER = "Platzhalter"
PART_CONTENT = "Inhalt"
PART_OPTION = "Auswahl"
PART_DEFAULT = "Vorgabe"


@dataclass
class DocxField:
    """One control or legacy form field with the texts to check."""

    name: str  # tag or legacy name ("" if none)
    title: str = ""
    units: list[tuple[str, str]] = field(default_factory=list)

    @property
    def display(self) -> str:
        return (self.title or self.name or "ohne Namen").strip()


def _val(el: Any, path: str) -> str:
    found = el.find(path, _NS) if el is not None else None
    if found is None:
        return ""
    return (found.get(f"{W}val") or "").strip()


def _text_of(el: Any) -> str:
    """The visible text below an element: w:t, tabs as spaces, breaks as line breaks."""
    parts: list[str] = []
    for node in el.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{W}tab":
            parts.append(" ")
        elif node.tag in {f"{W}br", f"{W}cr"} or (node.tag == f"{W}p" and parts):
            parts.append("\n")
    return "".join(parts).strip()


class Glossary:
    """Building blocks of the document's glossary part (placeholder texts by name)."""

    def __init__(self, document: Any) -> None:
        self.parts: dict[str, str] = {}
        try:
            from lxml import etree

            for part in document.part.package.iter_parts():
                if str(part.partname).endswith("/glossary/document.xml"):
                    root = etree.fromstring(part.blob)
                    for dp in root.iter(f"{W}docPart"):
                        name = _val(dp, "w:docPartPr/w:name")
                        body = dp.find("w:docPartBody", _NS)
                        if name and body is not None:
                            self.parts[name] = _text_of(body)
        except Exception:  # noqa: BLE001 - no placeholders then, the rest still works
            self.parts = {}

    def get(self, name: str) -> str:
        return self.parts.get(name, "")


def _add(fld: DocxField, part: str, text: str) -> None:
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    if text and (part, text) not in fld.units:
        fld.units.append((part, text))


def content_control(sdt: Any, glossary: Glossary, inline: bool) -> DocxField:
    """The texts of one ``w:sdt``; ``inline``: its content is not in the paragraph text."""
    pr = sdt.find("w:sdtPr", _NS)
    fld = DocxField(_val(pr, "w:tag"), _val(pr, "w:alias"))
    if fld.title:
        _add(fld, PART_LABEL, fld.title)
    showing = pr is not None and pr.find("w:showingPlcHdr", _NS) is not None
    content = sdt.find("w:sdtContent", _NS)
    shown = _text_of(content) if content is not None else ""
    placeholder = glossary.get(_val(pr, "w:placeholder/w:docPart"))
    if showing:
        placeholder = placeholder or shown
        if inline:
            _add(fld, PART_PLACEHOLDER, placeholder)
    items = [] if pr is None else [*pr.iterfind("w:dropDownList/w:listItem", _NS),
                                   *pr.iterfind("w:comboBox/w:listItem", _NS)]
    options = [item.get(f"{W}displayText") or item.get(f"{W}value") or "" for item in items]
    if not showing:
        if placeholder:
            _add(fld, PART_PLACEHOLDER, placeholder)
        if inline and shown and shown not in options:  # a chosen entry is checked as option
            _add(fld, PART_CONTENT, shown)
    for option in options:
        _add(fld, PART_OPTION, option)
    return fld


def legacy_field(ff: Any) -> DocxField:
    """The texts of a legacy form field (``w:ffData``)."""
    fld = DocxField(_val(ff, "w:name"))
    for tag, part in (("helpText", PART_HELP), ("statusText", PART_STATUS)):
        _add(fld, part, _val(ff, f"w:{tag}"))
    _add(fld, PART_DEFAULT, _val(ff, "w:textInput/w:default"))
    for entry in ff.iterfind("w:ddList/w:listEntry", _NS):
        _add(fld, PART_OPTION, entry.get(f"{W}val") or "")
    return fld


def fields_in(el: Any, glossary: Glossary) -> list[DocxField]:
    """All content controls and legacy form fields below a paragraph or table cell element.

    python-docx leaves the content of controls inside a paragraph or directly inside a cell out
    of the text, so their shown text is checked here.
    """
    out: list[DocxField] = []
    for node in el.iter(f"{W}sdt", f"{W}ffData"):
        if node.tag == f"{W}sdt":
            fld = content_control(node, glossary, inline=True)
        else:
            fld = legacy_field(node)
        if fld.units:
            out.append(fld)
    return out


def block_control(sdt: Any, glossary: Glossary) -> DocxField | None:
    """The properties of a content control around paragraphs or tables (not its content)."""
    fld = content_control(sdt, glossary, inline=False)
    return fld if fld.units else None
