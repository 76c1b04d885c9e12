"""Command line: ``simplify check``, ``baseline``, ``config``, ``rules``, ``explain``.

Exit codes:
  0  nothing at or above --fail-on (with --baseline: nothing new)
  1  findings at or above --fail-on
  2  usage or configuration error, or a file that could not be checked (the other files are
     still checked and reported)
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import ConfigError, SimplifyError
from .vocabulary import FORMAT_NAMES, FORMATS, LEVEL_NAMES, Level

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

    sub.add_parser("rules", help="alle Regeln und Wortlisten auflisten")
    e = sub.add_parser("explain", help="eine Regel mit Beispielen zeigen")
    e.add_argument("rule_id", metavar="ID")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line. Every error ends with exit code 2 and a German message: a CI gate
    must never read a crash as "the text has findings" (exit code 1)."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "rules":
            return _rules()
        if args.command == "explain":
            return _explain(args.rule_id)
        if args.command == "config":
            return _config(args)
        if args.command == "baseline":
            return _baseline(args)
        if args.command == "fix":
            return _fix(args)
        return _check(args)
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


def _fix(args: argparse.Namespace) -> int:
    """Show (default) or apply the suggestions of plain text files, through the document
    service: the same configuration, word lists and suppression as ``check``.

    Word replacements always; sentence rewrites and splits only with --rewrite. Files are
    written only with --write, and only when something changed. Suppressed passages, control
    comments and Markdown markup (code blocks, link targets) are never changed.
    """
    from .fix import unified_diff
    from .service import DocumentService

    cfg = _load_config(args)
    service = DocumentService(cfg)
    profile = args.profile
    failed = changed = 0
    for raw in args.paths:
        path = Path(raw)
        try:
            src = service.read_path(path, raw)
            fixed = service.fix(service.check(src, service.options(path, profile=profile)),
                                rewrite=args.rewrite)
        except SimplifyError as exc:
            msg = str(exc)
            print(f"simplify: {msg if msg.startswith(raw) else f'{raw}: {msg}'}",
                  file=sys.stderr)
            failed += 1
            continue
        original = src.original
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


def _rules() -> int:
    from .formats_out import all_rules
    from .render import rules_table
    from .wordlists import load_wordlists

    print(rules_table(all_rules(), load_wordlists().counts()))
    return EXIT_OK


def _explain(rule_id: str) -> int:
    from .formats_out import all_rules
    from .render import explain_rule

    rule = all_rules().get(rule_id.upper())
    if rule is None:
        print(f"simplify: Die Regel „{rule_id}“ gibt es nicht. `simplify rules` zeigt alle.",
              file=sys.stderr)
        return EXIT_ERROR
    print(explain_rule(rule))
    return EXIT_OK


# -- configuration ------------------------------------------------------------------------------


def _load_config(args: argparse.Namespace):  # noqa: ANN202 - returns config.Config
    """The configuration file (unless --no-config) with the command line options on top."""
    from .config import Config, _rule_ids, load_config
    from .rules import profile_named

    cfg = Config() if getattr(args, "no_config", False) else load_config(args.config)
    s = cfg.settings
    if getattr(args, "profile", None):
        profile_named(args.profile)
        cfg.set_cli("profile", args.profile)
    try:
        if getattr(args, "enable", None):
            cfg.set_cli("enable", _rule_ids(args.enable))
        if getattr(args, "disable", None):
            cfg.set_cli("disable", s.disable + [r for r in _rule_ids(args.disable)
                                                if r not in s.disable])
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    if getattr(args, "include", None):
        cfg.set_cli("include", list(args.include))
    if getattr(args, "exclude", None):
        cfg.set_cli("exclude", s.exclude + list(args.exclude))
    if getattr(args, "fail_on", None):
        cfg.set_cli("fail-on", args.fail_on)
    if getattr(args, "model", None):
        cfg.set_cli("model", args.model)
    if getattr(args, "baseline", None):
        cfg.set_cli("baseline", args.baseline)
    return cfg


def _config(args: argparse.Namespace) -> int:
    from .config import to_json, to_toml
    from .sources import relative_candidates

    cfg = _load_config(args)
    print(to_json(cfg) if args.format == "json" else to_toml(cfg))
    if args.file:
        p = Path(args.file)
        opts = cfg.options_for(relative_candidates(p, [cfg.base, Path.cwd()]))
        if args.format == "toml":
            print(f"\n# Für {p} gilt: Profil {opts.profile}"
                  + (f", nur {', '.join(opts.enable)}" if opts.enable is not None else "")
                  + (f", aus: {', '.join(opts.disable)}" if opts.disable else "")
                  + (f", Stufen: {opts.levels}" if opts.levels else "")
                  + (f", Grenzwerte: {opts.limits}" if opts.limits else ""))
    return EXIT_OK


# -- checking -----------------------------------------------------------------------------------


def _collect(args: argparse.Namespace, cfg, want_context: bool):  # noqa: ANN001, ANN202
    """Jobs for every file to check, and results for paths that do not exist."""
    from .batch import FileResult, Job
    from .sources import expand, relative_candidates

    s = cfg.settings
    roots = [cfg.base, Path.cwd()]
    paths = args.paths or ["."]
    jobs: list[Job] = []
    missing: list[FileResult] = []
    seen: set[str] = set()
    cli_profile = cfg.origin("profile") == "Kommandozeile"
    for item in expand(paths, include=s.include, exclude=s.exclude, roots=roots):
        index = len(jobs) + len(missing)
        if isinstance(item, str) and item != "-":
            missing.append(FileResult(index, item.split(":")[0], error=item))
            continue
        if item == "-":
            opts = cfg.options_for(["-"], cli_profile)
            jobs.append(Job(index, "-", opts, None, sys.stdin.buffer.read(), want_context))
            continue
        assert isinstance(item, Path)
        key = str(item.resolve())
        if key in seen:
            continue
        seen.add(key)
        opts = cfg.options_for(relative_candidates(item, roots), cli_profile)
        jobs.append(Job(index, str(item), opts, str(item), None, want_context))
    return jobs, missing


def _results(args: argparse.Namespace, cfg, jobs):  # noqa: ANN001, ANN202
    """Run the jobs through the document service with a progress bar; results in order."""
    from .batch import Progress, run
    from .service import DocumentService

    workers = args.jobs or None
    progress = Progress(len(jobs), enabled=not args.no_progress)
    with progress:
        yield from run(jobs, DocumentService(cfg), workers, on_done=progress.advance)


def _merge(jobs_results, missing):  # noqa: ANN001, ANN202
    """Results of existing files and of missing paths, in the order they were given."""
    pending = sorted(missing, key=lambda r: r.index)
    for res in jobs_results:
        while pending and pending[0].index < res.index:
            yield pending.pop(0)
        yield res
    yield from pending


def _check(args: argparse.Namespace) -> int:
    from . import baseline as bl
    from .formats_out import RunResult, has_text_position, render, summary_text
    from .render import text_report
    from .report import summarize as _summary

    cfg = _load_config(args)
    fmt = args.format
    jobs, missing = _collect(args, cfg, want_context=FORMATS[fmt].for_people and fmt != "text")
    baseline = None
    bpath = cfg.baseline_path() if args.baseline or cfg.settings.baseline else None
    if bpath is not None:
        baseline = bl.load(bpath)
    run = RunResult([], Level(cfg.settings.fail_on), base=Path.cwd(),
                    baseline=str(bpath) if bpath else None)
    try:
        out_file = open(args.output, "w", encoding="utf-8") if args.output else None  # noqa: SIM115
    except OSError as exc:
        raise ConfigError(f"{args.output}: In diese Datei kann simplify nicht schreiben "
                          f"({exc.strerror}).") from exc
    stream = out_file or sys.stdout
    color = (fmt == "text" and out_file is None and sys.stdout.isatty()
             and "NO_COLOR" not in os.environ)
    try:
        if not jobs and not missing:
            print("simplify: Keine Dateien zum Prüfen gefunden (geprüft werden .txt, .md, "
                  ".html, .docx, .odt und .pdf).", file=sys.stderr)
        for res in _merge(_results(args, cfg, jobs), missing):
            if baseline is not None and res.report is not None:
                new, res.known, res.fixed = baseline.split(res.name, res.report.findings)
                res.report = res.report.model_copy(update={"findings": new})
                res.report.summary = _summary(res.report)
                run.baseline_known += res.known
                run.baseline_fixed += res.fixed
            run.files.append(res)
            if fmt != "text":
                continue
            if res.error:
                print(f"simplify: {res.error}", file=sys.stderr)
                continue
            assert res.report is not None
            text = text_report(res.name, res.report, color, res.locations,
                               has_text_position(res))
            if res.note:
                text = f"{res.name}: Hinweis: {res.note}\n{text}" if text else text
            if text:
                print(text, file=stream, flush=True)
        if fmt == "text":
            print(summary_text(run), file=stream)
        else:
            print(render(fmt, run), file=stream)
            if out_file is not None or fmt in {"sarif", "junit", "markdown", "html"}:
                for res in run.errors:
                    print(f"simplify: {res.error}", file=sys.stderr)
        if out_file is not None:
            print(summary_text(run), file=sys.stderr)
    finally:
        if out_file is not None:
            out_file.close()
    if run.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if run.any_failing() else EXIT_OK


def _baseline(args: argparse.Namespace) -> int:
    from . import baseline as bl

    cfg = _load_config(args)
    target = Path(args.output) if args.output else (cfg.baseline_path()
                                                    or Path(bl.DEFAULT_NAME))
    jobs, missing = _collect(args, cfg, want_context=False)
    base = bl.Baseline(target)
    checked = errors = 0
    for res in _merge(_results(args, cfg, jobs), missing):
        if res.error or res.report is None:
            errors += 1
            print(f"simplify: {res.error}", file=sys.stderr)
            continue
        checked += 1
        base.add(res.name, res.report.findings)
    try:
        base.save()
    except OSError as exc:
        raise ConfigError(f"{target}: Die Baseline kann nicht gespeichert werden "
                          f"({exc.strerror}).") from exc
    print(f"Baseline gespeichert: {target} ({base.total()} Hinweise aus {checked} Datei(en)).")
    if errors:
        print(f"simplify: {errors} Datei(en) konnten nicht geprüft werden und fehlen in der "
              "Baseline.", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
