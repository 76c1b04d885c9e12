"""``simplify check`` and ``simplify baseline``: many files through the document service."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import ConfigError
from ..vocabulary import FORMATS, Level, count
from .parser import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from .settings import Resolver


def _collect(args: argparse.Namespace, resolver: Resolver, want_context: bool):  # noqa: ANN202
    """Jobs for every file to check (each with the configuration that applies to it), and
    results for paths that do not exist."""
    from ..batch import FileResult, Job
    from ..errors import InputError
    from ..sources import (
        MAX_FILE_BYTES,
        expand,
        is_blank,
        matches_any,
        read_stream,
        relative_candidates,
    )

    paths = args.paths or ["."]
    jobs: list[tuple[Job, object]] = []
    missing: list[FileResult] = []
    seen: set[str] = set()
    cwd = Path.cwd()
    for raw in paths:
        top = Path(raw) if raw != "-" and Path(raw).is_dir() else None
        prune: list[str] = []
        prune_roots: list[Path] = []
        if top is not None:  # skip folders that the folder's own configuration excludes
            top_cfg = resolver.for_path(top)
            prune, prune_roots = top_cfg.settings.exclude, [top_cfg.base]
            if top_cfg.origin("exclude") == "Kommandozeile":
                prune_roots.append(cwd)
        for item in expand([raw], exclude=prune, roots=prune_roots):
            index = len(jobs) + len(missing)
            if isinstance(item, str) and item != "-":
                missing.append(FileResult(index, item.split(":")[0], error=item))
                continue
            cfg = resolver.for_path(item)
            cli_profile = cfg.origin("profile") == "Kommandozeile"
            if item == "-":
                opts = cfg.options_for(["-"], cli_profile)
                try:  # in chunks, refused as soon as it is over the limit for text files
                    data = read_stream(sys.stdin.buffer, "-", MAX_FILE_BYTES)
                except InputError as exc:
                    missing.append(FileResult(index, "-", error=str(exc)))
                    continue
                if is_blank(data):
                    missing.append(_empty(index, "-", opts.profile))
                    continue
                jobs.append((Job(index, "-", opts, None, data, want_context,
                                 time_budget=_limit(args)), cfg))
                continue
            assert isinstance(item, Path)
            key = str(item.resolve())
            if key in seen:
                continue
            s = cfg.settings
            # Patterns from a configuration file are relative to its folder; patterns from the
            # command line also to the working directory and the folder given.
            roots = [cfg.base] + ([top] if top is not None else [])
            if "Kommandozeile" in (cfg.origin("include"), cfg.origin("exclude")):
                roots.append(cwd)
            cands = relative_candidates(item, roots)
            if top is not None and s.include and not matches_any(s.include, cands):
                continue
            if s.exclude and matches_any(s.exclude, [*cands, item.name]):
                continue
            seen.add(key)
            opts = cfg.options_for(relative_candidates(item, [cfg.base]), cli_profile)
            if _blank_file(item):
                missing.append(_empty(index, str(item), opts.profile))
                continue
            jobs.append((Job(index, str(item), opts, str(item), None, want_context,
                             time_budget=_limit(args)), cfg))
    return jobs, missing


def _limit(args: argparse.Namespace) -> float | None:
    return float(getattr(args, "time_limit", 0) or 0) or None


EMPTY_NOTE = "leer, nichts zu prüfen"


def _blank_file(path: Path) -> bool:
    """An empty text file or one with only whitespace: a clean file, not an error."""
    from ..errors import InputError
    from ..sources import TEXT_SUFFIXES, is_blank, read_regular

    try:
        return (path.suffix.lower() in TEXT_SUFFIXES | {".html", ".htm", ".xhtml"}
                and path.stat().st_size <= 4096 and is_blank(read_regular(path, 4096)))
    except (OSError, InputError):
        return False  # not a regular file, or gone: the reader reports it


def _empty(index: int, name: str, profile: str):  # noqa: ANN202 - batch.FileResult
    """The result of an empty file: checked, nothing found, with a note for people."""
    from ..batch import FileResult
    from ..report import Report, summarize

    report = Report(profile=profile, source=name)
    report.summary = summarize(report)
    return FileResult(index, name, kind="text", report=report, note=EMPTY_NOTE)


def _results(args: argparse.Namespace, jobs):  # noqa: ANN001, ANN202
    """Run the jobs through one document service per configuration (with a progress bar);
    results in input order."""
    from ..batch import Progress, run
    from ..service import DocumentService

    workers = args.jobs or None
    groups: dict[int, tuple[object, list]] = {}
    for job, cfg in jobs:
        groups.setdefault(id(cfg), (cfg, []))[1].append(job)
    order = [job.index for job, _ in jobs]
    ready: dict[int, object] = {}
    position = 0
    progress = Progress(len(jobs), enabled=not args.no_progress)
    with progress:
        for cfg, group in groups.values():
            for res in run(group, DocumentService(cfg), workers, on_done=progress.advance):
                ready[res.index] = res
                while position < len(order) and order[position] in ready:
                    yield ready.pop(order[position])
                    position += 1


def _merge(jobs_results, missing):  # noqa: ANN001, ANN202
    """Results of existing files and of missing paths, in the order they were given."""
    pending = sorted(missing, key=lambda r: r.index)
    for res in jobs_results:
        while pending and pending[0].index < res.index:
            yield pending.pop(0)
        yield res
    yield from pending


def check(args: argparse.Namespace) -> int:
    from .. import baseline as bl
    from ..formats_out import RunResult, has_text_position, render, summary_text
    from ..render import text_report
    from ..report import group_repeats
    from ..report import summarize as _summary

    resolver = Resolver(args)
    cfg = resolver.default
    fmt = args.format
    jobs, missing = _collect(args, resolver,
                             want_context=FORMATS[fmt].for_people and fmt != "text")
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
        for res in _merge(_results(args, jobs), missing):
            if baseline is not None and res.report is not None:
                # every place is matched on its own; a new place of a known word is new
                new, res.known, res.fixed = baseline.split(res.name, res.report.all_findings())
                res.report = res.report.model_copy(update={"findings": group_repeats(new)})
                res.report.summary = {**res.report.summary, **_summary(res.report)}
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
            if res.note == EMPTY_NOTE:
                text = f"{res.name}: {EMPTY_NOTE}."
            elif res.note:
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


def baseline(args: argparse.Namespace) -> int:
    from .. import baseline as bl

    resolver = Resolver(args)
    cfg = resolver.default
    target = Path(args.output) if args.output else (cfg.baseline_path()
                                                    or Path(bl.DEFAULT_NAME))
    jobs, missing = _collect(args, resolver, want_context=False)
    base = bl.Baseline(target)
    checked = errors = 0
    for res in _merge(_results(args, jobs), missing):
        if res.error or res.report is None:
            errors += 1
            print(f"simplify: {res.error}", file=sys.stderr)
            continue
        checked += 1
        base.add(res.name, res.report.all_findings())
    try:
        base.save()
    except OSError as exc:
        raise ConfigError(f"{target}: Die Baseline kann nicht gespeichert werden "
                          f"({exc.strerror}).") from exc
    print(f"Baseline gespeichert: {target} ({count(base.total(), 'Hinweis', 'Hinweise')} aus "
          f"{count(checked, 'Datei', 'Dateien')}).")
    if errors:
        could = count(errors, "Datei konnte", "Dateien konnten")
        missing_verb = "fehlt" if errors == 1 else "fehlen"
        print(f"simplify: {could} nicht geprüft werden und {missing_verb} in der Baseline.",
              file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK
