"""The steps of the flow, each with one signature: reports in, reports out.

    shard -> Read -> SkipKnown -> Clean -> Extract -> Prepare -> (the writer: ``pipeline.writers``)

A step is called on an iterable of :class:`Report` and yields them, as datatrove's pipeline steps
do; it counts the reports it kept and those it refused. :meth:`Step.__call__` is the one wrapper
that turns a failure into a :class:`Rejection` with the step's stage (``records.Stage``) and code
(a forcewatch error keeps its own; anything else is FW900, a bug, named with its exception): the
report carries the rejection to the writer, which stores it, and the batch goes on. A report that
was refused, or is already stored, passes the later steps untouched.

A :class:`Pipeline` is a list of steps; the executors (``pipeline.executors``) run the same list
in this process, in a process pool or on Dask, so no step has a second implementation.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from forcewatch.clean import to_document
from forcewatch.errors import OverBudget
from forcewatch.extractor.mentions import extract_mentions
from forcewatch.ingest.sources import Item, iter_items, iter_part
from forcewatch.pipeline.budget import Expired, over_budget, time_budget
from forcewatch.pipeline.shards import Shard
from forcewatch.records import Document, Extraction, RawPage, Rejection, Stage
from forcewatch.settings import DEFAULT, Settings
from forcewatch.text import simhash

__all__ = [
    "Apply",
    "Clean",
    "Done",
    "Extract",
    "Pipeline",
    "Prepare",
    "Read",
    "Report",
    "SkipKnown",
    "Step",
]


@dataclass(frozen=True)
class Done:
    """Marks the last report of a shard: once it is written, the shard is complete."""

    shard: Shard
    reports: int


@dataclass
class Report:
    """One report on its way through the steps, with what each step made of it."""

    origin: str
    page: RawPage | None = None
    rejection: Rejection | None = None
    shard: Shard | None = None
    """The shard to read, on a report that stands for a whole shard before :class:`Read`."""
    duplicate: bool = False
    """Already stored (:class:`SkipKnown`): nothing more to do."""
    published: str | None = None
    lang: str | None = None
    url: str | None = None
    template: Container[int] = frozenset()
    document: Document | None = None
    extraction: Extraction | None = None
    simhash: int | None = None
    """Of the document's text (near-copies), computed in the worker, not by the writer."""
    prepared: Any = None
    """What the writer's sink writes of it (:class:`Prepare`), in place of page and extraction."""
    done: Done | None = None
    started: float | None = None
    """When its extraction began (``time.monotonic``), for the time budget."""

    @classmethod
    def of(cls, item: Item) -> Report:
        return cls(origin=item.origin, page=item.page, rejection=item.rejection)

    @property
    def pending(self) -> bool:
        """Still to be worked on by the next step."""
        return self.rejection is None and not self.duplicate and self.page is not None

    @property
    def marker(self) -> bool:
        """Only carries a shard's completion (a shard with no report in it)."""
        return (
            self.page is None
            and self.prepared is None
            and self.rejection is None
            and self.shard is None
            and not self.duplicate
        )


class Step:
    """A step: ``step(reports)`` yields every report, each worked on by :meth:`apply` unless it
    is not pending; a failure in :meth:`apply` becomes the report's rejection at ``stage``."""

    stage: ClassVar[Stage]

    def __init__(self) -> None:
        self.kept = 0
        self.rejected = 0
        self.seconds = 0.0
        self.cpu = 0.0
        """CPU seconds of the thread that ran the step (``seconds`` less waiting for a core)."""

    def __call__(self, reports: Iterable[Report]) -> Iterator[Report]:
        for report in reports:
            if not self.wants(report):
                yield report
                continue
            begun, cpu = time.perf_counter(), time.thread_time()
            try:
                self.apply(report)
            except Expired as shot:  # a worker thread's budget that ran out as its block ended
                report.rejection = Rejection.of(shot.over_budget(), report.origin, Stage.EXTRACT)
            except Exception as exc:
                # the time budget is the extraction's, whichever of its steps it ran out in
                stage = Stage.EXTRACT if isinstance(exc, OverBudget) else self.stage
                report.rejection = Rejection.of(exc, report.origin, stage)
            self.seconds += time.perf_counter() - begun
            self.cpu += time.thread_time() - cpu
            if report.rejection is None:
                self.kept += 1
            else:
                self.rejected += 1
            yield report

    def wants(self, report: Report) -> bool:
        return report.pending

    def apply(self, report: Report) -> None:
        raise NotImplementedError

    def counts(self) -> dict[str, float]:
        return {
            "kept": self.kept,
            "rejected": self.rejected,
            "seconds": self.seconds,
            "cpu": self.cpu,
        }

    def reset(self) -> None:
        self.kept = self.rejected = 0
        self.seconds = self.cpu = 0.0


