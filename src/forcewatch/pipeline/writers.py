"""The one writer of a run: reports, rejections and shard completion markers, in batches.

Workers only compute; what they send back is written here, in input order, ``batch_size``
reports a transaction (or every few seconds, whichever comes first), so a run killed at any
moment loses only its last uncommitted batch and a relaunch redoes only that. A shard's
completion marker is written with the batch that holds its last report, and only when none of
its reports was refused: a shard with a rejection is read again by the next run (its stored
reports skipped), as a refused report is tried again.

Two sinks: a database (:class:`StoreSink`), or Parquet files in a folder (:class:`ParquetSink`,
``--to parquet DIR``) for cluster jobs that write files; :func:`load` brings such a folder into a
database later, through the same batches. Each sink has its ``prepare``, a module-level function
from a report to what the sink writes of it (its rows: compressed bytes, encoded JSON, search
words...), which the workers run as the last step (``steps.Prepare``): the one writer, which
every worker waits for in the end, only executes the inserts.
"""

from __future__ import annotations

import json
import os
import socket
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from forcewatch.errors import UsageError
from forcewatch.pipeline.steps import Report
from forcewatch.records import Extraction, RawPage, Rejection, Stage
from forcewatch.store.rows import ReportRows, report_rows, sha256

if TYPE_CHECKING:
    from forcewatch.merge.run import MergeSummary
    from forcewatch.store import Store
    from forcewatch.store.models import Run as StoredRun

__all__ = ["IngestCounts", "ParquetRow", "ParquetSink", "Sink", "StoreSink", "Writer", "load"]

Outcome = tuple[int, int | None] | None
"""A report's outcome in the sink: its document id and the one it is a near-copy of; None when
it was stored before."""


@dataclass
class IngestCounts:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    relevant: int = 0
    rejected: int = 0
    shards: int = 0
    shards_skipped: int = 0
    steps: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)
    """Per step: reports kept and refused, and seconds spent (summed over workers)."""
    write_seconds: float = 0.0
    write_cpu: float = 0.0
    """CPU seconds of the writer's thread in the sink (``write_seconds`` less waiting)."""
    merge: MergeSummary | None = field(default=None, repr=False)
    run_id: int | None = None
    # earlier runs found "running" with their process gone (killed), now marked "interrupted"
    interrupted: list[StoredRun] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict[str, int]:
        return {
            "read": self.read,
            "new": self.new,
            "duplicate": self.duplicate,
            "near_duplicate": self.near_duplicate,
            "relevant": self.relevant,
            "rejected": self.rejected,
        }

    def ledger(self) -> dict[str, Any]:
        """What the run ledger keeps: the counts, the shards and each step's counts."""
        steps = {
            name: {k: round(v, 3) if k in ("seconds", "cpu") else int(v) for k, v in values.items()}
            for name, values in self.steps.items()
        }
        return {
            **self.as_dict(),
            "shards": self.shards,
            "shards_skipped": self.shards_skipped,
            "steps": {
                **steps,
                "write": {"seconds": round(self.write_seconds, 3), "cpu": round(self.write_cpu, 3)},
            },
        }

    def line(self) -> str:
        text = (
            f"read {self.read}, new {self.new}, duplicate {self.duplicate} "
            f"(near-copies {self.near_duplicate}), relevant {self.relevant}, "
            f"rejected {self.rejected}"
        )
        if self.shards_skipped:
            text += f"; {self.shards_skipped} of {self.shards} shards done before, skipped"
        if self.merge is not None:
            text += (
                f"; merge: {self.merge.mentions} mentions, {self.merge.new_incidents} new "
                f"incidents, {self.merge.incidents} incidents in all"
            )
        return text


class Prepared(Protocol):
    """What a sink writes of a report, as its ``prepare`` made it."""

    @property
    def sha256(self) -> str: ...

    @property
    def relevant(self) -> bool: ...


P = TypeVar("P", bound=Prepared)


class Sink(ABC, Generic[P]):
    """Where a run's results go. ``prepare(page, extraction, simhash)``: what it writes of a
    report, a module-level function (it is sent to the workers)."""

    prepare: Callable[[RawPage, Extraction, int | None], P]

    @abstractmethod
    def start_run(self, command: str, args: Sequence[str]) -> int | None: ...

    @abstractmethod
    def finish_run(self, run_id: int | None, counts: dict[str, Any], status: str) -> None: ...

    @abstractmethod
    def known(self, digest: str) -> bool: ...

    @abstractmethod
    def done_shards(self, keys: Sequence[str]) -> dict[str, int]: ...

    @abstractmethod
    def write(
        self,
        reports: Sequence[P],
        rejections: Sequence[Rejection],
        shards: Sequence[tuple[str, int]],
        run_id: int | None,
    ) -> list[Outcome]: ...


