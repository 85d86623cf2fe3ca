"""A time budget for one report: past it, extraction stops with :class:`OverBudget` (FW110).

The clock is the process's real-time interval timer (SIGALRM), so the extractor's code needs no
checks of its own; the exception interrupts Python code, and a long call into C (a regular
expression, spaCy) at its return. Where there is no such timer (Windows, or a thread other than
the main one) the budget is not enforced.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from forcewatch.errors import OverBudget


class _Expired(BaseException):
    """Raised by the timer: a BaseException, so that no ``except Exception`` swallows it."""


def _expire(signum: int, frame: FrameType | None) -> None:
    raise _Expired


@contextmanager
def time_budget(seconds: float, item: str | None = None) -> Iterator[None]:
    """Run the block within ``seconds`` (<= 0: no limit), else raise :class:`OverBudget`."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise over_budget(seconds, item) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def over_budget(seconds: float, item: str | None = None) -> OverBudget:
    return OverBudget(
        f"extraction took more than {seconds:g} s, the time budget "
        "(set FORCEWATCH_TIME_BUDGET or --time-budget to raise it)",
        item=item,
    )
