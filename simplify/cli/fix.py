"""``simplify fix``: show or apply suggestions, through the document service."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import SimplifyError
from .parser import EXIT_ERROR, EXIT_OK
from .settings import load_config_for


def fix(args: argparse.Namespace) -> int:
    """Show (default) or apply the suggestions of plain text files, through the document
    service: the same configuration, word lists and suppression as ``check``.

    Word replacements always; sentence rewrites and splits only with --rewrite. Files are
    written only with --write, and only when something changed. Suppressed passages, control
    comments and Markdown markup (code blocks, link targets) are never changed.
    """
    from ..fix import for_review, unified_diff
    from ..service import DocumentService

    cfg = load_config_for(args)
    service = DocumentService(cfg)
    profile = args.profile
    failed = changed = 0
    for raw in args.paths:
        path = Path(raw)
        try:
            src = service.read_path(path, raw)
            checked = service.check(src, service.options(path, profile=profile))
            fixed = service.fix(checked, rewrite=args.rewrite)
        except SimplifyError as exc:
            msg = str(exc)
            print(f"simplify: {msg if msg.startswith(raw) else f'{raw}: {msg}'}",
                  file=sys.stderr)
            failed += 1
            continue
        original = src.original
        for f, s in for_review(checked.report.findings, args.rewrite):
            loc = checked.location(f)
            print(f"{raw}:{loc.get('line', f.line)}: zum Prüfen, nicht übernommen ({f.rule}): "
                  f"„{f.text}“ → „{s.replacement}“")
        if not fixed.changed(original):
            continue
        changed += 1
        if args.write:
            _write_back(path, fixed.text, src.note)
            print(f"{raw}: {_count(len(fixed.applied), 'Vorschlag', 'Vorschläge')} übernommen.")
        else:
            sys.stdout.write(unified_diff(original, fixed.text, raw))
    verb = "geändert" if args.write else "mit Vorschlägen"
    print(f"{changed} Datei(en) {verb}.", file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_OK


def _write_back(path: Path, text: str, note: str | None) -> None:
    """Write a fixed text in the encoding it was read in (a UTF-8 BOM stays)."""
    encoding = "cp1252" if note else "utf-8"
    try:
        bom = path.read_bytes()[:3] == b"\xef\xbb\xbf"
        data = text.encode(encoding)
        path.write_bytes((b"\xef\xbb\xbf" if bom and encoding == "utf-8" else b"") + data)
    except UnicodeEncodeError as exc:
        raise SimplifyError(f"{path}: Der neue Text passt nicht in die Kodierung {encoding}; "
                            "die Datei bleibt unverändert.") from exc
    except OSError as exc:
        raise SimplifyError(f"{path}: Die Datei kann nicht geschrieben werden "
                            f"({exc.strerror}).") from exc


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
