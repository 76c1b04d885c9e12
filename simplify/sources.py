"""Reading texts from files, folders and stdin, with clear German errors for bad input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
MAX_FILE_BYTES = 5_000_000


@dataclass
class Source:
    """A text to check and where it came from."""

    name: str
    text: str
    note: str | None = None  # e.g. "als Windows-1252 gelesen"


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Decode bytes as UTF-8 (with or without BOM), else Windows-1252; refuse binary data."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: Die Datei ist keine Textdatei (sie enthält Binärdaten).")
    for enc in ("utf-8-sig",):
        try:
            return data.decode(enc), None
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: Die Zeichenkodierung ist unbekannt. Speichern Sie die Datei bitte als UTF-8."
        ) from exc
    return text, "nicht UTF-8: als Windows-1252 gelesen"


def read_file(path: Path, suffixes: set[str] | None = None) -> Source:
    """Read one file as text."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{name}: Die Datei ist zu groß ({size // 1_000_000} MB). "
                f"Erlaubt sind höchstens {MAX_FILE_BYTES // 1_000_000} MB."
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{name}: Die Datei gibt es nicht.") from exc
    except PermissionError as exc:
        raise InputError(f"{name}: Keine Berechtigung, die Datei zu lesen.") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{name}: Das ist ein Ordner, keine Datei.") from exc
    except OSError as exc:
        raise InputError(f"{name}: Die Datei kann nicht gelesen werden ({exc.strerror}).") from exc
    from .formats_in import extract  # local import: optional libraries for docx/odt/pdf/html

    return extract(path, data, decode)


def expand(
    paths: Iterable[str],
    suffixes: set[str] | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> Iterator[Path | str]:
    """Files to check: given files as they are, folders recursively (sorted); "-" is stdin.

    Yields a Path per file, "-" for stdin, and an error string for paths that do not exist.
    """
    allowed = suffixes or TEXT_SUFFIXES
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if not f.is_file() or f.suffix.lower() not in allowed:
                    continue
                rel = f.relative_to(p).as_posix()
                if include and not any(fnmatch(rel, g) or fnmatch(f.name, g) for g in include):
                    continue
                if exclude and any(fnmatch(rel, g) or fnmatch(f.name, g) for g in exclude):
                    continue
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                yield f
        elif p.exists():
            yield p
        else:
            yield f"{raw}: Die Datei oder der Ordner existiert nicht."


def read_stdin() -> Source:
    data = sys.stdin.buffer.read()
    text, note = decode(data, "Standardeingabe")
    return Source("-", text, note)
