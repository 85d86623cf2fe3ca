"""Read reports from files, folders and stdin into :class:`RawPage`, refusing what is not a report.

Refusals are :class:`forcewatch.errors.InputError` with a one-line reason; nothing here decodes or
parses, so a report is refused for what it *is* (empty, binary, too large), never for its content.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from forcewatch.errors import BinaryInput, EmptyInput, TooLarge, Unreadable
from forcewatch.records import RawPage

REPORT_SUFFIXES = frozenset(
    {
        ".txt",
        ".html",
        ".htm",
        ".xhtml",
        ".json",
        ".md",
        ".text",
        ".xml",
        ".rss",
        ".atom",
        ".srt",
        ".vtt",
    }
)

# Magic numbers of formats that are certainly not a report we can read as text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)


def iter_paths(paths: list[Path]) -> Iterator[Path]:
    """Expand folders (recursively, report suffixes only, sorted) and keep files as given."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
            )
        else:
            yield path


def check_bytes(data: bytes, name: str, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise TooLarge(_too_large(len(data), max_bytes), item=name)
    if not data.strip():
        raise EmptyInput("the report is empty", item=name)
    head = data[:8192]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise BinaryInput(f"this is {what}, not a text, HTML or JSON report", item=name)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 with a byte-order mark: NUL bytes are expected
    if b"\x00" in head:
        raise BinaryInput("binary data (NUL bytes), not a text, HTML or JSON report", item=name)
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > len(head) * 0.05:
        raise BinaryInput(
            f"binary data ({controls} control bytes in the first {len(head)}), not a report",
            item=name,
        )


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"the report is {size / 1e6:.1f} MB, above the {max_bytes / 1e6:.0f} MB limit "
        "(set FORCEWATCH_MAX_BYTES or --max-bytes to raise it)"
    )


def shown_name(name: str) -> str:
    """A file name as text that can be stored and printed: bytes that are not UTF-8 (which
    Python keeps as lone surrogates) become ``\\xNN`` escapes."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def check_name(name: str) -> None:
    """Refuse a file name that is not valid UTF-8: a database keeps names as UTF-8 text, and a
    name changed to fit would no longer name the file."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise Unreadable(
            "the file name is not valid UTF-8 (the bytes shown as \\xNN); rename the file "
            "(e.g. convmv -f latin1 -t utf8) to ingest it",
            item=shown_name(name),
        ) from None


def read_path(path: Path, *, max_bytes: int) -> RawPage:
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise Unreadable("no such file", item=name) from None
    except OSError as exc:
        raise Unreadable(f"cannot read it: {exc.strerror}", item=name) from None
    if path.is_dir():
        raise Unreadable("a folder holds no report files forcewatch reads", item=name)
    if size > max_bytes:
        raise TooLarge(_too_large(size, max_bytes), item=name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Unreadable(f"cannot read it: {exc.strerror}", item=name) from None
    check_bytes(data, name, max_bytes)
    return RawPage(data=data, name=name, media_type=_media_type(path))


def read_stdin(*, max_bytes: int) -> RawPage:
    data = sys.stdin.buffer.read(max_bytes + 1)
    check_bytes(data, "<stdin>", max_bytes)
    return RawPage(data=data, name="<stdin>")


def _media_type(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"}:
        return "text/html"
    if suffix == ".json":
        return "application/json"
    if suffix in {".txt", ".text", ".md", ".srt", ".vtt"}:
        return "text/plain"
    return None


def prefixed(head: bytes, rest: IO[bytes]) -> io.BufferedReader:
    """A stream of ``head``, bytes already read from ``rest`` to sniff it, then the rest of it."""
    return io.BufferedReader(_Prefixed(head, rest))


class _Prefixed(io.RawIOBase):
    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        read1 = getattr(self._rest, "read1", None)
        data: bytes = read1(len(view)) if read1 is not None else self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)
