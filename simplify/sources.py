"""Reading texts from files, folders and stdin, with clear German errors for bad input.

Folders are walked recursively. ``--include``/``--exclude`` globs follow gitignore rules:
``*`` and ``?`` stay inside one name, ``**`` spans folders, a pattern without ``/`` matches a
name at any depth, and a pattern that matches a folder matches everything below it.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from .document import Comment, Segment, Source  # noqa: F401 - re-exported
from .errors import InputError
from .formats_in import extract

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
DOCUMENT_SUFFIXES = {".html", ".htm", ".xhtml", ".docx", ".odt", ".pdf"}
ALL_SUFFIXES = TEXT_SUFFIXES | DOCUMENT_SUFFIXES
MAX_FILE_BYTES = 5_000_000
MAX_DOCUMENT_BYTES = 50_000_000  # docx/odt/pdf carry images; their text is limited separately


BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
CP1252_NOTE = "nicht UTF-8: als Windows-1252 gelesen"


def encoding_of(data: bytes) -> tuple[str, bytes]:
    """The encoding a text file's bytes are in, and its byte order mark (may be empty).

    UTF-8 and UTF-16 (LE/BE) are recognised by their BOM; without one, UTF-8 if the bytes
    decode as UTF-8, else Windows-1252. ``fix --write`` writes a file back the same way.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, bom
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252", b""
    return "utf-8", b""


def newline_of(text: str) -> str:
    """The line end a text uses: "\r\n" (Windows), "\r" (old Mac) or "\n"."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if cr > max(crlf, lf):
        return "\r"
    return "\r\n" if crlf > lf else "\n"


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; refuse
    binary data.

    Old Mac line ends (a lone "\r") become "\n", one character for one, so that offsets stay
    and lines are counted right; Windows line ends ("\r\n") stay as they are.
    """
    encoding, bom = encoding_of(data)
    if not encoding.startswith("utf-16") and b"\x00" in data[:8192]:
        raise InputError(f"{name}: Die Datei ist keine Textdatei (sie enthält Binärdaten). "
                         "simplify prüft .txt, .md, .html, .docx, .odt und .pdf.")
    try:
        text = data[len(bom):].decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: Die Zeichenkodierung ist unbekannt. Speichern Sie die Datei bitte als UTF-8."
        ) from exc
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    if encoding.startswith("utf-16") and "\x00" in text:
        raise InputError(f"{name}: Die Datei ist keine Textdatei (sie enthält Binärdaten).")
    return text, CP1252_NOTE if encoding == "cp1252" else None


_LONE_CR = re.compile(r"\r(?!\n)")


def is_blank(data: bytes) -> bool:
    """True for an empty file or one with only whitespace (in any of the encodings above)."""
    if len(data) > 4096:
        return False
    try:
        text, _ = decode(data, "-")
    except InputError:
        return False
    return not text.strip()


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file (symlinks followed), at most ``limit`` of them.

    A device, pipe or socket (``x.txt -> /dev/zero``, a FIFO) is refused before it is opened:
    reading one could block or never end. The read itself stops after ``limit`` + 1 bytes, in
    case the file grows after ``stat``.
    """
    name = str(path)
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(name)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name}: Das ist keine gewöhnliche Datei, sondern ein Gerät, eine "
                         "Pipe oder ein Socket. simplify liest nur Dateien und die "
                         "Standardeingabe.")
    if info.st_size > limit:
        raise InputError(too_big(name, info.st_size, limit))
    with path.open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise InputError(too_big(name, len(data), limit))
    return data


def read_stream(stream: BinaryIO, name: str, limit: int) -> bytes:
    """Read a stream (standard input) in chunks, refusing it as soon as it passes ``limit``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise InputError(too_big(name, size, limit, more=True))
        chunks.append(chunk)


def too_big(name: str, size: int, limit: int, more: bool = False) -> str:
    shown = "mehr als " + _mb(limit) if more else _mb(size)
    return (f"{name}: Die Datei ist zu groß ({shown}). Erlaubt sind höchstens {_mb(limit)}. "
            "Teilen Sie den Text bitte auf.")


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f}".replace(".", ",") + " MB"