class Read(Step):
    """A report standing for a shard -> the shard's reports (pages, or rejections of what could
    not be read), the last one marking the shard done. Reports already read pass through."""

    stage = Stage.READ

    def __init__(self, *, max_bytes: int = DEFAULT.max_bytes, **source_options: Any) -> None:
        super().__init__()
        self.max_bytes = max_bytes
        self.source_options = source_options
        """``fetcher`` and ``stdin`` for sources read as a whole (``iter_items``)."""

    def __call__(self, reports: Iterable[Report]) -> Iterator[Report]:
        for report in reports:
            if report.shard is None:
                yield report
                continue
            begun, cpu = time.perf_counter(), time.thread_time()
            read = list(self._read(report.shard))
            self.seconds += time.perf_counter() - begun
            self.cpu += time.thread_time() - cpu
            self.kept += sum(r.rejection is None for r in read)
            self.rejected += sum(r.rejection is not None for r in read)
            done = Done(report.shard, len(read))
            if read:
                read[-1].done = done
            else:
                read = [Report(origin=str(report.shard), done=done)]
            yield from read

    def _read(self, shard: Shard) -> Iterator[Report]:
        try:
            yield from self._items(shard)
        except Exception as exc:  # a bug must not stop the run; the rejection names it
            yield Report(origin=str(shard), rejection=Rejection.of(exc, str(shard), self.stage))

    def _items(self, shard: Shard) -> Iterator[Report]:
        if shard.kind == "items":
            yield from map(Report.of, shard.items)
            return
        options = self.source_options if shard.kind == "whole" else {}
        for path in shard.paths:
            if shard.offset is not None:
                items = iter_part(
                    path,
                    shard.kind,
                    offset=shard.offset,
                    first=shard.start,
                    max_bytes=self.max_bytes,
                )
            else:
                items = iter_items([path], max_bytes=self.max_bytes, **options)
            for item in items:
                if shard.past(item.origin):
                    break
                if shard.holds(item.origin):
                    yield Report.of(_hinted(item, shard.hints))


def _hinted(item: Item, hints: dict[str, dict[str, str]]) -> Item:
    hint = hints.get(item.page.name) if item.page is not None else None
    if not hint or item.page is None:
        return item
    page = item.page.model_copy(
        update={
            "published": hint.get("published") or item.page.published,
            "url": hint.get("url") or item.page.url,
        }
    )
    return Item(page=page, rejection=None, origin=item.origin)


class SkipKnown(Step):
    """Reports already stored (the SHA-256 of their bytes), or met before in this run, are
    marked duplicate and not worked on again. ``known`` asks the store; None: only this run."""

    stage = Stage.READ

    def __init__(self, known: Callable[[str], bool] | None = None) -> None:
        super().__init__()
        self.known = known
        self.seen: set[str] = set()

    def apply(self, report: Report) -> None:
        from forcewatch.store import sha256

        assert report.page is not None
        digest = sha256(report.page.data)
        if digest in self.seen or (self.known is not None and self.known(digest)):
            report.duplicate = True
            report.page = None  # nothing of it needs to travel on
            return
        self.seen.add(digest)


@cache
def _store_known(url: str) -> Callable[[str], bool]:
    """Per process: a worker asks the run's database, once opened, what is stored."""
    from forcewatch.store import Store
    from forcewatch.store.engine import make_engine

    return Store(make_engine(url), url).known


@dataclass(frozen=True)
class KnownIn:
    """``known`` for :class:`SkipKnown` in another process: the database at ``url`` (picklable)."""

    url: str

    def __call__(self, digest: str) -> bool:
        return _store_known(self.url)(digest)


