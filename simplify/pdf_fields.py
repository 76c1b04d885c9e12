"""Form fields of fillable PDFs (AcroForm): the texts a person reads in and around each field.

For each field widget on a page (pypdf): its name, its label (the tooltip ``/TU``; without one,
the nearest text to the left of or above the field), a help text (a tooltip that is a whole
sentence, while the label comes from the page), the captions of check boxes and radio buttons
(their export values, that is the names of their "on" appearances), the options of list and
combo boxes, and the default value (``/DV``, else a value filled in ``/V``). Each text becomes
a unit of its own, located by page and field.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

# the kinds of text a field has; users see these words in reports
PART_LABEL = "Beschriftung"
PART_HELP = "Hilfetext"
PART_OPTION = "Auswahl"
PART_DEFAULT = "Vorgabe"

_MAX_LABEL = 80  # longer tooltips are help texts, not labels
_NEAR = 200.0  # points: text farther away from a field is not its label
_CHAR_WIDTH = 5.0  # points: a rough mean character width, to estimate where a text run ends
_RADIO = 1 << 15
_PUSHBUTTON = 1 << 16
_TECHNICAL = re.compile(r"^(?:Off|On|Yes|No|Ja|Nein|[A-Za-z]?\d+|Auswahl\d*|Choice\d*|\W*)$", re.I)


@dataclass
class FormField:
    """One field of a page with the texts to check."""

    page: int
    name: str  # fully qualified name ("Antrag.Familienname")
    kind: str  # text, checkbox, radio, choice, button, signature
    label: str = ""
    units: list[tuple[str, str]] = field(default_factory=list)  # (part, text)

    @property
    def display(self) -> str:
        """What a person calls the field: its label if short, else its name."""
        label = " ".join(self.label.split())
        if label and len(label) <= _MAX_LABEL:
            return label.rstrip(":").strip()
        return self.name


def _text(value: Any) -> str:
    if value is None:
        return ""
    try:
        from pypdf.generic import ByteStringObject, TextStringObject
    except ImportError:  # pragma: no cover
        return str(value)
    if isinstance(value, TextStringObject):
        return str(value)
    if isinstance(value, ByteStringObject):
        try:
            return value.decode("utf-16") if value[:2] in (b"\xfe\xff", b"\xff\xfe") else \
                value.decode("latin-1")
        except UnicodeDecodeError:
            return ""
    return str(value)


def _name_text(name: Any) -> str:
    """An appearance or export name ("/Ja" -> "Ja", "/Nur#20schriftlich" -> "Nur schriftlich")."""
    text = str(name)
    if text.startswith("/"):
        text = text[1:]
    return re.sub(r"#([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), text)


def _inherited(obj: Any, key: str) -> Any:
    """A field attribute, looked up through the /Parent chain (PDF 1.7, 12.7.3.1)."""
    seen = 0
    while obj is not None and seen < 32:
        if key in obj:
            return obj[key]
        parent = obj.get("/Parent")
        obj = parent.get_object() if parent is not None else None
        seen += 1
    return None


def _field_dict(widget: Any) -> Any:
    """The field a widget belongs to: the widget itself if it has a name, else its parent."""
    if "/T" in widget or "/Parent" not in widget:
        return widget
    return widget["/Parent"].get_object()


def _full_name(fld: Any) -> str:
    parts, obj, seen = [], fld, 0
    while obj is not None and seen < 32:
        if "/T" in obj:
            parts.append(_text(obj["/T"]))
        parent = obj.get("/Parent")
        obj = parent.get_object() if parent is not None else None
        seen += 1
    return ".".join(reversed(parts))


def _kind(fld: Any) -> str:
    ft = str(_inherited(fld, "/FT") or "")
    flags = int(_inherited(fld, "/Ff") or 0)
    if ft == "/Tx":
        return "text"
    if ft == "/Btn":
        if flags & _PUSHBUTTON:
            return "button"
        return "radio" if flags & _RADIO else "checkbox"
    if ft == "/Ch":
        return "choice"
    if ft == "/Sig":
        return "signature"
    return "text"


def _on_states(widget: Any) -> list[str]:
    ap = widget.get("/AP")
    if ap is None:
        return []
    normal = ap.get_object().get("/N")
    if normal is None or not hasattr(normal.get_object(), "keys"):
        return []
    return [_name_text(k) for k in list(normal.get_object()) if str(k) != "/Off"]


def _rect(widget: Any) -> tuple[float, float, float, float] | None:
    try:
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    except (KeyError, TypeError, ValueError):
        return None
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _page_runs(page: Any) -> list[tuple[float, float, str]]:
    """Text runs of a page with their start point (x, y) in default user space."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        text = text.strip()
        if not text:
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        runs.append((x, y, text))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # noqa: BLE001 - no labels from the page then
        return []
    return runs