def read_file(path: Path, suffixes: set[str] | None = None) -> Source:
    """Read one file and extract its text (see ``formats_in.extract``)."""
    name = str(path)
    limit = MAX_DOCUMENT_BYTES if path.suffix.lower() in DOCUMENT_SUFFIXES else MAX_FILE_BYTES
    try:
        data = read_regular(path, limit)
    except FileNotFoundError as exc:
        raise InputError(f"{name}: Die Datei gibt es nicht.") from exc
    except PermissionError as exc:
        raise InputError(f"{name}: Keine Berechtigung, die Datei zu lesen.") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{name}: Das ist ein Ordner, keine Datei.") from exc
    except OSError as exc:
        raise InputError(f"{name}: Die Datei kann nicht gelesen werden ({exc.strerror}).") from exc
    return extract(path, data, decode)


# -- globs --------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """Translate a gitignore-like glob into a regex over a relative POSIX path.

    Hand-written because Python 3.11 has no ``PurePath.full_match`` (3.13) and ``fnmatch`` lets
    ``*`` cross folder borders.
    """
    pat = pattern.strip().replace("\\", "/")
    while pat.startswith("./"):
        pat = pat[2:]
    pat = pat.rstrip("/")  # "entwurf/": the folder; glob_match also tries parent folders
    if "/" not in pat:
        pat = "**/" + pat  # a bare name matches at any depth
    pat = pat.lstrip("/")
    out, i = [], 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        elif pat[i] == "[" and "]" in pat[i + 1:]:
            j = pat.index("]", i + 1)
            body = pat[i + 1:j]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append(f"[{body}]")
            i = j + 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(pattern: str, relpath: str) -> bool:
    """True if ``relpath`` (POSIX, relative) or one of its parent folders matches ``pattern``."""
    rx = _glob_regex(pattern)
    parts = relpath.split("/")
    return any(rx.match("/".join(parts[:n])) for n in range(len(parts), 0, -1))


def matches_any(patterns: Sequence[str], candidates: Iterable[str]) -> bool:
    """True if any pattern matches any of the candidate relative paths."""
    cands = [c for c in candidates if c]
    return any(glob_match(p, c) for p in patterns for c in cands)


def relative_candidates(path: Path, roots: Iterable[Path]) -> list[str]:
    """The path relative to each root it lies under (POSIX), for matching globs."""
    out: list[str] = []
    try:
        absolute = path.resolve()
    except OSError:
        absolute = path.absolute()
    for root in roots:
        try:
            rel = absolute.relative_to(root.resolve()).as_posix()
        except (ValueError, OSError):
            continue
        if rel not in out and rel != ".":
            out.append(rel)
    if not out:
        out.append(path.as_posix())
    return out


def expand(
    paths: Iterable[str],
    suffixes: set[str] | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    roots: Sequence[Path] = (),
) -> Iterator[Path | str]:
    """Files to check: given files as they are, folders recursively (sorted); "-" is stdin.

    Yields a Path per file, "-" for stdin, and an error string for paths that do not exist.
    Globs are matched against the path relative to the folder given and to each of ``roots``
    (the folder of the configuration file, the working directory). ``exclude`` also applies
    to files named directly; ``include`` only filters what is found in folders.
    Hidden files and folders (starting with ".") are skipped inside folders.
    """
    allowed = suffixes or ALL_SUFFIXES
    include = list(include or [])
    exclude = list(exclude or [])
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        p = Path(raw)
        if p.is_dir():
            yield from _walk(p, allowed, include, exclude, roots)
        elif p.exists():
            if exclude and matches_any(exclude, [*relative_candidates(p, roots), p.name]):
                continue
            yield p
        else:
            yield f"{raw}: Die Datei oder der Ordner existiert nicht."


def _walk(
    top: Path, allowed: set[str], include: list[str], exclude: list[str], roots: Sequence[Path]
) -> Iterator[Path]:
    all_roots = [top, *roots]
    for dirpath, dirnames, filenames in os.walk(top):
        here = Path(dirpath)
        keep = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            if exclude and matches_any(exclude, relative_candidates(here / d, all_roots)):
                continue
            keep.append(d)
        dirnames[:] = keep
        for fname in sorted(filenames):
            f = here / fname
            if fname.startswith(".") or f.suffix.lower() not in allowed or not f.is_file():
                continue
            cands = relative_candidates(f, all_roots)
            if include and not matches_any(include, cands):
                continue
            if exclude and matches_any(exclude, cands):
                continue
            yield f
