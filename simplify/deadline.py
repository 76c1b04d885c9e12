"""A time budget per check: cooperative cancellation through a deadline.

A channel sets a budget around its work (``with time_budget(30):``); the analyzer calls
``check_deadline()`` between its steps (pipeline components, rules, suggestions). Past the
deadline it raises :class:`TimeBudgetExceeded` with a German message: the API answers 503,
the batch notes the file and goes on. Threads are never killed: the work ends itself at its
next check, so no lock or cache is left half-updated.

The deadline lives in a context variable, so it belongs to the thread (or task) that set it;
``anyio.to_thread`` and the batch workers each set their own.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import SimplifyError

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("simplify_deadline", default=None)


class TimeBudgetExceeded(SimplifyError):
    """The check took longer than its time budget (API: 503; batch: an error for the file)."""

    code = "E005"

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        shown = f"{seconds:g}".replace(".", ",")
        super().__init__(
            f"Die Prüfung hat länger gedauert als erlaubt ({shown} Sekunden) und wurde "
            "abgebrochen. Teilen Sie den Text bitte auf oder versuchen Sie es später noch "
            "einmal.")


@contextmanager
def time_budget(seconds: float | None, *, started: float | None = None) -> Iterator[None]:
    """Run the block with a deadline ``seconds`` after ``started`` (default: now).

    ``None`` or 0: no budget. ``started`` lets a server count the time a request waited in
    the queue (``time.monotonic()`` at arrival).
    """
    if not seconds or seconds <= 0:
        yield
        return
    token = _DEADLINE.set(((started or time.monotonic()) + seconds, seconds))
    try:
        check_deadline()
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline() -> None:
    """Raise TimeBudgetExceeded if the current budget is spent (cheap: one clock read)."""
    current = _DEADLINE.get()
    if current is not None and time.monotonic() > current[0]:
        raise TimeBudgetExceeded(current[1])


def remaining() -> float | None:
    """Seconds left in the current budget (None: no budget)."""
    current = _DEADLINE.get()
    return None if current is None else current[0] - time.monotonic()


__all__ = ["TimeBudgetExceeded", "check_deadline", "remaining", "time_budget"]