class StoreSink(Sink[ReportRows]):
    prepare = staticmethod(report_rows)

    def __init__(self, store: Store) -> None:
        self.store = store

    def start_run(self, command: str, args: Sequence[str]) -> int | None:
        from forcewatch.pipeline.runs import this_process

        return self.store.start_run(command, args, this_process())

    def finish_run(self, run_id: int | None, counts: dict[str, Any], status: str) -> None:
        if run_id is not None:
            self.store.finish_run(run_id, counts, status=status)

    def known(self, digest: str) -> bool:
        return self.store.known(digest)

    def done_shards(self, keys: Sequence[str]) -> dict[str, int]:
        return self.store.done_shards(keys)

    def write(
        self,
        reports: Sequence[ReportRows],
        rejections: Sequence[Rejection],
        shards: Sequence[tuple[str, int]],
        run_id: int | None,
    ) -> list[Outcome]:
        return self.store.write_batch(reports, rejections, shards, run_id)


PARQUET_COLUMNS = (
    "kind", "origin", "sha256", "name", "url", "published", "media_type", "data", "extraction",
    "simhash", "stage", "code", "reason", "run",
)  # fmt: skip
SHARDS_FILE = "_shards.jsonl"
RUNS_FILE = "_runs.jsonl"


@dataclass(frozen=True, slots=True)
class ParquetRow:
    """A report's row in a Parquet part (``PARQUET_COLUMNS`` but ``run``)."""

    values: dict[str, Any]
    relevant: bool

    @property
    def sha256(self) -> str:
        digest: str = self.values["sha256"]
        return digest


def parquet_row(page: RawPage, extraction: Extraction, value: int | None) -> ParquetRow:
    """A report as a Parquet row: its raw bytes, and its whole extraction as JSON."""
    values = {
        "kind": "report", "origin": page.name, "sha256": sha256(page.data), "name": page.name,
        "url": page.url, "published": page.published, "media_type": page.media_type,
        "data": page.data, "extraction": extraction.model_dump_json(),
        "simhash": None if value is None else str(value),
    }  # fmt: skip
    return ParquetRow(values, extraction.relevance.relevant)


class ParquetSink(Sink[ParquetRow]):
    """Parquet files in ``folder``: ``part-<run>-<n>.parquet``, one a batch, each row a report
    (raw bytes and its extraction as JSON) or a rejection; ``_shards.jsonl`` the completion
    markers, ``_runs.jsonl`` the run ledger. A part is written beside its name and renamed into
    place, and its shards marked after: a killed job leaves whole parts only."""

    prepare = staticmethod(parquet_row)

    def __init__(self, folder: Path) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError(
                "--to parquet needs pyarrow: pip install 'forcewatch[parquet]'"
            ) from None
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.run = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"
        self.parts = 0
        self._digests = set(_column(parts(folder), "sha256", kind="report"))

    def start_run(self, command: str, args: Sequence[str]) -> int | None:
        self._ledger({"run": self.run, "command": command, "args": list(args), "status": "running",
                      "host": socket.gethostname(), "pid": os.getpid()})  # fmt: skip
        return None

    def finish_run(self, run_id: int | None, counts: dict[str, Any], status: str) -> None:
        self._ledger({"run": self.run, "status": status, "counts": counts})

    def _ledger(self, entry: dict[str, Any]) -> None:
        entry["at"] = datetime.now(UTC).isoformat(timespec="seconds")
        with (self.folder / RUNS_FILE).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def known(self, digest: str) -> bool:
        return digest in self._digests

    def done_shards(self, keys: Sequence[str]) -> dict[str, int]:
        marks = self.folder / SHARDS_FILE
        if not marks.exists():
            return {}
        wanted = set(keys)
        found = {}
        for line in marks.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry["key"] in wanted:
                found[entry["key"]] = int(entry["reports"])
        return found

    def write(
        self,
        reports: Sequence[ParquetRow],
        rejections: Sequence[Rejection],
        shards: Sequence[tuple[str, int]],
        run_id: int | None,
    ) -> list[Outcome]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows: list[dict[str, Any]] = []
        outcomes: list[Outcome] = []
        for report in reports:
            if report.sha256 in self._digests:
                outcomes.append(None)
                continue
            self._digests.add(report.sha256)
            outcomes.append((0, None))
            rows.append({**report.values, "run": self.run})
        for rejection in rejections:
            rows.append({
                "kind": "rejection", "origin": rejection.item, "stage": str(rejection.stage),
                "code": rejection.code, "reason": rejection.reason, "run": self.run,
            })  # fmt: skip
        if rows:
            table = pa.Table.from_pylist(
                [{c: row.get(c) for c in PARQUET_COLUMNS} for row in rows], schema=_schema()
            )
            self.parts += 1
            path = self.folder / f"part-{self.run}-{self.parts:05d}.parquet"
            partial = path.with_suffix(".parquet.partial")
            pq.write_table(table, partial)
            os.replace(partial, path)
        if shards:
            with (self.folder / SHARDS_FILE).open("a", encoding="utf-8") as handle:
                for key, n in shards:
                    handle.write(json.dumps({"key": key, "reports": n}) + "\n")
        return outcomes


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([(c, pa.binary() if c == "data" else pa.string()) for c in PARQUET_COLUMNS])


def parts(folder: Path) -> list[Path]:
    """The folder's parts, in the order they were written."""
    return sorted(folder.glob("part-*.parquet"))


