"""Sources -> items: every report a source holds as a :class:`RawPage`, or a :class:`Rejection`.

A source is a file, a folder (walked recursively, in sorted order), an http(s) URL, or ``-`` for
stdin. What a file holds is told by its name, then by its first bytes:

    .warc .warc.gz .wet .wet.gz      an archive: one item per HTML/text capture  a.warc.gz#record-17
    .jsonl .ndjson (.gz)             one report per line                         list.jsonl:42
    .urls, or a .txt of only URLs    a URL list: each URL fetched                https://...
    any other file                   one report (forcewatch.ingest.files)        folder/x.html

A file with another name that starts like a WARC is read as one; stdin is told apart by its first
bytes alone (a WARC, JSON Lines, a URL list, else one report). Bad input never stops the
iteration: each unreadable file, broken record, bad line or failed URL is an item holding a
rejection with its reason, and the next item follows.
"""

from __future__ import annotations

import gzip
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import IO, BinaryIO

from forcewatch.errors import EmptyInput, InputError, Unreadable
from forcewatch.ingest.files import (
    REPORT_SUFFIXES,
    check_bytes,
    check_name,
    prefixed,
    read_path,
    shown_name,
)
from forcewatch.ingest.jsonl import (
    JSONL_SUFFIXES,
    LineStream,
    first_line_is_object,
    iter_jsonl,
)
from forcewatch.ingest.urls import URL_SUFFIXES, Fetcher, is_url_list, iter_url_list
from forcewatch.ingest.warc import GZIP_MAGIC, WARC_SUFFIXES, Outcome, iter_warc, looks_like_warc
from forcewatch.records import RawPage, Rejection, Stage

__all__ = ["Item", "Planned", "iter_items", "iter_part", "plan_items", "readable_name"]

STDIN = "<stdin>"
_HEAD = 65_536  # bytes of stdin looked at to tell what it is
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]+:", re.IGNORECASE)  # two letters at least: not C:


@dataclass(frozen=True)
class Item:
    """One report from a source, or the reason one could not be read; ``origin`` names it
    within its source and is the same on every run."""

    page: RawPage | None
    rejection: Rejection | None
    origin: str

    def __post_init__(self) -> None:
        if (self.page is None) == (self.rejection is None):
            raise ValueError("an Item holds exactly one of page and rejection")

    @classmethod
    def of(cls, outcome: RawPage | InputError, origin: str) -> Item:
        if isinstance(outcome, RawPage):
            return cls(page=outcome, rejection=None, origin=origin)
        return cls(page=None, rejection=Rejection.of(outcome, origin, Stage.READ), origin=origin)


def iter_items(
    sources: list[str],
    *,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    max_bytes: int,
    fetcher: Fetcher | None = None,
    stdin: BinaryIO | None = None,
    skip: Callable[[str], bool] | None = None,
) -> Iterator[Item]:
    """Every item of ``sources``, in order.

    ``include`` and ``exclude`` are glob patterns on a walked file's path relative to its folder
    (``*`` crosses ``/``; a pattern without ``/`` also matches the file name alone; ``**/x``
    also matches ``x`` at the top). ``fetcher`` fetches URLs (a default :class:`Fetcher` is made
    and closed here when one is needed); ``stdin`` is read for ``-`` (default: the process's).
    Items whose origin ``skip`` accepts are passed over unread, and their URLs unfetched: an
    ingest resumed after an interruption does not fetch again what it has stored."""
    reader = _Reader(max_bytes=max_bytes, fetcher=fetcher, stdin=stdin, skip=skip)
    try:
        for source in sources:
            yield from reader.source(source, include or [], exclude or [])
    finally:
        reader.close()


Planned = tuple[str, str | Item]
"""What :func:`plan_items` finds: ``(kind, what)`` with kind ``report`` (a file of one report),
``warc``, ``jsonl`` (a file of many, read by line or record), ``whole`` (a source read as a whole
by the process that plans: stdin, a URL, a URL list) or ``item`` (an Item holding a rejection)."""


def plan_items(
    sources: list[str], *, include: list[str] | None = None, exclude: list[str] | None = None
) -> Iterator[Planned]:
    """What :func:`iter_items` would read from ``sources``, in the same order, without reading
    it: the files to open, and the rejections of what cannot be opened. Reading each planned file
    with ``iter_items([path])`` gives the items ``iter_items(sources)`` gives for it."""
    for source in sources:
        path = Path(source)
        if source == "-" or _URL.match(source):
            yield "whole", source
        elif path.is_dir():
            errors: list[OSError] = []
            found = False
            for file in _walk(path, errors):
                if _wanted(file.relative_to(path).as_posix(), include or [], exclude or []):
                    found = True
                    yield _kind(file)
            for error in errors:
                where = shown_name(str(error.filename or path))
                yield (
                    "item",
                    Item.of(Unreadable(f"cannot read it: {error.strerror or error}"), where),
                )
            if not found and not errors:
                filtered = " that --include/--exclude keep" if include or exclude else ""
                reason = f"the folder holds no report, archive, JSONL or URL-list files{filtered}"
                shown = shown_name(str(path))
                yield "item", Item.of(Unreadable(reason, item=shown), shown)
        elif path.exists() or path.is_symlink():
            yield _kind(path)
        else:
            yield "whole", source  # refused by iter_items with its reason


