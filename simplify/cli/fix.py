"""``simplify fix``: show or apply suggestions, through the document service."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import SimplifyError
from ..vocabulary import count
from .check import _blank_file
from .parser import EXIT_ERROR, EXIT_OK
from .settings import Resolver


def fix(args: argparse.Namespace) -> int:
    """Show (default) or apply the suggestions of plain text files, through the document
    service: the same configuration, word lists and suppression as ``check``.

    Word replacements always; sentence rewrites and splits only with --rewrite. Files are
    written only with --write, and only when something changed. Suppressed passages, control
    comments and Markdown markup (code blocks, link targets) are never changed.
    """
    from ..fix import for_review, unified_diff
    from ..service import DocumentService
    from ..sources import relative_candidates

    resolver = Resolver(args)
    services: dict[int, DocumentService] = {}
    failed = changed = 0
    for raw in args.paths:
        path = Path(raw)
        if _blank_file(path):
            continue  # an empty file is clean: nothing to fix
        try:
            cfg = resolver.for_path(path)  # the configuration that applies to this file
            service = services.setdefault(id(cfg), DocumentService(cfg))
            opts = cfg.options_for(relative_candidates(path, [cfg.base]),
                                   cli_profile=cfg.origin("profile") == "Kommandozeile")
            src = service.read_path(path, raw)
            checked = service.check(src, opts)
            fixed = service.fix(checked, rewrite=args.rewrite)
        except SimplifyError as exc:
            msg = str(exc)
            print(f"simplify: {msg if msg.startswith(raw) else f'{raw}: {msg}'}",
                  file=sys.stderr)
            failed += 1
            continue
        original = src.original
        for f, s in for_review(checked.report.all_findings(), args.rewrite):
            loc = checked.location(f)
            print(f"{raw}:{loc.get('line', f.line)}: zum Prüfen, nicht übernommen ({f.rule}): "
                  f"„{f.text}“ → „{s.replacement}“")
        if not fixed.changed(original):
            continue
        changed += 1
        if args.write:
            _write_back(path, fixed.text, src.note)
            print(f"{raw}: {count(len(fixed.applied), 'Vorschlag', 'Vorschläge')} übernommen.")
        else:
            sys.stdout.write(unified_diff(original, fixed.text, raw))
    verb = "geändert" if args.write else "mit Vorschlägen"
    print(f"{count(changed, 'Datei', 'Dateien')} {verb}.", file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_OK


def _write_back(path: Path, text: str, note: str | None) -> None:
    """Write a fixed text back in the encoding, byte order mark and line ends it was read in
    (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252; \n, \r\n or \r)."""
    from ..sources import encoding_of, newline_of

    encoding = "cp1252" if note else "utf-8"
    try:
        raw = path.read_bytes()
        encoding, bom = encoding_of(raw)
        if newline_of(raw[len(bom):].decode(encoding, errors="replace")) == "\r":
            text = text.replace("\n", "\r")  # read as \n (one for one, offsets stayed)
        path.write_bytes(bom + text.encode(encoding))
    except UnicodeEncodeError as exc:
        raise SimplifyError(f"{path}: Der neue Text passt nicht in die Kodierung {encoding}; "
                            "die Datei bleibt unverändert.") from exc
    except OSError as exc:
        raise SimplifyError(f"{path}: Die Datei kann nicht geschrieben werden "
                            f"({exc.strerror}).") from exc