def _column(paths: list[Path], name: str, *, kind: str) -> list[str]:
    import pyarrow.parquet as pq

    values: list[str] = []
    for path in paths:
        table = pq.read_table(path, columns=["kind", name])
        values.extend(v for k, v in zip(*table.to_pydict().values(), strict=True) if k == kind)
    return values


class Writer:
    """Buffers what the workers send back and writes it to the sink in batches, counting."""

    def __init__(
        self,
        sink: Sink[Any],
        run_id: int | None,
        counts: IngestCounts,
        *,
        batch_size: int,
        flush_seconds: float = 5.0,
    ) -> None:
        self.sink = sink
        self.run_id = run_id
        self.counts = counts
        self.batch_size = max(1, batch_size)
        self.flush_seconds = flush_seconds
        self._reports: list[Prepared] = []
        self._rejections: list[Rejection] = []
        self._shards: list[tuple[str, int]] = []
        self._refused_in_shard = False
        self._last = time.monotonic()

    def add(self, report: Report) -> None:
        if not report.marker:
            self.counts.read += 1
        if report.rejection is not None:
            self._rejections.append(report.rejection)
            self.counts.rejected += 1
            self._refused_in_shard = True
        elif report.duplicate:
            self.counts.duplicate += 1
        elif report.prepared is not None:  # by the workers (steps.Prepare)
            self._reports.append(report.prepared)
        elif report.extraction is not None and report.page is not None:
            self._reports.append(self.sink.prepare(report.page, report.extraction, report.simhash))
        elif not report.marker:  # a report no step finished: a bug, stored as one
            rejection = Rejection(
                item=report.origin, stage=Stage.WRITE, code="FW900",
                reason="internal error: the report reached the writer unextracted",
            )  # fmt: skip
            self._rejections.append(rejection)
            self.counts.rejected += 1
            self._refused_in_shard = True
        if report.done is not None:
            if report.done.shard.key is not None and not self._refused_in_shard:
                self._shards.append((report.done.shard.key, report.done.reports))
            self._refused_in_shard = False
        waiting = len(self._reports) + len(self._rejections)
        if waiting >= self.batch_size or (
            waiting and time.monotonic() - self._last >= self.flush_seconds
        ):
            self.flush()

    def flush(self) -> None:
        if not (self._reports or self._rejections or self._shards):
            return
        begun, cpu = time.perf_counter(), time.thread_time()
        outcomes = self.sink.write(self._reports, self._rejections, self._shards, self.run_id)
        self.counts.write_seconds += time.perf_counter() - begun
        self.counts.write_cpu += time.thread_time() - cpu
        for prepared, stored in zip(self._reports, outcomes, strict=True):
            if stored is None:
                self.counts.duplicate += 1
            else:
                self.counts.new += 1
                self.counts.relevant += prepared.relevant
                self.counts.near_duplicate += stored[1] is not None
        self._reports, self._rejections, self._shards = [], [], []
        self._last = time.monotonic()


def load(
    folder: Path,
    store: Store,
    *,
    batch_size: int = 100,
    merge: bool = True,
    args: Sequence[str] | None = None,
) -> IngestCounts:
    """Bring the Parquet parts of ``folder`` (``--to parquet``) into ``store``: reports already
    stored are skipped (loading twice stores no report twice), the rejections are recorded with
    this load's run (as each ingest run records its own), then the merge."""
    import pyarrow.parquet as pq

    from forcewatch.merge.run import run_merge
    from forcewatch.pipeline.runs import interrupt_stale_runs

    found = parts(folder)
    if not found:
        raise UsageError(f"{folder}: no part-*.parquet files (written by ingest --to parquet)")
    counts = IngestCounts()
    counts.interrupted = interrupt_stale_runs(store)
    sink = StoreSink(store)
    run_id = counts.run_id = sink.start_run("load", list(args or [str(folder)]))
    writer = Writer(sink, run_id, counts, batch_size=batch_size, flush_seconds=float("inf"))
    try:
        for path in found:
            for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size):
                for row in batch.to_pylist():
                    writer.add(_report(row))
        writer.flush()
        if merge:
            counts.merge = run_merge(store.serialized())
    except BaseException as exc:
        status = "interrupted" if isinstance(exc, KeyboardInterrupt | SystemExit) else "failed"
        sink.finish_run(run_id, counts.ledger(), status)
        raise
    sink.finish_run(run_id, counts.ledger(), "finished")
    return counts


def _report(row: dict[str, Any]) -> Report:
    if row["kind"] == "rejection":
        rejection = Rejection(
            item=row["origin"], stage=Stage(row["stage"]), code=row["code"], reason=row["reason"]
        )
        return Report(origin=row["origin"], rejection=rejection)
    page = RawPage(
        data=row["data"], name=row["name"], url=row["url"], published=row["published"],
        media_type=row["media_type"],
    )  # fmt: skip
    extraction = Extraction.model_validate_json(row["extraction"])
    value = int(row["simhash"]) if row.get("simhash") else None
    return Report(origin=row["origin"], page=page, extraction=extraction, simhash=value)
