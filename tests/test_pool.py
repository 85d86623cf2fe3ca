"""The worker pool: input order, a worker killed by the kernel costs only its task (retried once),
errors are raised, and no worker outlives the pool."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from forcewatch.pipeline.pool import Died, WorkerFailed, imap


def square_or_die(task: tuple[int, str | None]) -> tuple[int, int]:
    """Squares n; SIGKILLs its own process when told to, or only the first time when the marker
    file it names is absent (then it leaves the marker)."""
    n, how = task
    if how == "always":
        os.kill(os.getpid(), signal.SIGKILL)
    if how is not None and how != "always" and not Path(how).exists():
        Path(how).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n, os.getpid()


def fail(n: int) -> int:
    raise ValueError(f"no {n}")


def test_pool_keeps_input_order() -> None:
    tasks = [(n, None) for n in range(20)]
    results = list(imap(square_or_die, tasks, jobs=2, window=3))
    assert [item for item, _ in results] == tasks
    assert [value[0] for _, value in results] == [n * n for n in range(20)]  # type: ignore[index]
    assert len({value[1] for _, value in results}) == 2  # type: ignore[index]


def test_pool_worker_killed_costs_only_its_task(tmp_path: Path) -> None:
    once = str(tmp_path / "died-once")
    tasks: list[tuple[int, str | None]] = [(n, None) for n in range(8)]
    tasks[2] = (2, "always")
    tasks[5] = (5, once)
    results = dict(imap(square_or_die, tasks, jobs=2))
    died = results[(2, "always")]
    assert died == Died(attempts=2, exitcode=-signal.SIGKILL)
    assert "out-of-memory" in died.reason() and died.code == "FW901"
    assert results[(5, once)][0] == 25  # type: ignore[index]  # died once, then done
    assert all(results[(n, None)][0] == n * n for n in (0, 1, 3, 4, 6, 7))  # type: ignore[index]


def test_pool_function_errors_are_raised() -> None:
    with pytest.raises(WorkerFailed, match="ValueError: no 3"):
        list(imap(fail, [3], jobs=2))


def test_pool_no_worker_outlives_it() -> None:
    pids: set[int] = set()
    for _, value in imap(square_or_die, [(n, None) for n in range(6)], jobs=2):
        pids.add(value[1])  # type: ignore[index]
        break  # the caller stops early: the pool's workers are stopped
    pids |= {value[1] for _, value in imap(square_or_die, [(1, None)], jobs=2)}  # type: ignore[index]
    for pid in pids:
        assert not _alive(pid)


def _alive(pid: int) -> bool:
    """Running, and not a zombie waiting for a parent to reap it."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:
        return True
