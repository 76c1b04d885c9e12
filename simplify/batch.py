"""Checking many files: in this process or in worker processes, results in input order.

Each worker process builds its own Simplifier once (``ProcessPoolExecutor`` initializer).
A file that fails (unreadable, or an internal error) is reported for that file only; if a
worker process dies, the files it may have held are checked again one at a time so that
only the file that crashes it is reported.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import FileOptions
from .errors import SimplifyError
from .report import Finding, Level, Report

CONTEXT_CHARS = 90


@dataclass(frozen=True)
class Overlay:
    """The organisation's own word lists (from the configuration)."""

    replace: tuple[tuple[str, str], ...] = ()
    avoid: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.replace or self.avoid or self.allow)


@dataclass
class Job:
    """One file to check."""

    index: int
    name: str
    options: FileOptions
    path: str | None = None  # None: ``data`` holds standard input
    data: bytes | None = None
    want_context: bool = False


@dataclass
class FileResult:
    """What came out of one file."""

    index: int
    name: str
    kind: str | None = None
    report: Report | None = None
    error: str | None = None
    note: str | None = None
    locations: dict[str, dict[str, Any]] = field(default_factory=dict)  # fingerprint -> where
    contexts: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    known: int = 0  # findings hidden because they are in the baseline
    fixed: int = 0  # baseline findings no longer found

    @property
    def findings(self) -> list[Finding]:
        return self.report.findings if self.report else []

    def location(self, f: Finding) -> dict[str, Any]:
        return self.locations.get(f.fingerprint) or {"line": f.line, "column": f.column}


# -- building the pipeline ----------------------------------------------------------------------

_CACHE: dict[tuple[str | None, Overlay], Any] = {}


def simplifier_for(model: str | None, overlay: Overlay) -> Any:
    """A Simplifier for this model and word-list overlay (one per process)."""
    key = (model, overlay)
    if key not in _CACHE:
        if not overlay:
            from . import get_simplifier

            # get_simplifier() and get_simplifier(None) are two lru_cache keys: share one
            _CACHE[key] = get_simplifier(model) if model else get_simplifier()
        else:
            from .analyzer import Simplifier
            from .wordlists import apply_overlay, load_wordlists

            lists = apply_overlay(load_wordlists(), dict(overlay.replace), list(overlay.avoid),
                                  list(overlay.allow))
            _CACHE[key] = Simplifier(model=model, lists=lists)
    return _CACHE[key]


# -- checking one file --------------------------------------------------------------------------


def check_job(simp: Any, job: Job) -> FileResult:
    """Read, extract, analyse and post-process one file; errors become ``result.error``."""
    from . import suppress
    from .formats_in import extract, line_starts, locate
    from .sources import decode, read_file

    result = FileResult(job.index, job.name)
    try:
        if job.path is None:
            src = extract(Path("-"), job.data or b"", decode, name=job.name)
        else:
            src = read_file(Path(job.path))
            src.name = job.name
        result.kind, result.note = src.kind, src.note
        opts = job.options
        text = src.text
        regions, problems = suppress.parse(
            src.comments, len(text), set(simp.rules) | {suppress.RULE_ID}, set(simp.profiles))
        analysed = suppress.blank_regions(text, regions)
        report = simp.analyze(analysed, opts.profile, enable=opts.enable, disable=opts.disable,
                              levels=opts.levels, limits=opts.limits, source=job.name)

        def reanalyze(passage: str, profile: str) -> Report:
            return simp.analyze(passage, profile, enable=opts.enable, disable=opts.disable,
                                levels=opts.levels, source=job.name)

        report = suppress.apply(report, analysed, regions, problems, reanalyze,
                                _problem_level(opts))
        result.report = report
        starts = line_starts(src.text)
        for f in report.findings:
            result.locations[f.fingerprint] = locate(src, f.start, f.end, starts)
            if job.want_context:
                result.contexts[f.fingerprint] = context(src.text, report, f)
    except SimplifyError as exc:
        msg = str(exc)
        result.error = msg if msg.startswith(job.name) else f"{job.name}: {msg}"
        result.report = None
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        result.error = (
            f"{job.name}: Interner Fehler beim Prüfen ({type(exc).__name__}: {exc}; "
            f"{Path(where.filename).name}:{where.lineno}). Bitte melden Sie diesen Fehler mit "
            "der Datei."
        )
        result.report = None
    return result


def _problem_level(opts: FileOptions) -> Level | None:
    from .suppress import RULE_ID

    if RULE_ID in opts.disable or (opts.enable is not None and RULE_ID not in opts.enable):
        return None
    value = opts.levels.get(RULE_ID, "error")
    return None if value == "off" else Level(value)


