"""``forcewatch ingest``: sources -> shards -> the steps -> one writer -> merge.

The sources are cut into shards (``pipeline.shards``: runs of files, ranges of JSON Lines and of
WARC records); each shard's reports go through the same steps (``pipeline.steps``: read, skip
the stored, clean, extract) on an executor (``pipeline.executors``: this process, a process pool,
or Dask), and come back to one writer (``pipeline.writers``), which stores them in batches, in
input order, with their rejections and the shards' completion markers. A relaunch skips the
shards completed before and the reports stored before (content hash), so an ingest killed at any
moment, ``kill -9`` included, loses nothing committed and duplicates nothing. Each ingest is a
run in the ledger (``forcewatch runs``): its status, counts, each step's counts and its shards.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from forcewatch.errors import UsageError
from forcewatch.merge.run import run_merge
from forcewatch.pipeline.executors import Executor, InProcess, ProcessPool
from forcewatch.pipeline.runs import interrupt_stale_runs
from forcewatch.pipeline.shards import Shard, plan_shards
from forcewatch.pipeline.steps import (
    Apply,
    Clean,
    Extract,
    KnownIn,
    Pipeline,
    Prepare,
    Read,
    Report,
    SkipKnown,
    Step,
    add_counts,
)
from forcewatch.pipeline.writers import IngestCounts, ParquetSink, Sink, StoreSink, Writer
from forcewatch.records import Extraction, RawPage, Rejection
from forcewatch.settings import DEFAULT, Settings
from forcewatch.store import Store

__all__ = ["IngestCounts", "ingest"]

Extract_ = Callable[[RawPage, Settings], Extraction | Rejection]


def _extract(page: RawPage, settings: Settings) -> Extraction | Rejection:
    """One page cleaned and extracted, or its rejection (what a worker does with a report)."""
    [report], _ = Pipeline([Clean(settings), Extract(settings)])([Report(page.name, page=page)])
    if report.rejection is not None:
        return report.rejection
    assert report.extraction is not None
    return report.extraction


MANIFEST = "manifest.jsonl"


def load_manifests(sources: list[str]) -> dict[str, dict[str, str]]:
    """Hints for files in folders: a ``manifest.jsonl`` in a folder, one object per line with
    ``path`` (relative to the folder) and any of ``published``, ``url``. Crawls often keep such
    metadata beside the pages; a plain-text wire story has no other way to say its date."""
    hints: dict[str, dict[str, str]] = {}
    for source in sources:
        folder = Path(source)
        manifest = folder / MANIFEST
        if not folder.is_dir() or not manifest.is_file():
            continue
        for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                hints[str(folder / entry["path"])] = {
                    k: str(v) for k, v in entry.items() if k in ("published", "url") and v
                }
            except (json.JSONDecodeError, KeyError, TypeError):
                raise UsageError(
                    f'{manifest}:{number}: not a manifest line (needs a JSON object with "path")'
                ) from None
    return hints


def ingest(
    sources: list[str],
    store: Store | None,
    *,
    settings: Settings = DEFAULT,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    merge: bool = True,
    args: list[str] | None = None,
    progress: TextIO | None = None,
    extract: Extract_ | None = None,
    executor: Executor | None = None,
    to: Path | None = None,
    shard_size: int = 100,
    batch_size: int = 100,
    **source_options: Any,
) -> IngestCounts:
    """Ingest ``sources`` into ``store`` (or, with ``to``, into Parquet files in that folder).

    ``executor``: where the steps run (default: this process, or a pool of ``settings.jobs``
    processes). ``extract`` replaces cleaning and extraction by one function, page -> extraction
    or rejection (in a worker process: picklable, a module-level function). ``source_options``
    (``fetcher``, ``stdin``) go to the reading of URLs and stdin."""
    if store is None and to is None:
        raise UsageError("ingest needs a database or --to parquet DIR")
    sink: Sink[Any] = ParquetSink(to) if to is not None else StoreSink(_given(store))
    counts = IngestCounts()
    if store is not None and to is None:
        counts.interrupted = interrupt_stale_runs(store)
    run_id = counts.run_id = sink.start_run("ingest", args or sources)
    own = executor is None
    if executor is None:
        executor = ProcessPool(settings.jobs) if settings.jobs > 1 else InProcess()
    heavy: list[Step] = [
        *([Apply(extract, settings)] if extract else [Clean(settings), Extract(settings)]),
        Prepare(sink.prepare),
    ]
    writer = Writer(sink, run_id, counts, batch_size=batch_size)
    bar = _progress(progress)
    try:
        shards = _todo(
            plan_shards(
                sources,
                shard_size=shard_size,
                include=include,
                exclude=[*(exclude or []), MANIFEST],
                hints=load_manifests(sources),
            ),
            sink,
            counts,
        )
        read = Read(max_bytes=settings.max_bytes, **source_options)
        if executor.reads_shards:
            known = KnownIn(_given(store).url) if to is None else None
            pipeline = Pipeline([Read(max_bytes=settings.max_bytes), SkipKnown(known), *heavy])
            tasks = _shard_tasks(shards, read, shard_size)
        else:
            pipeline = Pipeline(heavy)
            here = Pipeline([read, SkipKnown(sink.known)])
            tasks = ([r] for r in here.stream(Report(str(s), shard=s) for s in shards))
        for reports, step_counts in executor.map(pipeline, tasks):
            add_counts(counts.steps, step_counts)
            for report in reports:
                writer.add(report)
            bar(counts)
        writer.flush()
        if not executor.reads_shards:
            add_counts(counts.steps, {"read": read.counts(), "skipknown": here.steps[1].counts()})
        if merge and store is not None and to is None:
            counts.merge = run_merge(store.serialized())  # one merge at a time
    except BaseException as exc:  # the run's status says it did not finish, and why
        status = "interrupted" if isinstance(exc, KeyboardInterrupt | SystemExit) else "failed"
        sink.finish_run(run_id, counts.ledger(), status)
        raise
    finally:
        if own:
            executor.close()
    sink.finish_run(run_id, counts.ledger(), "finished")
    bar(counts, done=True)
    return counts


def _given(store: Store | None) -> Store:
    assert store is not None
    return store


def _todo(shards: Iterable[Shard], sink: Sink[Any], counts: IngestCounts) -> Iterator[Shard]:
    """The shards not completed by an earlier run; a skipped shard's reports count as read and
    as duplicates, as they would if they were read again."""
    batch: list[Shard] = []

    def check() -> Iterator[Shard]:
        done = sink.done_shards([s.key for s in batch if s.key is not None])
        for shard in batch:
            counts.shards += 1
            if shard.key is not None and shard.key in done:
                counts.shards_skipped += 1
                counts.read += done[shard.key]
                counts.duplicate += done[shard.key]
            else:
                yield shard
        batch.clear()

    for shard in shards:
        batch.append(shard)
        if len(batch) >= 200:
            yield from check()
    yield from check()


def _shard_tasks(shards: Iterable[Shard], read: Read, size: int) -> Iterator[list[Report]]:
    """Tasks for executors whose workers read: a shard each; sources read as a whole (stdin,
    URLs) are read here and sent ``size`` reports a task."""
    for shard in shards:
        if shard.kind != "whole":
            yield [Report(str(shard), shard=shard)]
            continue
        chunk: list[Report] = []
        for report in read([Report(str(shard), shard=shard)]):
            chunk.append(report)
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk


def _progress(stream: TextIO | None) -> Callable[..., None]:
    """A progress bar with the counts on a terminal (tqdm); nothing when not interactive."""
    if stream is None or not stream.isatty():
        return lambda counts, done=False: None
    from tqdm import tqdm

    bar = tqdm(file=stream, unit=" reports", dynamic_ncols=True)

    def update(counts: IngestCounts, done: bool = False) -> None:
        bar.n = counts.read
        bar.set_postfix(
            new=counts.new,
            dup=counts.duplicate,
            relevant=counts.relevant,
            rejected=counts.rejected,
            refresh=False,
        )
        bar.refresh()
        if done:
            bar.close()

    return update