def _kind(path: Path) -> Planned:
    name = str(path)
    try:
        check_name(name)
    except InputError as exc:
        return "item", Item.of(exc, shown_name(name))
    lower = path.name.lower()
    if lower.endswith(WARC_SUFFIXES) or (
        Path(lower).suffix not in REPORT_SUFFIXES and _starts_like_warc(path)
    ):
        return "warc", name
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl", name
    if lower.endswith(URL_SUFFIXES) or (Path(lower).suffix == ".txt" and _url_file(path)):
        return "whole", name
    return "report", name


def iter_part(path: str, kind: str, *, offset: int, first: int, max_bytes: int) -> Iterator[Item]:
    """The items of a JSON Lines file (``kind`` jsonl) or an archive (warc) from byte ``offset``,
    the start of its line or record number ``first``, to its end (the caller stops earlier)."""

    def items() -> Iterator[Item]:
        with open(path, "rb") as stream:
            stream.seek(offset)
            if kind == "warc":
                outcomes = iter_warc(stream, path, max_bytes=max_bytes, first=first)
            else:
                outcomes = iter_jsonl(stream, path, max_bytes=max_bytes, first=first)
            for origin, outcome in outcomes:
                yield Item.of(outcome, origin)

    yield from _guarded(path, items())


def readable_name(name: str) -> bool:
    """A file name a folder walk takes: a report, an archive, JSON Lines or a URL list."""
    lower = name.lower()
    return lower.endswith(WARC_SUFFIXES + JSONL_SUFFIXES + URL_SUFFIXES) or (
        Path(lower).suffix in REPORT_SUFFIXES
    )


class _Reader:
    def __init__(
        self,
        *,
        max_bytes: int,
        fetcher: Fetcher | None,
        stdin: BinaryIO | None,
        skip: Callable[[str], bool] | None,
    ) -> None:
        self.max_bytes = max_bytes
        self._fetcher = fetcher
        self._own_fetcher: Fetcher | None = None
        self._stdin = stdin
        self._skip = skip or (lambda origin: False)
        self._fetched: set[str] = set()  # a URL listed twice is fetched once

    def close(self) -> None:
        if self._own_fetcher is not None:
            self._own_fetcher.close()

    def source(self, source: str, include: list[str], exclude: list[str]) -> Iterator[Item]:
        path = Path(source)
        if source == "-":
            yield from _guarded(STDIN, self._stdin_items())
        elif _URL.match(source):
            yield from _guarded(source, self._fetch([(source, source)]))
        elif path.is_dir():
            yield from self._folder(path, include, exclude)
        elif path.exists() or path.is_symlink():
            yield from _guarded(source, self._file(path))
        elif _SCHEME.match(source):  # javascript:, data:, mailto: ... refused as URLs
            yield from _guarded(source, self._fetch([(source, source)]))
        else:
            shown = shown_name(source)
            yield Item.of(Unreadable("no such file or folder", item=shown), shown)

    def _folder(self, root: Path, include: list[str], exclude: list[str]) -> Iterator[Item]:
        errors: list[OSError] = []
        found = False
        for path in _walk(root, errors):
            relative = path.relative_to(root).as_posix()
            if _wanted(relative, include, exclude):
                found = True
                yield from _guarded(str(path), self._file(path))
        for error in errors:
            where = shown_name(str(error.filename or root))
            yield Item.of(Unreadable(f"cannot read it: {error.strerror or error}"), where)
        if not found and not errors:
            filtered = " that --include/--exclude keep" if include or exclude else ""
            reason = f"the folder holds no report, archive, JSONL or URL-list files{filtered}"
            yield Item.of(Unreadable(reason, item=shown_name(str(root))), shown_name(str(root)))

    def _file(self, path: Path) -> Iterator[Item]:
        name = str(path)
        try:
            check_name(name)
        except InputError as exc:
            yield Item.of(exc, shown_name(name))
            return
        lower = path.name.lower()
        if lower.endswith(WARC_SUFFIXES) or (
            Path(lower).suffix not in REPORT_SUFFIXES and _starts_like_warc(path)
        ):
            with path.open("rb") as stream:
                yield from self._outcomes(name, iter_warc(stream, name, max_bytes=self.max_bytes))
        elif lower.endswith(JSONL_SUFFIXES):
            with ExitStack() as stack:
                raw = stack.enter_context(path.open("rb"))
                lines: LineStream = raw
                if raw.peek(2)[:2] == GZIP_MAGIC:
                    lines = stack.enter_context(gzip.GzipFile(fileobj=raw))
                outcomes = iter_jsonl(lines, name, max_bytes=self.max_bytes)
                yield from self._outcomes(name, outcomes)
        elif lower.endswith(URL_SUFFIXES) or (Path(lower).suffix == ".txt" and _url_file(path)):
            with path.open("rb") as stream:
                yield from self._fetch(iter_url_list(stream, name), name)
        elif not self._skip(name):
            try:
                yield Item.of(read_path(path, max_bytes=self.max_bytes), name)
            except InputError as exc:
                yield Item.of(exc, name)

    def _stdin_items(self) -> Iterator[Item]:
        raw = self._stdin if self._stdin is not None else sys.stdin.buffer
        head = _read_up_to(raw, _HEAD)
        stream = prefixed(head, raw)
        if looks_like_warc(head):
            yield from self._outcomes(STDIN, iter_warc(stream, STDIN, max_bytes=self.max_bytes))
        elif first_line_is_object(head, complete=len(head) < _HEAD):
            yield from self._outcomes(STDIN, iter_jsonl(stream, STDIN, max_bytes=self.max_bytes))
        else:
            data = _read_up_to(stream, self.max_bytes + 1)
            if is_url_list(data.splitlines()):
                yield from self._fetch(iter_url_list(prefixed(data, stream), STDIN), STDIN)
                return
            try:
                check_bytes(data, STDIN, self.max_bytes)
            except InputError as exc:
                yield Item.of(exc, STDIN)
                return
            yield Item.of(RawPage(data=data, name=STDIN), STDIN)

    def _outcomes(self, name: str, outcomes: Iterable[Outcome]) -> Iterator[Item]:
        seen = 0
        for origin, outcome in outcomes:
            seen += 1
            if not self._skip(origin):
                yield Item.of(outcome, origin)
        if not seen:
            yield Item.of(EmptyInput("no HTML or text report in it", item=name), name)

    def _fetch(
        self, urls: Iterable[tuple[str, str | InputError]], name: str | None = None
    ) -> Iterator[Item]:
        seen = 0
        for origin, url in urls:
            seen += 1
            if isinstance(url, InputError):
                yield Item.of(url, origin)
                continue
            if self._skip(origin) or url in self._fetched:
                continue
            self._fetched.add(url)
            try:
                page = self.fetcher().fetch(url, max_bytes=self.max_bytes)
            except InputError as exc:
                yield Item.of(exc, origin)
                continue
            yield Item.of(page, origin)
        if not seen and name is not None:
            yield Item.of(EmptyInput("the URL list is empty", item=name), name)

    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = self._own_fetcher = Fetcher()
        return self._fetcher


