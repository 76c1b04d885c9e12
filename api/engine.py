"""The checker as the web app sees it: one document service, one worker thread per process.

Every route checks text through ``simplify.service.DocumentService``, the same door as the
command line: the organisation's configuration (word lists, allow list, profile, rules) that
the server was started with applies to ``/v1/analyze``, ``/v2/check`` and the web page alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

from simplify import Report
from simplify.deadline import TimeBudgetExceeded, time_budget
from simplify.errors import ConfigError, TextTooLong, check_text
from simplify.service import Checked, DocumentService
from simplify.vocabulary import DEFAULT_PROFILE, FAMILIES

WARM_UP_TEXT = (
    "Der Antrag ist bis zum 1. März einzureichen. Die Bearbeitung erfolgt durch die Behörde, "
    "sofern die Unterlagen vollständig vorgelegt wurden. Bitte bringen Sie ggf. Ihren Ausweis mit."
)

# After its time budget the worker stops at its next check (simplify.deadline); if a step
# runs on without a check, the request is answered 503 this long after the budget anyway and
# the thread is left to finish on its own.
HARD_STOP_GRACE = 5.0

T = TypeVar("T")

__all__ = ["Engine", "TextTooLong"]


class Engine:
    """Runs the document service off the event loop, one call at a time per process, each
    within the time budget (seconds from the request's arrival; None: none)."""

    def __init__(self, service: DocumentService, max_chars: int,
                 default_profile: str | None = None, time_budget: float | None = None) -> None:
        self.service = service
        self.max_chars = max_chars
        self.time_budget = time_budget
        name = default_profile or service.config.settings.profile or DEFAULT_PROFILE
        self.simplifier.profile(name)  # ConfigError (German) if unknown
        self.default_profile = name
        # Created inside the running event loop (lifespan), as anyio wants.
        self.limiter = anyio.CapacityLimiter(1)

    @property
    def simplifier(self):  # noqa: ANN201 - simplify.analyzer.Simplifier (rules, profiles)
        return self.service.simplifier

    # -- validation (cheap, on the event loop) ------------------------------------------------

    def check_length(self, text: str) -> None:
        """Raise TextTooLong if ``text`` is over the limit (InputError if it is no text).

        Long letter runs need no check of their own any more: tokens are bounded in the
        pipeline, and the time budget ends any check that runs too long.
        """
        check_text(text, self.max_chars)

    def check_profile(self, name: str | None) -> str:
        """The profile name to use; ConfigError if unknown."""
        name = name or self.default_profile
        self.simplifier.profile(name)
        return name

    def check_rules(self, ids: Iterable[str] | None, field: str) -> list[str] | None:
        """Reject unknown rule ids, so typos do not silently check nothing."""
        if ids is None:
            return None
        ids = list(ids)
        unknown = [i for i in ids if i not in self.simplifier.rules]
        if unknown:
            raise ConfigError(
                f"Unbekannte Regel in „{field}“: {', '.join(unknown)}. "
                "Die Liste aller Regeln finden Sie unter /v1/rules."
            )
        return ids

    def rules_of_families(self, families: Iterable[str]) -> list[str]:
        """All rule ids whose family is in ``families`` (unknown families are ignored)."""
        wanted = {f for f in families if f in FAMILIES}
        return [r.id for r in self.simplifier.rules.values() if r.family in wanted]

    # -- the work (in the worker thread) ------------------------------------------------------

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """``func(*args)`` in the worker thread, within the time budget.

        The budget counts from now, so time spent waiting for the worker counts too. Past it
        the work stops at its next check (TimeBudgetExceeded, answered 503); a request whose
        worker does not stop within HARD_STOP_GRACE more seconds is answered 503 anyway.
        """
        budget, started = self.time_budget, time.monotonic()

        def work() -> T:
            with time_budget(budget, started=started):
                return func(*args)

        if not budget:
            return await anyio.to_thread.run_sync(work, limiter=self.limiter)
        with anyio.move_on_after(budget + HARD_STOP_GRACE):
            return await anyio.to_thread.run_sync(work, limiter=self.limiter,
                                                  abandon_on_cancel=True)
        raise TimeBudgetExceeded(budget)

    async def warm_up(self) -> None:
        """Run one small check, so the first real request does not pay for lazy loading."""
        await anyio.to_thread.run_sync(self._analyze, WARM_UP_TEXT, self.default_profile, None,
                                       None, limiter=self.limiter)

    async def analyze(
        self,
        text: str,
        profile: str | None = None,
        *,
        enable: list[str] | None = None,
        disable: list[str] | None = None,
    ) -> Report:
        """Check ``text`` in the worker thread and return the Report."""
        self.check_length(text)
        name = self.check_profile(profile)
        return await self.run(self._analyze, text, name, enable, disable)

    async def analyze_json(self, text: str, profile: str | None = None, **kw: Any) -> bytes:
        """Like ``analyze`` but returns the Report as JSON bytes (serialised in the worker)."""
        self.check_length(text)
        name = self.check_profile(profile)

        def work() -> bytes:
            report = self._analyze(text, name, kw.get("enable"), kw.get("disable"))
            return report.model_dump_json().encode("utf-8")

        return await self.run(work)

    async def check_source(self, source: Any, profile: str | None = None, *,
                           disable: list[str] | None = None) -> Checked:
        """Check a read document (an upload, or pasted text read with ``read_text``) through
        the service: suppression comments, the organisation's lists, located findings."""
        check_text(source.text, self.max_chars)
        name = self.check_profile(profile)

        def work() -> Checked:
            opts = self.service.options(None, profile=name, disable=disable)
            return self.service.check(source, opts)

        return await self.run(work)

    def _analyze(self, text: str, profile: str, enable: list[str] | None,
                 disable: list[str] | None) -> Report:
        return self.service.check_text(text, profile=profile, enable=enable, disable=disable)
