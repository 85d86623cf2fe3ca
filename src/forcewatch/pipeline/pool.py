"""A process pool that outlives its workers, and whose workers do not outlive it.

``concurrent.futures.ProcessPoolExecutor`` breaks for good when one worker dies (the kernel's
out-of-memory killer, a crash in C code): every pending report fails with ``BrokenProcessPool``
and nobody can tell which report killed it. Here each worker has its own pipe, so the pool knows
what each one was doing:

- a worker that dies costs only the task it was running: the task runs once more on a fresh
  worker, and if that worker dies too its result is a :class:`WorkerDied`, which the caller
  stores as a rejection; the other tasks go on;
- workers die with the process that started them, even when it is killed with ``kill -9``: on
  Linux the kernel kills them (``PR_SET_PDEATHSIG``), elsewhere a thread in each worker watches
  its parent;
- workers ignore Ctrl-C (the terminal sends it to the whole process group); the pool's owner
  stops them when it stops.

Results come back in input order, at most ``window`` tasks ahead of the one the caller waits for.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from forcewatch.errors import WorkerDied

__all__ = ["Died", "imap"]

T = TypeVar("T")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


@dataclass(frozen=True)
class Died:
    """A task whose worker process died on each of its ``attempts``; ``exitcode`` is the last
    one's (negative: the signal that killed it)."""

    attempts: int
    exitcode: int | None

    @property
    def code(self) -> str:
        return WorkerDied.code

    def reason(self) -> str:
        how = f"exit code {self.exitcode}"
        if self.exitcode is not None and self.exitcode < 0:
            try:
                how = signal.Signals(-self.exitcode).name
            except ValueError:
                how = f"signal {-self.exitcode}"
            if self.exitcode == -signal.SIGKILL:
                how += ", as an out-of-memory kill does"
        tries = "once" if self.attempts == 1 else f"on each of {self.attempts} attempts"
        return f"the worker process extracting it died {tries} ({how})"


class WorkerFailed(RuntimeError):
    """The task's function raised; the worker's traceback is the message."""


@dataclass
class _Task(Generic[T]):
    index: int
    item: T
    attempts: int = 0


class _Worker:
    def __init__(self, context: Any, func: Callable[[Any], Any]) -> None:
        ours, theirs = context.Pipe(duplex=True)
        self.conn: Connection = ours
        self.process: BaseProcess = context.Process(
            target=_work, args=(theirs, func, os.getpid()), daemon=True, name="forcewatch-worker"
        )
        self.process.start()
        theirs.close()
        self.task: _Task[Any] | None = None

    def stop(self, *, wait_for: float) -> None:
        if wait_for > 0 and self.process.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(wait_for)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


def imap(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    window: int | None = None,
    retries: int = 1,
) -> Iterator[tuple[T, R | Died]]:
    """Each item with ``func(item)`` run in one of ``jobs`` worker processes, in input order; a
    task whose worker died ``retries + 1`` times comes back with a :class:`Died` instead.

    ``func`` must be picklable (a module-level function, or a ``functools.partial`` of one) when
    the start method is not ``fork``; it should turn its own failures into results, since an
    exception it raises stops the iteration (as :class:`WorkerFailed`)."""
    # fork where it is safe and fast (workers share the parent's loaded modules), as
    # ProcessPoolExecutor did on Linux; spawn elsewhere
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    window = max(window or jobs * 4, jobs)
    source = iter(items)
    exhausted = False
    pending: deque[_Task[T]] = deque()
    done: dict[int, tuple[T, R | Died]] = {}
    idle: list[_Worker] = []
    busy: list[_Worker] = []
    read = given = 0
    finished = False
    try:
        while True:
            while not exhausted and read - given < window:
                try:
                    pending.append(_Task(read, next(source)))
                    read += 1
                except StopIteration:
                    exhausted = True
            while given in done:
                yield done.pop(given)
                given += 1
            if exhausted and given == read:
                finished = True
                return
            while pending and (idle or len(busy) < jobs):
                worker = idle.pop() if idle else _Worker(context, func)
                task = pending.popleft()
                task.attempts += 1
                worker.task = task
                busy.append(worker)
                # a worker that died before it took the task is found by its sentinel below
                with contextlib.suppress(OSError):
                    worker.conn.send((task.index, task.item))
            if not busy:
                continue
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
            for worker in [w for w in busy if w.conn in ready or w.process.sentinel in ready]:
                running: _Task[T] | None = worker.task
                assert running is not None
                outcome = _receive(worker)
                busy.remove(worker)
                worker.task = None
                if outcome is not None:
                    index, ok, value = outcome
                    if not ok:
                        raise WorkerFailed(value)
                    done[index] = (running.item, value)
                    if worker.process.is_alive():
                        idle.append(worker)
                    else:  # killed after it answered: its next task must not pay for it
                        worker.stop(wait_for=0)
                    continue
                worker.stop(wait_for=0)
                if running.attempts <= retries:
                    pending.appendleft(running)
                else:
                    died = Died(running.attempts, worker.process.exitcode)
                    done[running.index] = (running.item, died)
    finally:
        for worker in idle + busy:
            worker.stop(wait_for=5 if finished else 0)


def _receive(worker: _Worker) -> tuple[int, bool, Any] | None:
    """The worker's answer, or None when it died without one."""
    try:
        if worker.conn.poll():
            answer: tuple[int, bool, Any] = worker.conn.recv()
            return answer
    except (EOFError, OSError):
        pass
    worker.process.join(5)
    return None


def _work(conn: Connection, func: Callable[[Any], Any], parent: int) -> None:
    """A worker's life: take a task, answer, until told to stop (None) or the pipe closes."""
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, item = task
        try:
            answer: tuple[int, bool, Any] = (index, True, func(item))
        except Exception:
            answer = (index, False, traceback.format_exc())
        try:
            conn.send(answer)
        except Exception:  # an answer that cannot be pickled: say why instead
            conn.send((index, False, traceback.format_exc()))


def _die_with(parent: int) -> None:
    """Make this process die when ``parent`` does, ``kill -9`` included."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the call took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="forcewatch-parent-watch").start()
