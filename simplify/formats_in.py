"""Turning files into text. Plain text and Markdown are read as they are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .errors import InputError

Decoder = Callable[[bytes, str], tuple[str, "str | None"]]


def extract(path: Path, data: bytes, decode: Decoder):  # noqa: ANN201 - returns sources.Source
    """Text of a file by its kind."""
    from .sources import Source

    suffix = path.suffix.lower()
    if suffix in {".txt", ".md", ".markdown", ""}:
        text, note = decode(data, str(path))
        return Source(str(path), text, note)
    raise InputError(f"{path}: Dateien vom Typ „{suffix}“ kann simplify nicht lesen.")
