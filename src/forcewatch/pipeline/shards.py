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
    count = _count(kind, path)
    fingerprint = _fingerprint(path)
    if count is None or count <= shard_size:
        yield Shard(kind, (path,), 1, None, key=f"{kind}:{_digest([fingerprint])}:1-")
        return
    for start in range(1, count + 1, shard_size):
        stop = start + shard_size - 1
        last = stop >= count  # the last shard takes whatever follows, should the count be short
        key = f"{kind}:{_digest([fingerprint])}:{start}-{'' if last else stop}"
        yield Shard(kind, (path,), start, None if last else stop, key=key)


def _count(kind: str, path: str) -> int | None:
    """Lines of a JSON Lines file, records of an archive; None when they cannot be counted."""
    try:
        with open(path, "rb") as raw:
            stream: Any = gzip.GzipFile(fileobj=raw) if raw.read(2) == GZIP_MAGIC else raw
            raw.seek(0)
            if kind == "jsonl":
                lines = last = 0
                for chunk in iter(lambda: stream.read(1 << 20), b""):
                    lines += chunk.count(b"\n")
                    last = chunk[-1]
                return lines + (last != ord("\n") and last != 0)
            from warcio.archiveiterator import ArchiveIterator

            return sum(1 for _ in ArchiveIterator(stream))
    except Exception:  # unreadable or broken: one shard, whose reading says why
        return None


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
