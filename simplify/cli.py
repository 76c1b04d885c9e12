"""Command line: ``simplify check``, ``simplify rules``, ``simplify explain``.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or runtime
error (also when a file could not be checked).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .errors import SimplifyError
from .report import Level, Report

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with German usage errors and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"simplify: Fehler: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="simplify", description="Prüft deutsche Verwaltungstexte auf "
                "verständliche Sprache.")
    p.add_argument("--version", action="version", version=f"simplify {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", help="Texte prüfen (Dateien, Ordner oder - für die Eingabe)")
    c.add_argument("paths", nargs="+", metavar="PFAD", help="Datei, Ordner oder - (stdin)")
    c.add_argument("--format", default="text", choices=["text", "json"],
                   help="Ausgabeformat (Standard: text)")
    c.add_argument("--profile", default="formular",
                   help="Profil: formular, brief, web, einfach, leicht")
    c.add_argument("--fail-on", default="warning", choices=["info", "warning", "error"],
                   help="ab dieser Stufe endet simplify mit Code 1 (Standard: warning)")
    c.add_argument("--model", default=None,
                   help="ein installiertes spaCy-Modell statt HanTa, z. B. de_core_news_md")
    c.add_argument("--disable", action="append", default=[], metavar="ID",
                   help="Regel ausschalten (mehrfach möglich)")

    sub.add_parser("rules", help="alle Regeln und Wortlisten auflisten")
    e = sub.add_parser("explain", help="eine Regel mit Beispielen zeigen")
    e.add_argument("rule_id", metavar="ID")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "rules":
            return _rules()
        if args.command == "explain":
            return _explain(args.rule_id)
        return _check(args)
    except SimplifyError as exc:
        print(f"simplify: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR


def _rules() -> int:
    from .render import rules_table
    from .rules import default_rules
    from .wordlists import load_wordlists

    print(rules_table(default_rules(), load_wordlists().counts()))
    return EXIT_OK


def _explain(rule_id: str) -> int:
    from .render import explain_rule
    from .rules import default_rules

    rules = default_rules()
    rule = rules.get(rule_id.upper())
    if rule is None:
        print(f"simplify: Die Regel „{rule_id}“ gibt es nicht. `simplify rules` zeigt alle.",
              file=sys.stderr)
        return EXIT_ERROR
    print(explain_rule(rule))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from . import get_simplifier
    from .render import json_reports, summary_line, text_report
    from .sources import expand, read_file, read_stdin

    simp = get_simplifier(args.model)
    simp.profile(args.profile)  # fail early on an unknown profile
    reports: list[tuple[str, Report]] = []
    errors: list[dict] = []
    color = args.format == "text" and sys.stdout.isatty()
    for item in expand(args.paths):
        if isinstance(item, str) and item != "-":
            errors.append({"path": item.split(":")[0], "error": item})
            continue
        name = "-" if item == "-" else str(item)
        try:
            src = read_stdin() if item == "-" else read_file(item)
            if not src.text.strip():
                raise SimplifyError(f"{name}: Die Datei ist leer.")
            report = simp.analyze(src.text, args.profile, disable=args.disable, source=name)
        except SimplifyError as exc:
            msg = str(exc)
            errors.append({"path": name, "error": msg if msg.startswith(name) else
                           f"{name}: {msg}"})
            continue
        reports.append((name, report))
        if args.format == "text":
            out = text_report(name, report, color)
            if out:
                print(out)
    if args.format == "json":
        print(json_reports(reports, errors))
    else:
        for e in errors:
            print(f"simplify: {e['error']}", file=sys.stderr)
        print(summary_line(reports, len(errors)))
    if errors:
        return EXIT_ERROR
    threshold = Level(args.fail_on).rank
    failing = any(f.level.rank >= threshold for _, r in reports for f in r.findings)
    return EXIT_FINDINGS if failing else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
