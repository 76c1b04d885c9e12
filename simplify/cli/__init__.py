"""Command line: ``simplify check``, ``baseline``, ``config``, ``rules``, ``explain``,
``fix``, ``lexicon``.

Exit codes:
  0  nothing at or above --fail-on (with --baseline: nothing new)
  1  findings at or above --fail-on
  2  usage or configuration error, or a file that could not be checked (the other files are
     still checked and reported)
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

from ..errors import SimplifyError
from .parser import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, build_parser

__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line. Every error ends with exit code 2 and a German message: a CI gate
    must never read a crash as "the text has findings" (exit code 1)."""
    args = build_parser().parse_args(argv)
    try:
        from . import check, fix, info, lexicon, settings

        if args.command == "rules":
            return info.rules()
        if args.command == "explain":
            return info.explain(args.rule_id)
        if args.command == "lexicon":
            return lexicon.lexicon(args)
        if args.command == "config":
            return settings.show(args)
        if args.command == "baseline":
            return check.baseline(args)
        if args.command == "fix":
            return fix.fix(args)
        return check.check(args)
    except SimplifyError as exc:
        print(f"simplify: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("simplify: abgebrochen.", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - a crash is an error (2), never "findings" (1)
        if args.debug:
            traceback.print_exc()
        print(f"simplify: Interner Fehler ({type(exc).__name__}). Bitte melden Sie diesen "
              "Fehler; mit --debug sehen Sie die technischen Details.", file=sys.stderr)
        return EXIT_ERROR
