"""Sources cut into shards: the unit a worker reads, and the unit a relaunch skips.

A shard is a run of report files, a range of lines of a JSON Lines file or a range of records of
a WARC/WET archive (each at most ``shard_size`` reports), or a source read as a whole by the
process that plans (stdin, a URL, a URL list: they are fetched politely from one place), or the
rejections of what cannot be opened. The first three have a ``key`` naming the files and their
sizes and modification times: once every report of a shard is stored, the key is stored as the
shard's completion marker, and a relaunch skips the shard unread. A file that changed has
another key and is read again.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from forcewatch.ingest.sources import Item, plan_items
from forcewatch.ingest.warc import GZIP_MAGIC

__all__ = ["Shard", "plan_shards"]


@dataclass(frozen=True)
class Shard:
    kind: str
    """``report`` (files of one report each), ``jsonl`` or ``warc`` (lines or records
    ``start``..``stop`` of one file, counted from 1), ``whole`` (read by the planning process) or
    ``items`` (rejections made while planning)."""
    paths: tuple[str, ...] = ()
    start: int = 1
    stop: int | None = None
    key: str | None = None
    """The completion marker; None for shards read anew each time (``whole``, ``items``)."""
    items: tuple[Item, ...] = ()
    hints: dict[str, dict[str, str]] = field(default_factory=dict)
    """``published`` and ``url`` of files from their folder's manifest."""
    offset: int | None = None
    """Where line or record ``start`` begins in the file, when it can be sought (a plain file,
    or an archive gzipped record by record); else the reader reads from the top."""

    def holds(self, origin: str) -> bool:
        """Whether an item of this shard's file, named ``origin``, falls in its range."""
        if self.kind not in ("jsonl", "warc"):
            return True
        number = _number(origin, self.paths[0], self.kind)
        if number is None:  # the file as a whole (empty, unreadable): the first shard's
            return self.start == 1
        return self.start <= number and (self.stop is None or number <= self.stop)

    def past(self, origin: str) -> bool:
        """Whether ``origin`` lies after this shard's range (reading can stop)."""
        if self.kind not in ("jsonl", "warc") or self.stop is None:
            return False
        number = _number(origin, self.paths[0], self.kind)
        return number is not None and number > self.stop

    def __str__(self) -> str:
        if self.kind in ("jsonl", "warc"):
            return f"{self.paths[0]} [{self.start}-{self.stop if self.stop else 'end'}]"
        if self.paths:
            return self.paths[0] + (f" (+{len(self.paths) - 1})" if len(self.paths) > 1 else "")
        return self.items[0].origin if self.items else "-"


def plan_shards(
    sources: list[str],
    *,
    shard_size: int,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    hints: dict[str, dict[str, str]] | None = None,
) -> Iterator[Shard]:
    """The shards of ``sources``, in the order ``iter_items`` reads them."""
    hints = hints or {}
    files: list[str] = []

    def flush() -> Iterator[Shard]:
        if files:
            key = "report:" + _digest(_fingerprint(p) for p in files)
            found = {p: hints[p] for p in files if p in hints}
            yield Shard("report", tuple(files), key=key, hints=found)
            files.clear()

    for kind, what in plan_items(sources, include=include, exclude=exclude):
        if kind == "report":
            assert isinstance(what, str)
            files.append(what)
            if len(files) >= shard_size:
                yield from flush()
            continue
        yield from flush()
        if isinstance(what, Item):
            yield Shard("items", items=(what,))
        elif kind == "whole":
            yield Shard("whole", (what,))
        else:
            yield from _ranges(kind, what, shard_size)
    yield from flush()


def _ranges(kind: str, path: str, shard_size: int) -> Iterator[Shard]:
    starts = _starts(kind, path)
    fingerprint = _digest([_fingerprint(path)])
    if starts is None or len(starts) <= shard_size:
        yield Shard(kind, (path,), 1, None, key=f"{kind}:{fingerprint}:1-")
        return
    count = len(starts)
    for start in range(1, count + 1, shard_size):
        stop = start + shard_size - 1
        last = stop >= count  # the last shard takes whatever follows, should the count be short
        key = f"{kind}:{fingerprint}:{start}-{'' if last else stop}"
        offset = starts[start - 1]
        yield Shard(kind, (path,), start, None if last else stop, key=key, offset=offset)


def _starts(kind: str, path: str) -> list[int | None] | None:
    """Where each line of a JSON Lines file, or each record of an archive, begins (None where
    it cannot be sought: a gzipped JSON Lines file); None when they cannot be told."""
    try:
        with open(path, "rb") as raw:
            gzipped = raw.read(2) == GZIP_MAGIC
            raw.seek(0)
            if kind == "jsonl":
                return _line_starts(gzip.GzipFile(fileobj=raw) if gzipped else raw, gzipped)
            from warcio.archiveiterator import ArchiveIterator

            records = ArchiveIterator(raw)
            starts: list[int | None] = []
            for _ in records:
                starts.append(records.get_record_offset())
            if gzipped:  # seekable only when each record is a gzip member of its own
                for offset in starts[1:3]:
                    raw.seek(offset or 0)
                    if raw.read(2) != GZIP_MAGIC:
                        return [None] * len(starts)
            return starts
    except Exception:  # unreadable or broken: one shard, whose reading says why
        return None


def _line_starts(stream: Any, gzipped: bool) -> list[int | None]:
    starts: list[int | None] = []
    position = 0
    for line in stream:
        starts.append(None if gzipped else position)
        position += len(line)
    return starts


def _number(origin: str, path: str, kind: str) -> int | None:
    separator = ":" if kind == "jsonl" else "#record-"
    head, found, tail = origin.rpartition(separator)
    if not found or not tail.isdigit() or head != _shown(path):
        return None
    return int(tail)


def _shown(path: str) -> str:
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _fingerprint(path: str) -> str:
    try:
        stat = Path(path).stat()
    except OSError:
        return f"{_shown(path)}|missing"
    return f"{_shown(path)}|{stat.st_size}|{stat.st_mtime_ns}"


def _digest(parts: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]