def _guarded(origin: str, items: Iterator[Item]) -> Iterator[Item]:
    """``items``, ending in a rejection instead of an exception when reading fails midway."""
    try:
        yield from items
    except (OSError, zlib.error) as exc:  # zlib: a corrupt .gz
        detail = getattr(exc, "strerror", None) or exc
        yield Item.of(Unreadable(f"cannot read it: {detail}", item=origin), origin)
    except Exception as exc:  # a bug must not stop the ingest; the rejection names it
        yield Item(page=None, rejection=Rejection.of(exc, origin, Stage.READ), origin=origin)


def _walk(root: Path, errors: list[OSError]) -> list[Path]:
    """Files under ``root`` a walk takes, sorted; symbolic links to folders are not followed."""
    found = [
        Path(folder, name)
        for folder, _, names in os.walk(root, onerror=errors.append)
        for name in names
        if readable_name(name)
    ]
    return sorted(found, key=lambda p: p.parts)


def _wanted(relative: str, include: list[str], exclude: list[str]) -> bool:
    if include and not any(_matches(relative, p) for p in include):
        return False
    return not any(_matches(relative, p) for p in exclude)


def _matches(relative: str, pattern: str) -> bool:
    pattern = pattern.replace(os.sep, "/")
    if fnmatchcase(relative, pattern):
        return True
    if pattern.startswith("**/") and fnmatchcase(relative, pattern[3:]):
        return True
    return "/" not in pattern and fnmatchcase(relative.rsplit("/", 1)[-1], pattern)


def _starts_like_warc(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return looks_like_warc(stream.read(4096))
    except OSError:
        return False  # read_path says why


def _url_file(path: Path) -> bool:
    """A .txt file is a URL list when its lines are all URLs (read until the first that is not)."""
    try:
        with path.open("rb") as stream:
            return is_url_list(iter(lambda: stream.readline(8192), b""))
    except OSError:
        return False


def _read_up_to(stream: IO[bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    wanted = size
    while wanted > 0:
        chunk = stream.read(wanted)
        if not chunk:
            break
        chunks.append(chunk)
        wanted -= len(chunk)
    return b"".join(chunks)
