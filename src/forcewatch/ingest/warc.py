"""WARC and WET archives -> raw pages, one per HTML or text capture (warcio).

A ``response`` record gives a page when its HTTP status is 2xx and its payload is HTML or plain
text; a WET ``conversion`` record gives a text page. Everything else a crawl holds (warcinfo,
requests, metadata, revisits, redirects, error pages, images, scripts, style sheets) is no report
and is passed over without a rejection. A page's name and origin is ``<file>#record-<n>``, ``n``
counting every record of the file from 1, so it is the same on every run. ``published`` stays
unset: ``WARC-Date`` is when the page was captured, not when it was published.

warcio reads past a record that is cut short without a word, so each record's block is read to
its end and its Content-Length checked here: a record cut short (a truncated download), one whose
Content-Length is wrong, or one whose headers cannot be parsed is a :class:`BrokenRecord`. After
a record that cannot be parsed the archive cannot be resynchronised, and the same rejection says
the rest of the file was skipped.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from forcewatch.errors import BrokenRecord, EmptyInput, InputError, TooLarge
from forcewatch.ingest.files import check_bytes, prefixed
from forcewatch.records import RawPage

__all__ = ["GZIP_MAGIC", "WARC_SUFFIXES", "Outcome", "iter_warc", "looks_like_warc"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")
GZIP_MAGIC = b"\x1f\x8b"
# Payload types that can be a report; a missing Content-Type is judged by its bytes.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})

Outcome = tuple[str, RawPage | InputError]
"""What a reader gives for one item: its origin, and the page or the reason there is none."""


def looks_like_warc(head: bytes) -> bool:
    """The first bytes of a WARC file, plain or gzipped."""
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def iter_warc(stream: IO[bytes], name: str, *, max_bytes: int, first: int = 1) -> Iterator[Outcome]:
    """Pages and rejections of one archive, in file order; ``stream`` may be gzipped.
    ``first``: the number of the stream's first record (a stream that starts inside a file, at
    a record's start)."""
    reader = _Archive(stream)
    records = _QuietIterator(reader, check_digests=True)
    n = first - 1  # records seen
    end = 0  # where the last whole record ends, in the gunzipped stream
    while True:
        n += 1
        origin = f"{name}#record-{n}"
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises many kinds on a malformed archive
            yield origin, BrokenRecord(_unparsable(exc, n), item=origin)
            return
        length = (record.rec_headers.get_header("Content-Length") or "").strip()
        if not length.isdigit():  # the block's end is unknown, and so is the next record's start
            problem = f"Content-Length {length!r}" if length else "no Content-Length"
            yield origin, BrokenRecord(_unparsable(problem, n), item=origin)
            return
        try:
            outcome = _payload(record, origin, max_bytes)
            warnings = records.err_count
            records.get_record_length()  # reads the rest of the record and the blank lines after it
            short = _missing(record)
            end = records.offset
        except Exception as exc:
            yield origin, BrokenRecord(_unreadable(exc, n), item=origin)
            return
        if short:
            yield origin, BrokenRecord(_cut(record.length, short, n), item=origin)
            return
        if records.err_count > warnings:
            outcome = BrokenRecord(
                f"record {n}: its Content-Length ({length}) does not match its content",
                item=origin,
            )
        elif record.digest_checker.passed is False:
            problem = _detail("; ".join(record.digest_checker.problems))
            outcome = BrokenRecord(f"record {n} is corrupt: {problem}", item=origin)
        if outcome is not None:
            yield origin, outcome
    if n == first and reader.delivered == 0 and not reader.cut:
        yield name, EmptyInput("the archive is empty", item=name)
    elif reader.cut or reader.delivered > end:
        # What follows the last whole record is part of one: warcio stops there without a word.
        yield (
            origin,
            BrokenRecord(
                f"the archive is cut short after record {n - 1}: record {n} is incomplete "
                "(a truncated download?)",
                item=origin,
            ),
        )


class _QuietIterator(ArchiveIterator):  # type: ignore[misc]
    # warcio writes this warning to stderr; ``err_count`` says the same to the loop above.
    INC_RECORD = ""


class _Archive:
    """The file as warcio reads it: gunzipped here (all members), a cut-short gzip ending quietly.

    Python's gzip raises EOFError at a truncated member, losing nothing it decompressed before;
    reading one block at a time (``read1``) hands warcio every byte there is, then a clean end, and
    ``cut`` tells the record loop why the end came."""

    def __init__(self, stream: IO[bytes]) -> None:
        head = stream.read(2)
        rest = prefixed(head, stream)
        self._source: Any = gzip.GzipFile(fileobj=rest) if head == GZIP_MAGIC else rest
        self.cut = False
        self.delivered = 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            return b"".join(iter(lambda: self.read(io.DEFAULT_BUFFER_SIZE), b""))
        if self.cut or size == 0:
            return b""
        try:
            data: bytes = self._source.read1(size)
        except EOFError:
            self.cut = True
            return b""
        self.delivered += len(data)
        return data


def _payload(record: Any, origin: str, max_bytes: int) -> RawPage | InputError | None:
    """The record's page, the reason it cannot be one, or None for a record that is no report."""
    headers = record.rec_headers
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not str(http.get_statuscode()).startswith("2"):
            return None
        media_type = _mime(http.get_header("Content-Type")) or _mime(
            headers.get_header("WARC-Identified-Payload-Type")
        )
        if media_type is not None and media_type not in PAGE_TYPES:
            return None
        stream = record.content_stream()
    elif record.rec_type == "conversion":
        media_type = _mime(record.content_type) or "text/plain"
        if not media_type.startswith("text/"):
            return None
        stream = record.raw_stream
    else:
        return None
    data: bytes = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return TooLarge(
            f"the page is larger than the limit of {max_bytes:,} bytes "
            "(set FORCEWATCH_MAX_BYTES or --max-bytes to raise it)",
            item=origin,
        )
    try:
        check_bytes(data, origin, max_bytes)
    except InputError as exc:
        return exc
    return RawPage(
        data=data,
        name=origin,
        url=headers.get_header("WARC-Target-URI") or None,
        media_type=media_type,
    )


def _missing(record: Any) -> int:
    """Bytes of the record's block that the file did not hold (0 for a whole record)."""
    limit = getattr(record.raw_stream, "limit", 0)
    return limit if isinstance(limit, int) else 0


def _mime(value: str | None) -> str | None:
    if not value:
        return None
    mime = value.split(";", 1)[0].strip().lower()
    return mime or None


def _cut(length: int, missing: int, n: int) -> str:
    if missing:
        return (
            f"record {n} is cut short: {length - missing:,} of its {length:,} bytes are in the "
            "file (a truncated download?)"
        )
    return f"record {n} is cut short: the archive ends inside it (a truncated download?)"


def _unparsable(exc: Exception | str, n: int) -> str:
    read = f"{n - 1} record{'s' if n != 2 else ''} read"
    return f"record {n} cannot be parsed ({_detail(exc)}); the rest of the file is skipped ({read})"


def _unreadable(exc: Exception, n: int) -> str:
    read = f"{n - 1} record{'s' if n != 2 else ''} read"
    return f"record {n} cannot be read ({_detail(exc)}); the rest of the file is skipped ({read})"


def _detail(exc: Exception | str) -> str:
    if isinstance(exc, str):
        return exc
    text = str(exc).strip().splitlines()
    first = text[0].strip() if text else ""
    first = "".join(c if c.isprintable() else "?" for c in first)[:160]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