def _nearest_text(runs: list[tuple[float, float, str]], rect: tuple[float, float, float, float],
                  ) -> str:
    """The text run nearest to the left of the field or above it."""
    x1, y1, x2, y2 = rect
    best, best_d = "", math.inf
    mid_y = (y1 + y2) / 2
    for x, y, text in runs:
        if not any(c.isalpha() for c in text):
            continue
        if x < x1 and abs(y - mid_y) <= max(12.0, (y2 - y1)):  # same line, to the left
            d = max(0.0, x1 - (x + _CHAR_WIDTH * len(text)))  # from the estimated text end
        elif y > y1 and x <= x2 + 5 and y - y2 <= _NEAR:  # above the field
            d = (y - y2) * 1.5 + max(0.0, x1 - x) * 0.1 + 20
        else:
            continue
        if 0 <= d < best_d and d <= _NEAR * 1.5:
            best, best_d = text, d
    return best


def _is_sentence(text: str) -> bool:
    words = text.split()
    return len(text) > _MAX_LABEL or (len(words) >= 4 and text.rstrip()[-1:] in ".!?")


def read_fields(reader: Any) -> dict[int, list[FormField]]:
    """Fields by page number (1-based), in the order of the page's annotations."""
    out: dict[int, list[FormField]] = {}
    seen_fields: dict[int, FormField] = {}
    for number, page in enumerate(reader.pages, start=1):
        try:
            annots = page.get("/Annots")
            annots = annots.get_object() if annots is not None else []
        except Exception:  # noqa: BLE001
            continue
        runs: list[tuple[float, float, str]] | None = None
        for ref in annots or []:
            try:
                widget = ref.get_object()
                if str(widget.get("/Subtype")) != "/Widget":
                    continue
                fld = _field_dict(widget)
            except Exception:  # noqa: BLE001 - one broken annotation must not stop the rest
                continue
            key = id(fld) if not hasattr(fld, "indirect_reference") or \
                fld.indirect_reference is None else hash((fld.indirect_reference.idnum,
                                                          fld.indirect_reference.generation))
            known = seen_fields.get(key)
            if known is not None:  # another widget of a radio group or a repeated field
                for state in _on_states(widget):
                    if (PART_OPTION, state) not in known.units and not _TECHNICAL.match(state):
                        known.units.append((PART_OPTION, state))
                continue
            kind = _kind(fld)
            if kind in {"button", "signature"}:
                continue
            name = _full_name(fld) or f"Feld {len(seen_fields) + 1}"
            tooltip = " ".join(_text(_inherited(fld, "/TU")).split())
            ff = FormField(number, name, kind)
            label, help_text = tooltip, ""
            rect = _rect(widget)
            if not tooltip or _is_sentence(tooltip):
                if runs is None:
                    runs = _page_runs(page)
                near = _nearest_text(runs, rect) if rect else ""
                help_text, label = tooltip, near
            ff.label = label
            if label and label != tooltip:
                pass  # a label from the page is already checked as part of the page text
            elif label:
                ff.units.append((PART_LABEL, label))
            if help_text:
                ff.units.append((PART_HELP, help_text))
            if kind in {"checkbox", "radio"}:
                for opt in _inherited(fld, "/Opt") or []:  # export values of the kids
                    text = _text(opt.get_object() if hasattr(opt, "get_object") else opt)
                    if text.strip() and (PART_OPTION, text.strip()) not in ff.units:
                        ff.units.append((PART_OPTION, text.strip()))
                for state in _on_states(widget):
                    if not _TECHNICAL.match(state):
                        ff.units.append((PART_OPTION, state))
            if kind == "choice":
                for opt in _inherited(fld, "/Opt") or []:
                    opt = opt.get_object() if hasattr(opt, "get_object") else opt
                    text = _text(opt[1] if isinstance(opt, list) and len(opt) > 1 else opt)
                    if text.strip():
                        ff.units.append((PART_OPTION, text.strip()))
            if kind in {"text", "choice"}:
                default = _text(_inherited(fld, "/DV")) or _text(_inherited(fld, "/V"))
                if default.strip():
                    ff.units.append((PART_DEFAULT, default.strip()))
            seen_fields[key] = ff
            out.setdefault(number, []).append(ff)
    return out


def read_fields_safely(reader: Any) -> dict[int, list[FormField]]:
    """``read_fields``, but a broken form dictionary only costs the fields, never the text."""
    try:
        return read_fields(reader)
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on broken objects
        return {}
