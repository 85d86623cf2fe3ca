"""Executors: one interface, three ways to run a :class:`~forcewatch.pipeline.steps.Pipeline`.

``executor.map(pipeline, tasks)`` runs the pipeline on each task (a list of reports) and yields
each task's reports and step counts, in input order, at most a window of tasks ahead:

- :class:`InProcess`: here, one task after the other;
- :class:`ProcessPool`: ``jobs`` worker processes (``pipeline.pool``); a task whose worker the
  kernel kills is run once more, and if it dies again its reports come back refused (FW901);
- :class:`Dask`: a Dask cluster, a local one (``workers`` processes) or one at a scheduler's
  address. Its workers read their shards themselves (``reads_shards``): the files must be where
  they can open them (a shared file system). A task whose worker dies is run again on another
  (the scheduler's ``allowed-failures``, 1 on a cluster started here), then once more on its own
  (a shard the scheduler moved with the one that kills its workers dies with it), then refused
  (FW901).

The local executors' tasks are single reports, read in this process, so that a worker's death
costs only its report; Dask's are whole shards, so that the pages need not travel.
"""

from __future__ import annotations

import contextlib
import logging
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from forcewatch.errors import UsageError, WorkerDied
from forcewatch.pipeline.pool import Died, imap
from forcewatch.pipeline.steps import Done, Pipeline, Report
from forcewatch.records import Rejection, Stage

__all__ = ["Dask", "Executor", "InProcess", "ProcessPool", "executor_for"]

Result = tuple[list[Report], dict[str, Any]]


class Executor(ABC):
    workers: int = 1
    reads_shards: bool = False
    """Its workers read shards themselves; else reports are read here and sent one a task."""

    @abstractmethod
    def map(self, pipeline: Pipeline, tasks: Iterable[list[Report]]) -> Iterator[Result]: ...

    def close(self) -> None:
        return None

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class InProcess(Executor):
    def map(self, pipeline: Pipeline, tasks: Iterable[list[Report]]) -> Iterator[Result]:
        return map(pipeline, tasks)


class ProcessPool(Executor):
    def __init__(self, jobs: int) -> None:
        self.workers = jobs

    def map(self, pipeline: Pipeline, tasks: Iterable[list[Report]]) -> Iterator[Result]:
        for task, result in imap(pipeline, tasks, jobs=self.workers):
            yield (died(task, result.reason()), {}) if isinstance(result, Died) else result


def died(task: list[Report], reason: str) -> list[Report]:
    """The task's reports refused: the worker running them died (each time it was tried). The
    writer marks no shard with a rejection complete: a relaunch reads it again."""
    out = []
    for report in task:
        lost = report.shard  # a shard not read: one rejection stands for it, and closes it
        if lost is not None:
            report = Report(origin=str(lost), done=Done(lost, 0))
        if lost is not None or (
            report.rejection is None and not report.duplicate and not report.marker
        ):
            report.rejection = Rejection(
                item=report.origin, stage=Stage.EXTRACT, code=WorkerDied.code, reason=reason
            )
        out.append(report)
    return out


QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}
"""Dask's own monitoring, slowed down on a cluster started here: its defaults (a sampling profiler
in each worker every 10 ms, an event-loop tick every 20 ms, system metrics every 500 ms) cost
each idle process 3-7% of a core, and what the main process spends is taken from the workers
on a machine with a core for each (scripts: benchmarks/scaling.py)."""


class Dask(Executor):
    reads_shards = True

    def __init__(self, client: Any, *, owned: Any = None, window: int | None = None) -> None:
        self.client = client
        self._owned = owned  # the LocalCluster started here, closed with the executor
        workers = len(client.scheduler_info().get("workers", {})) or 1
        self.workers = workers
        self.window = window or 2 * workers + 2

    @classmethod
    def start(
        cls, *, scheduler: str | None = None, workers: int | None = None, memory: str | None = None
    ) -> Dask:
        """A client of the scheduler at ``scheduler``, or of a local cluster of ``workers``
        processes (one thread each) with ``memory`` each ("2GB"; None: Dask's share)."""
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError(
                "--engine dask needs Dask: pip install 'forcewatch[dask]' (dask[distributed])"
            ) from None
        if scheduler:
            return cls(Client(scheduler))  # type: ignore[no-untyped-call]
        # a worker holds one shard at a time (saturation 1.0, one thread): when a shard kills its
        # worker, no other shard queued on that worker is charged with the death and refused
        settings = {
            "distributed.scheduler.allowed-failures": 1,
            "distributed.scheduler.worker-saturation": 1.0,
            **QUIET,
        }
        with dask.config.set(settings):
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers or 1,
                threads_per_worker=1,
                processes=True,
                memory_limit=memory or "auto",
                dashboard_address=":0",  # any free port: no warning when 8787 is taken
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)  # type: ignore[no-untyped-call]
        return cls(client, owned=cluster)

    def map(self, pipeline: Pipeline, tasks: Iterable[list[Report]]) -> Iterator[Result]:
        from distributed.scheduler import KilledWorker

        source = iter(tasks)
        running: deque[tuple[list[Report], Any]] = deque()
        try:
            while True:
                while len(running) < self.window:
                    task = next(source, None)
                    if task is None:
                        break
                    running.append((task, self.client.submit(_run, pipeline, task, pure=False)))
                if not running:
                    return
                task, future = running.popleft()
                try:
                    yield future.result()
                except KilledWorker:
                    # a shard that shared a dying worker with the one that killed it is charged
                    # with the deaths too (the scheduler moves a dead worker's shards together):
                    # once more on its own, before it is refused
                    yield self._alone(pipeline, task)
        finally:
            for _, future in running:
                future.cancel()

    def _alone(self, pipeline: Pipeline, task: list[Report]) -> Result:
        from distributed.scheduler import KilledWorker

        future = self.client.submit(_run, pipeline, task, pure=False)
        try:
            return future.result()  # type: ignore[no-any-return]
        except KilledWorker as exc:
            return died(task, _killed(exc)), {}

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()
        if self._owned is not None:
            with contextlib.suppress(Exception):
                self._owned.close()


def _run(pipeline: Pipeline, task: list[Report]) -> tuple[list[Report], dict[str, Any]]:
    return pipeline(task)


def _killed(exc: Exception) -> str:
    return f"the worker process extracting it died on each attempt ({type(exc).__name__}: {exc})"


def executor_for(
    engine: str,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    workers: int | None = None,
    memory: str | None = None,
) -> Executor:
    if engine == "dask":
        return Dask.start(scheduler=scheduler, workers=workers or jobs, memory=memory)
    if engine != "local":
        raise UsageError(f"--engine must be local or dask, not {engine!r}")
    if scheduler:
        raise UsageError("--scheduler needs --engine dask")
    jobs = workers or jobs
    return ProcessPool(jobs) if jobs > 1 else InProcess()
