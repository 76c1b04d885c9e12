"""PDF (pypdf): the text layer page by page, and the fields of fillable forms."""

from __future__ import annotations

import io
import logging
import zipfile

from .. import pdf_fields
from ..document import Source
from ..errors import InputError
from .common import Decoder, _Collector

# -- PDF ----------------------------------------------------------------------------------------


def _pdf(name: str, data: bytes, decode: Decoder) -> Source:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - optional dependency
        raise InputError(f"{name}: Für .pdf-Dateien fehlt pypdf (pip install pypdf).") from exc
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    broken = f"{name}: Die PDF-Datei kann nicht geöffnet werden. Sie ist beschädigt."
    locked = (f"{name}: Die PDF-Datei ist mit einem Passwort geschützt. "
              "Speichern Sie sie bitte ohne Passwort.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - e.g. AES without the crypto library
                raise InputError(locked) from exc
            if not opened:
                raise InputError(locked)
        pages = list(reader.pages)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, zipfile.BadZipFile, OSError) as exc:
        raise InputError(broken) from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files
        raise InputError(broken) from exc
    out = _Collector()
    fields = pdf_fields.read_fields_safely(reader)
    for number, page in enumerate(pages, start=1):
        try:
            raw = page.extract_text() or ""
        except Exception:  # noqa: BLE001 - one broken page must not stop the rest
            raw = ""
        out.add(_clean_pdf_text(raw), {"page": number}, clean=False)
        # form fields after the text of their page, each a unit of its own
        for fld in fields.get(number, []):
            for part, unit in fld.units:
                out.add(unit, {"page": number, "field": fld.display, "field_name": fld.name,
                               "part": part})
    text = out.text()
    segments = out.segments
    if sum(c.isalpha() for c in text) < 20:
        raise InputError(
            f"{name}: Die PDF-Datei enthält keinen Text, nur Bilder (vermutlich eingescannt). "
            "simplify prüft nur PDF-Dateien mit Textebene. Prüfen Sie bitte die Vorlage, aus der "
            "die PDF-Datei entstanden ist, oder lassen Sie eine Texterkennung (OCR) laufen."
        )
    return Source(name, text, None, "pdf", segments, [])


def _clean_pdf_text(raw: str) -> str:
    """Lines as on the page (trailing spaces dropped). Hyphenation at a line end
    ("Verwaltungs-" / "verfahren") stays in the text, so line numbers match the page; the
    segmenter makes it one word for the analysis (simplify/linebreaks.py)."""
    lines = [ln.rstrip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