class Clean(Step):
    """RawPage -> Document (decoding, main text, chrome and site templates removed, language)."""

    stage = Stage.CLEAN

    def __init__(self, settings: Settings = DEFAULT) -> None:
        super().__init__()
        self.settings = settings

    def apply(self, report: Report) -> None:
        assert report.page is not None
        report.started = time.monotonic()
        with time_budget(self.settings.time_budget, report.page.name):
            report.document = to_document(
                report.page,
                published=report.published,
                lang=report.lang,
                url=report.url,
                default_lang=self.settings.default_lang,
                template=report.template,
            )


class Extract(Step):
    """Document -> relevance and mentions (the :class:`Extraction`), within what is left of the
    report's time budget after its cleaning."""

    stage = Stage.EXTRACT

    def __init__(self, settings: Settings = DEFAULT) -> None:
        super().__init__()
        self.settings = settings

    def wants(self, report: Report) -> bool:
        return report.pending and report.document is not None

    def apply(self, report: Report) -> None:
        assert report.page is not None and report.document is not None
        budget = self.settings.time_budget
        if budget > 0 and report.started is not None:
            left = budget - (time.monotonic() - report.started)
            if left <= 0:  # spent in cleaning
                raise over_budget(budget, report.page.name)
            budget = left
        try:
            with time_budget(budget, report.page.name):
                relevance, mentions = extract_mentions(report.document)
        except OverBudget:  # what was left of it ran out: the report's budget is the whole one
            raise over_budget(self.settings.time_budget, report.page.name) from None
        report.extraction = Extraction(
            source=source_of(report.page),
            document=report.document,
            relevance=relevance,
            mentions=mentions,
        )
        report.simhash = simhash(report.document.text)
        report.document = None  # it travels on inside the extraction


def source_of(page: RawPage) -> dict[str, str]:
    if page.name != "<stdin>" and not page.name.startswith("<"):
        return {"path": page.name}
    return {"name": page.name}


class Prepare(Step):
    """Page and extraction -> what the run's sink writes of them (``prepare``: the sink's, as
    ``writers.StoreSink.prepare``: the rows, with their compressed bytes, encoded JSON and
    search words). Run in the worker, it leaves the one writer only the inserts, and what
    travels back is those rows instead of the page and its records."""

    stage = Stage.WRITE

    def __init__(self, prepare: Callable[[RawPage, Extraction, int | None], Any]) -> None:
        super().__init__()
        self.prepare = prepare

    def wants(self, report: Report) -> bool:
        return report.pending and report.extraction is not None

    def apply(self, report: Report) -> None:
        assert report.page is not None and report.extraction is not None
        report.prepared = self.prepare(report.page, report.extraction, report.simhash)
        report.page = report.extraction = None


class Apply(Step):
    """A whole extraction in one function, ``page, settings -> Extraction | Rejection`` (tests
    and callers that replace cleaning and extraction)."""

    stage = Stage.EXTRACT

    def __init__(
        self, func: Callable[[RawPage, Settings], Extraction | Rejection], settings: Settings
    ) -> None:
        super().__init__()
        self.func = func
        self.settings = settings

    def apply(self, report: Report) -> None:
        assert report.page is not None
        result = self.func(report.page, self.settings)
        if isinstance(result, Rejection):
            report.rejection = result
        else:
            report.extraction = result


@dataclass
class Pipeline:
    """Steps run one after the other on the same reports; calling it runs them all on a list and
    returns every report with each step's counts (what a worker sends back)."""

    steps: Sequence[Step]

    def __call__(self, reports: Iterable[Report]) -> tuple[list[Report], dict[str, Any]]:
        for step in self.steps:
            step.reset()
        stream: Iterable[Report] = reports
        for step in self.steps:
            stream = step(stream)
        out = list(stream)
        return out, {type(step).__name__.lower(): step.counts() for step in self.steps}

    def stream(self, reports: Iterable[Report]) -> Iterator[Report]:
        """The steps chained lazily, in this process (counts stay on the steps)."""
        stream: Iterable[Report] = reports
        for step in self.steps:
            stream = step(stream)
        return iter(stream)


def add_counts(total: dict[str, dict[str, float]], counts: dict[str, dict[str, float]]) -> None:
    for name, values in counts.items():
        into = total.setdefault(name, {})
        for key, value in values.items():
            into[key] = into.get(key, 0) + value
