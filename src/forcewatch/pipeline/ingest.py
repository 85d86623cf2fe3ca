"""``forcewatch ingest``: sources -> raw pages -> documents and mentions in the store -> merge.

Each report is stored in its own transaction (raw page, document, mentions together), so an
ingest killed at any moment, ``kill -9`` included, leaves only whole reports; running it again
skips them by content hash and stores the rest. Reports that cannot be read or cleaned become
rejections, stored with their reason, and the run goes on. Extraction can run in a process pool
(``jobs``); writes stay in this process, one writer, in input order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from forcewatch.errors import ForcewatchError, OverBudget, UsageError
from forcewatch.ingest.sources import Item, iter_items
from forcewatch.merge.run import MergeSummary, run_merge
from forcewatch.pipeline import extract_page
from forcewatch.pipeline.pool import Died, imap
from forcewatch.pipeline.runs import interrupt_stale_runs, this_process
from forcewatch.records import Extraction, RawPage, Rejection
from forcewatch.settings import Settings
from forcewatch.store import Store, sha256
from forcewatch.store.models import Run as StoredRun

__all__ = ["IngestCounts", "ingest"]


@dataclass
class IngestCounts:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    relevant: int = 0
    rejected: int = 0
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

    def line(self) -> str:
        text = (
            f"read {self.read}, new {self.new}, duplicate {self.duplicate} "
            f"(near-copies {self.near_duplicate}), relevant {self.relevant}, "
            f"rejected {self.rejected}"
        )
        if self.merge is not None:
            text += (
                f"; merge: {self.merge.mentions} mentions, {self.merge.new_incidents} new "
                f"incidents, {self.merge.incidents} incidents in all"
            )
        return text


Extract = Callable[[RawPage, Settings], Extraction | Rejection]


def _extract(page: RawPage, settings: Settings) -> Extraction | Rejection:
    try:
        return extract_page(page, settings=settings)
    except ForcewatchError as exc:
        stage = "extract" if isinstance(exc, OverBudget) else "clean"
        return Rejection(item=page.name, stage=stage, code=exc.code, reason=exc.message)
    except Exception as exc:  # a bug must not stop the ingest; the rejection names it
        return Rejection(
            item=page.name,
            stage="extract",
            code="FW900",
            reason=f"internal error {type(exc).__name__}: {exc}",
        )


def _in_worker(thing: RawPage | Rejection, settings: Settings, extract: Extract) -> Any:
    return thing if isinstance(thing, Rejection) else extract(thing, settings)


def _extracted(
    items: Iterable[Item], store: Store, settings: Settings, counts: IngestCounts, extract: Extract
) -> Iterator[tuple[RawPage, Extraction | Rejection] | Rejection]:
    """Pages not stored yet, with their extraction, in input order; a pool when jobs > 1, in
    which a report whose worker process dies twice becomes a rejection (FW901)."""

    def fresh() -> Iterator[RawPage | Rejection]:
        seen: set[str] = set()
        for item in items:
            counts.read += 1
            if item.rejection is not None:
                yield item.rejection
                continue
            assert item.page is not None
            digest = sha256(item.page.data)
            if digest in seen or store.known(digest):
                counts.duplicate += 1
                continue
            seen.add(digest)
            yield item.page

    if settings.jobs <= 1:
        for thing in fresh():
            yield thing if isinstance(thing, Rejection) else (thing, extract(thing, settings))
        return
    work = partial(_in_worker, settings=settings, extract=extract)
    for thing, result in imap(work, fresh(), jobs=settings.jobs):
        if isinstance(thing, Rejection):
            yield thing
        elif isinstance(result, Died):
            yield (
                thing,
                Rejection(
                    item=thing.name, stage="extract", code=result.code, reason=result.reason()
                ),
            )
        else:
            yield thing, result


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


def _with_hints(items: Iterable[Item], hints: dict[str, dict[str, str]]) -> Iterator[Item]:
    for item in items:
        hint = hints.get(item.page.name) if item.page is not None else None
        if hint and item.page is not None:
            page = item.page.model_copy(
                update={
                    "published": hint.get("published") or item.page.published,
                    "url": hint.get("url") or item.page.url,
                }
            )
            item = Item(page=page, rejection=None, origin=item.origin)
        yield item


def ingest(
    sources: list[str],
    store: Store,
    *,
    settings: Settings,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    merge: bool = True,
    args: list[str] | None = None,
    progress: TextIO | None = None,
    item_source: Callable[..., Iterable[Item]] | None = None,
    extract: Extract = _extract,
    **source_options: Any,
) -> IngestCounts:
    """``extract`` turns a page into its extraction or a rejection, in a worker process when
    ``settings.jobs`` > 1 (then picklable: a module-level function)."""
    counts = IngestCounts()
    counts.interrupted = interrupt_stale_runs(store)
    run_id = counts.run_id = store.start_run("ingest", args or sources, this_process())
    items = (item_source or iter_items)(
        sources,
        include=include,
        exclude=[*(exclude or []), MANIFEST],
        max_bytes=settings.max_bytes,
        **source_options,
    )
    hints = load_manifests(sources)
    if hints:
        items = _with_hints(items, hints)
    bar = _progress(progress)
    try:
        for outcome in _extracted(items, store, settings, counts, extract):
            if isinstance(outcome, Rejection):
                store.add_rejection(outcome, run_id)
                counts.rejected += 1
            else:
                page, extraction = outcome
                if isinstance(extraction, Rejection):
                    store.add_rejection(extraction, run_id)
                    counts.rejected += 1
                else:
                    stored = store.add_report(page, extraction, run_id)
                    if stored is None:
                        counts.duplicate += 1
                    else:
                        counts.new += 1
                        counts.relevant += extraction.relevance.relevant
                        counts.near_duplicate += stored[1] is not None
            bar(counts)
        if merge:
            counts.merge = run_merge(store.serialized())  # one merge at a time
    except BaseException as exc:  # the run's status says it did not finish, and why
        status = "interrupted" if isinstance(exc, KeyboardInterrupt | SystemExit) else "failed"
        store.finish_run(run_id, counts.as_dict(), status=status)
        raise
    store.finish_run(run_id, counts.as_dict())
    bar(counts, done=True)
    return counts


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
