"""Checking many files: in this process or in worker processes, results in input order.

Every file goes through the document service (``simplify.service``). Each worker process
builds its own service and pipeline once (``ProcessPoolExecutor`` initializer).
A file that fails (unreadable, or an internal error) is reported for that file only; if a
worker process dies, the files it may have held are checked again one at a time so that
only the file that crashes it is reported.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .config import Config, FileOptions
from .deadline import time_budget
from .errors import SimplifyError
from .report import Finding, Report
from .service import DocumentService, internal_error_message


@dataclass
class Job:
    """One file to check."""

    index: int
    name: str
    options: FileOptions
    path: str | None = None  # None: ``data`` holds standard input
    data: bytes | None = None
    want_context: bool = False
    time_budget: float | None = None  # seconds for this file; then it is noted as an error


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


# -- checking one file --------------------------------------------------------------------------


def check_job(service: DocumentService, job: Job) -> FileResult:
    """Read and check one file through the document service; errors become ``result.error``."""
    result = FileResult(job.index, job.name)
    try:
        with time_budget(job.time_budget):
            _check_into(service, job, result)
    except SimplifyError as exc:
        msg = str(exc)
        result.error = msg if msg.startswith(job.name) else f"{job.name}: {msg}"
        result.report = None
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the batch
        result.error = internal_error_message(job.name, exc)
        result.report = None
    return result


def _check_into(service: DocumentService, job: Job, result: FileResult) -> None:
    if job.path is None:
        src = service.read_bytes(job.data or b"", job.name)
    else:
        src = service.read_path(job.path, job.name)
    result.kind, result.note = src.kind, src.note
    checked = service.check(src, job.options)
    result.report = checked.report
    result.locations = checked.locations
    if job.want_context:
        result.contexts = checked.contexts()


# -- worker processes ---------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


class WorkerStartError(SimplifyError):
    """A worker could not build its pipeline (e.g. a missing spaCy model)."""


def _init_worker(config: Config) -> None:
    # Ctrl+C goes to the whole process group: the parent ends the pool (_run_pool), so the
    # workers ignore it instead of each printing a KeyboardInterrupt.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        service = DocumentService(config)
        service.simplifier  # noqa: B018 - build the pipeline now, so a broken model fails early
        _WORKER["service"] = service
    except SimplifyError as exc:
        _WORKER["error"] = str(exc)


def _run_in_worker(job: Job) -> FileResult:
    if "error" in _WORKER:
        raise WorkerStartError(_WORKER["error"])
    return check_job(_WORKER["service"], job)


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def run(
    jobs: Sequence[Job],
    service: DocumentService | None = None,
    workers: int | None = None,
    on_done: Callable[[FileResult], None] | None = None,
) -> Iterator[FileResult]:
    """Check all jobs; yield results in input order (as soon as each is ready).

    With several workers each process builds its own service from ``service.config``.
    """
    service = service or DocumentService()
    workers = max(1, workers or default_jobs())
    if workers == 1 or len(jobs) <= 1:
        for job in jobs:
            res = check_job(service, job)
            if on_done:
                on_done(res)
            yield res
        return
    yield from _run_pool(list(jobs), service.config, min(workers, len(jobs)), on_done)


def _run_pool(
    jobs: list[Job], config: Config, workers: int,
    on_done: Callable[[FileResult], None] | None,
) -> Iterator[FileResult]:
    pending = jobs
    isolate = 0  # > 0: the next jobs run in one single-worker pool, to find a crashing file
    while pending:
        batch = pending[:isolate] if isolate else pending
        crashed, done = False, 0
        pool = ProcessPoolExecutor(1 if isolate else workers, initializer=_init_worker,
                                   initargs=(config,))
        with _ended_on_interrupt(pool):
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


@contextmanager
def _ended_on_interrupt(pool: ProcessPoolExecutor) -> Iterator[None]:
    """Shut the pool down; on Ctrl+C (or any error) terminate its workers at once, so no
    orphan process goes on checking files."""
    try:
        yield
    except BaseException:
        processes = list((getattr(pool, "_processes", None) or {}).values())
        # the queue's feeder thread may be blocked writing jobs into a pipe that no worker
        # reads any more; without this the exit joins it for ever (Ctrl+C on a loaded
        # machine left the command hanging after its workers were gone)
        calls = getattr(pool, "_call_queue", None)
        if calls is not None:
            calls.cancel_join_thread()
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            if proc.is_alive():
                proc.terminate()
        for proc in processes:
            proc.join(timeout=2)
        raise
    pool.shutdown(wait=True)


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
