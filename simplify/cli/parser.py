"""The argument parser of ``simplify``: commands, options, German help and usage errors."""

from __future__ import annotations

import argparse
import sys

from ..version import __version__
from ..vocabulary import FORMAT_NAMES, LEVEL_NAMES

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

EPILOG = """Rückgabewerte (Exit-Codes):
  0  keine Hinweise ab der Stufe von --fail-on (mit --baseline: keine neuen)
  1  Hinweise ab der Stufe von --fail-on
  2  Aufruf- oder Konfigurationsfehler, oder eine Datei konnte nicht geprüft werden
     (die übrigen Dateien werden trotzdem geprüft)

Einstellungen liest simplify aus simplify.toml oder [tool.simplify] in pyproject.toml
(gesucht vom aktuellen Ordner aufwärts). `simplify config` zeigt, was gilt."""


class _Parser(argparse.ArgumentParser):
    """argparse with German usage errors and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"simplify: Fehler: {message}\n")


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"„{value}“ ist keine Zahl") from exc
    if n < 0:
        raise argparse.ArgumentTypeError("die Zahl darf nicht negativ sein")
    return n


def _add_selection(p: argparse.ArgumentParser) -> None:
    """Options shared by ``check`` and ``baseline``: what to check and how."""
    p.add_argument("paths", nargs="*", metavar="PFAD",
                   help="Datei, Ordner oder - für die Standardeingabe (Standard: .)")
    p.add_argument("--profile", default=None,
                   help="Profil: formular, brief, web, einfach, leicht (gilt für alle Dateien)")
    p.add_argument("--enable", action="append", default=None, metavar="ID",
                   help="nur diese Regel(n) prüfen (mehrfach möglich)")
    p.add_argument("--disable", action="append", default=[], metavar="ID",
                   help="Regel ausschalten (mehrfach möglich)")
    p.add_argument("--include", action="append", default=None, metavar="MUSTER",
                   help="in Ordnern nur passende Dateien prüfen, z. B. 'briefe/**' "
                        "(ersetzt include der Konfiguration)")
    p.add_argument("--exclude", action="append", default=[], metavar="MUSTER",
                   help="passende Dateien und Ordner auslassen (ergänzt die Konfiguration)")
    p.add_argument("--config", default=None, metavar="DATEI",
                   help="diese Konfigurationsdatei statt der gefundenen verwenden")
    p.add_argument("--no-config", action="store_true",
                   help="keine Konfigurationsdatei lesen")
    p.add_argument("--model", default=None,
                   help="ein installiertes spaCy-Modell statt HanTa, z. B. de_core_news_md")
    p.add_argument("-j", "--jobs", type=_jobs, default=0, metavar="N",
                   help="so viele Prozesse parallel (Standard: 0 = Anzahl der Prozessorkerne)")
    p.add_argument("--no-progress", action="store_true",
                   help="keinen Fortschrittsbalken zeigen")
    p.add_argument("--time-limit", type=_seconds, default=DEFAULT_TIME_LIMIT, metavar="SEKUNDEN",
                   help="höchstens so lange pro Datei prüfen, dann die Datei als Fehler melden "
                   f"und weitermachen (Standard: {DEFAULT_TIME_LIMIT}; 0 = ohne Grenze)")


DEFAULT_TIME_LIMIT = 300  # seconds per file


def _seconds(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{raw}“ ist keine ganze Zahl von Sekunden.") from None
    if value < 0:
        raise argparse.ArgumentTypeError("Die Zeitgrenze darf nicht negativ sein.")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="simplify", description="Prüft deutsche Verwaltungstexte auf "
                "verständliche Sprache.", epilog=EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"simplify {__version__}")
    p.add_argument("--debug", action="store_true",
                   help="bei einem internen Fehler die technischen Details zeigen")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", help="Texte prüfen (Dateien, Ordner oder - für die Eingabe)",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_selection(c)
    c.add_argument("--format", default="text", choices=FORMAT_NAMES,
                   help="Ausgabeformat (Standard: text)")
    c.add_argument("-o", "--output", default=None, metavar="DATEI",
                   help="Bericht in diese Datei schreiben statt auf die Standardausgabe")
    c.add_argument("--fail-on", default=None, choices=LEVEL_NAMES,
                   help="ab dieser Stufe endet simplify mit Code 1 (Standard: warning)")
    c.add_argument("--baseline", default=None, metavar="DATEI",
                   help="nur Hinweise melden, die nicht in dieser Baseline stehen")

    b = sub.add_parser("baseline", help="heutige Hinweise als bekannt speichern")
    _add_selection(b)
    b.add_argument("-o", "--output", default=None, metavar="DATEI",
                   help="Baseline-Datei (Standard: baseline aus der Konfiguration oder "
                        ".simplify-baseline.json)")

    g = sub.add_parser("config", help="wirksame Einstellungen zeigen")
    g.add_argument("file", nargs="?", metavar="DATEI",
                   help="zusätzlich zeigen, was für diese Datei gilt")
    g.add_argument("--format", default="toml", choices=["toml", "json"],
                   help="Ausgabeformat (Standard: toml)")
    g.add_argument("--config", default=None, metavar="DATEI",
                   help="diese Konfigurationsdatei statt der gefundenen verwenden")

    x = sub.add_parser("fix", help="geprüfte Vorschläge als Änderung zeigen oder übernehmen")
    x.add_argument("paths", nargs="+", metavar="PFAD", help="Textdateien (.txt, .md)")
    mode = x.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true",
                      help="nur die Änderungen zeigen (Standard)")
    mode.add_argument("--write", action="store_true",
                      help="Änderungen in die Dateien schreiben")
    x.add_argument("--rewrite", action="store_true",
                   help="auch ganze Sätze umschreiben und teilen (sonst nur Wörter)")
    x.add_argument("--profile", default=None,
                   help="Profil: formular, brief, web, einfach, leicht (Standard: aus der "
                        "Konfiguration, sonst formular)")
    x.add_argument("--config", default=None, metavar="DATEI",
                   help="diese Konfigurationsdatei statt der gefundenen verwenden")
    x.add_argument("--no-config", action="store_true",
                   help="keine Konfigurationsdatei lesen")

    lx = sub.add_parser("lexicon", help="Wortanalysen häufiger Wörter einmal berechnen und "
                        "speichern: neue Texte werden dann schneller geprüft")
    lx.add_argument("--words", type=_jobs, default=0, metavar="N",
                    help="nur die N häufigsten Wörter (Standard: 0 = alle, einige Minuten)")
    lx.add_argument("--force", action="store_true",
                    help="neu berechnen, auch wenn die Datei schon da ist")
    lx.add_argument("--background", action="store_true",
                    help="mit niedrigster Priorität und ohne Ausgabe rechnen (so startet der "
                         "Webdienst die Berechnung selbst)")

    sub.add_parser("rules", help="alle Regeln und Wortlisten auflisten")
    e = sub.add_parser("explain", help="eine Regel mit Beispielen zeigen")
    e.add_argument("rule_id", metavar="ID")
    return p
