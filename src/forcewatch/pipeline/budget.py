"""A time budget for one report: past it, extraction stops with :class:`OverBudget` (FW110).

The extractor's code needs no checks of its own: in the main thread the clock is the process's
real-time interval timer (SIGALRM); in any other thread (a Dask worker runs its tasks in threads,
a server in its pool) a timer thread raises the exception in the thread that runs the report
(``PyThreadState_SetAsyncExc``, as debuggers and test runners' timeouts do). Either way the
exception interrupts Python code, and a long call into C (a regular expression, spaCy) at its
return.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from types import FrameType
from typing import Any, Protocol

from forcewatch.errors import OverBudget


class Expired(BaseException):
    """Raised by the timer: a BaseException, so that no ``except Exception`` swallows it. The
    budget's block turns it into :class:`OverBudget`; a thread's shot can also land as the
    block ends, in its exit (see ``_ThreadBudget``), so whoever runs reports in threads turns
    an ``Expired`` that reaches it into the report's :class:`OverBudget` (``over_budget()``)."""

    seconds: float = 0.0
    item: str | None = None

    @classmethod
    def over_budget(cls) -> OverBudget:
        return over_budget(cls.seconds, cls.item)


class _Alarm:
    """The main thread's clock for one budget: it rings once. The first SIGALRM raises
    :class:`Expired`; any later one, and one handled after the block has begun to end (a signal
    the kernel delivered before the timer was stopped, run by Python at its next check), raises
    nothing, so the block's cleanup never stops half-way."""

    __slots__ = ("armed", "deadline", "fired")

    def __init__(self, deadline: float) -> None:
        self.armed = True
        self.deadline = deadline
        self.fired = False

    def ring(self, signum: int, frame: FrameType | None) -> None:
        if self.armed:
            self.armed = False
            self.fired = True
            raise Expired


class _Clock(Protocol):
    """The budget a thread is inside: when it ends, and whether its shot has been fired."""

    deadline: float
    fired: bool


_active = threading.local()  # .clock: the earliest ending of the budgets the thread is inside


def _enclosing() -> _Clock | None:
    """The budget the thread is inside, unless its shot has been fired: then it stops nothing
    more (its exception has been raised, and the block is ending or has ended). A thread's shot
    can land as its block's ``__exit__`` is called, before its first line (the interpreter
    checks for one on entering a function): that block's end never runs, and its clock stays
    the thread's; taken for an enclosing budget, it stopped every budget after it in the
    thread."""
    clock: _Clock | None = getattr(_active, "clock", None)
    return None if clock is None or clock.fired else clock


def time_budget(seconds: float, item: str | None = None) -> AbstractContextManager[Any]:
    """Run the block within ``seconds`` (<= 0: no limit), else raise :class:`OverBudget`.

    Inside a block whose budget ends first (``forcewatch.extract`` called in a step that has
    its own budget), a budget adds nothing and sets no clock: the enclosing one stops the
    block. A shorter one inside a longer one runs and gives the clock back as it ends."""
    if seconds <= 0:
        return nullcontext()
    deadline = time.monotonic() + seconds
    enclosing = _enclosing()
    if enclosing is not None and enclosing.deadline <= deadline:
        return nullcontext()
    if threading.current_thread() is not threading.main_thread():
        return _ThreadBudget(seconds, item, deadline, enclosing)  # no generator to land in
    if not hasattr(signal, "setitimer"):
        return nullcontext()
    return _signal_budget(seconds, item, deadline, enclosing)


@contextmanager
def _signal_budget(
    seconds: float, item: str | None, deadline: float, enclosing: _Clock | None
) -> Iterator[None]:
    alarm = _Alarm(deadline)
    previous = signal.signal(signal.SIGALRM, alarm.ring)
    try:
        # inside the try: a budget shorter than the next few instructions rings before the
        # block begins, and the cleanup must run all the same
        _active.clock = alarm
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
        if time.monotonic() >= deadline:  # ended past its time before the signal was handled
            raise Expired
    except Expired:
        raise over_budget(seconds, item) from None
    finally:
        # First, with no call before it (Python handles a signal only at a call or a loop): a
        # ring from here on is silent, so the clock is always given back.
        alarm.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        _active.clock = enclosing
        signal.signal(signal.SIGALRM, previous)
        if enclosing is not None:  # the enclosing budget's clock, with what is left of it
            left = enclosing.deadline - time.monotonic()
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6))


class _ThreadBudget:
    """The budget of a thread other than the main one: a timer thread raises this block's own
    ``Expired`` in it. The lock makes the end of the block and the timer's shot exclusive, and
    a shot fired but not yet raised when the block ends is withdrawn, and the block refused all
    the same (its time ran out before it ended). A shot that lands in ``__exit__`` itself,
    before its first line runs, comes out of the block as this block's ``Expired`` (see
    :class:`Expired`): the report's time ran out as it ended; the block's clock, left the
    thread's, counts for nothing once fired (see ``_enclosing``)."""

    def __init__(
        self, seconds: float, item: str | None, deadline: float, enclosing: _Clock | None
    ) -> None:
        self.seconds, self.item = seconds, item
        self.deadline, self.enclosing = deadline, enclosing
        # this block's own, so nested budgets stay apart
        self.expired: type[Expired] = type(
            "Expired", (Expired,), {"seconds": seconds, "item": item}
        )
        self.target = ctypes.c_ulong(threading.get_ident())
        self.lock = threading.Lock()
        self.done = self.fired = self.armed = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        while True:
            with self.lock:
                if self.done:
                    return
                if self.armed:
                    self.fired = True
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(
                        self.target, ctypes.py_object(self.expired)
                    )
                    return
            time.sleep(0.0005)  # a budget shorter than starting its timer: once the block runs

    def __enter__(self) -> None:
        self.timer.start()
        _active.clock = self
        # Last, with no call after it: a shot lands only where the interpreter checks for one
        # (a call, a loop), so not in __enter__ (where no __exit__ would catch it) but in the
        # block. A shot during ``timer.start()`` (a tiny budget) landed inside threading's
        # own locks.
        self.armed = True

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        try:
            try:
                with self.lock:
                    self.done = True
                    if self.fired:
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(self.target, None)  # withdraw
                self.timer.cancel()
            finally:
                _active.clock = self.enclosing
        except self.expired:
            raise over_budget(self.seconds, self.item) from None
        late = time.monotonic() >= self.deadline  # whether the timer fired, or had yet to act
        if (kind is None and late) or (kind is not None and issubclass(kind, self.expired)):
            # Past the deadline is over budget, whether the shot landed or not: one withdrawn
            # because the thread spent the rest of the block in C code (a regular expression,
            # spaCy's parser), caught and dropped, or never fired because the timer thread had
            # not run yet, still leaves a report that ran out of time.
            raise over_budget(self.seconds, self.item) from None


def over_budget(seconds: float, item: str | None = None) -> OverBudget:
    return OverBudget(
        f"extraction took more than {seconds:g} s, the time budget "
        "(set FORCEWATCH_TIME_BUDGET or --time-budget to raise it)",
        item=item,
    )