def context(text: str, report: Report, f: Finding) -> tuple[str, str, str]:
    """The passage with some text of its sentence before and after (for people)."""
    lo, hi = f.start, f.end
    if f.sentence is not None and 0 <= f.sentence < len(report.sentences):
        s = report.sentences[f.sentence]
        lo, hi = min(lo, s.start), max(hi, s.end)
    before = text[max(lo, f.start - CONTEXT_CHARS):f.start]
    after = text[f.end:min(hi, f.end + CONTEXT_CHARS)]
    if f.start - lo > CONTEXT_CHARS:
        before = "…" + before.split(" ", 1)[-1]
    if hi - f.end > CONTEXT_CHARS:
        after = after.rsplit(" ", 1)[0] + "…"
    norm = " ".join
    return norm(before.split()) + (" " if before[-1:].isspace() else ""), \
        norm(text[f.start:f.end].split()), \
        (" " if after[:1].isspace() else "") + norm(after.split())


# -- worker processes ---------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


class WorkerStartError(SimplifyError):
    """A worker could not build its pipeline (e.g. a missing spaCy model)."""


def _init_worker(model: str | None, overlay: Overlay) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        _WORKER["simp"] = simplifier_for(model, overlay)
    except SimplifyError as exc:
        _WORKER["error"] = str(exc)


def _run_in_worker(job: Job) -> FileResult:
    if "error" in _WORKER:
        raise WorkerStartError(_WORKER["error"])
    return check_job(_WORKER["simp"], job)


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def run(
    jobs: Sequence[Job],
    model: str | None = None,
    overlay: Overlay | None = None,
    workers: int | None = None,
    on_done: Callable[[FileResult], None] | None = None,
) -> Iterator[FileResult]:
    """Check all jobs; yield results in input order (as soon as each is ready)."""
    overlay = overlay or Overlay()
    workers = max(1, workers or default_jobs())
    if workers == 1 or len(jobs) <= 1:
        simp = simplifier_for(model, overlay)
        for job in jobs:
            res = check_job(simp, job)
            if on_done:
                on_done(res)
            yield res
        return
    yield from _run_pool(list(jobs), model, overlay, min(workers, len(jobs)), on_done)


def _run_pool(
    jobs: list[Job], model: str | None, overlay: Overlay, workers: int,
    on_done: Callable[[FileResult], None] | None,
) -> Iterator[FileResult]:
    pending = jobs
    isolate = 0  # > 0: the next jobs run in one single-worker pool, to find a crashing file
    while pending:
        batch = pending[:isolate] if isolate else pending
        crashed, done = False, 0
        with ProcessPoolExecutor(1 if isolate else workers, initializer=_init_worker,
                                 initargs=(model, overlay)) as pool:
            futures: list[tuple[Job, Future[FileResult]]] = []
            for job in batch:
                fut = pool.submit(_run_in_worker, job)
                if on_done:
                    fut.add_done_callback(_notify(on_done))
                futures.append((job, fut))
            for job, fut in futures:
                try:
                    res = fut.result()
                except WorkerStartError:
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
                except BrokenProcessPool:
                    crashed = True
                    if isolate:  # one worker runs jobs in order: this one crashed it
                        res = FileResult(job.index, job.name, error=(
                            f"{job.name}: simplify ist beim Prüfen dieser Datei abgestürzt. "
                            "Bitte melden Sie diesen Fehler mit der Datei."))
                        if on_done:
                            on_done(res)
                        yield res
                        done += 1
                    break
                yield res
                done += 1
        pending = pending[done:]
        isolate = workers + 1 if crashed and not isolate else 0


def _notify(on_done: Callable[[FileResult], None]) -> Callable[[Future], None]:
    def callback(fut: Future) -> None:
        if not fut.cancelled() and fut.exception() is None:
            on_done(fut.result())
    return callback


# -- progress bar -------------------------------------------------------------------------------


class Progress:
    """A rich progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, enabled: bool = True) -> None:
        self.bar = None
        if not enabled or total < 2 or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        self.bar = RichProgress(
            TextColumn("Prüfe Dateien"), BarColumn(), MofNCompleteColumn(),
            TextColumn("· noch"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
            redirect_stdout=sys.stdout.isatty(), redirect_stderr=False,
        )
        self.task = self.bar.add_task("check", total=total)

    def __enter__(self) -> Progress:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()

    def advance(self, _result: FileResult | None = None) -> None:
        if self.bar:
            self.bar.advance(self.task)
