"""JSON Lines -> raw pages: one report per line, read as a stream however long the file.

Each line is a JSON object with the report in ``"text"`` or ``"html"`` and, optionally, ``"url"``,
``"published"``, ``"title"`` and ``"id"``. The page's data is the object written back as JSON, so
the cleaner reads it as it reads a ``.json`` report (title, url and date included); its name and
origin are ``<file>:<line>``, lines counted from 1. Blank lines are skipped; a line that is not
such an object is a :class:`BadJson` rejection and the next line is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Protocol

from forcewatch.errors import BadJson, TooLarge, Unreadable
from forcewatch.ingest.warc import Outcome
from forcewatch.records import RawPage

__all__ = ["JSONL_SUFFIXES", "LineStream", "first_line_is_object", "iter_jsonl"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_BOM = b"\xef\xbb\xbf"


class LineStream(Protocol):
    """A binary stream read line by line: a file, a GzipFile, stdin."""

    def readline(self, size: int = ..., /) -> bytes: ...


def iter_jsonl(
    stream: LineStream, name: str, *, max_bytes: int, first: int = 1
) -> Iterator[Outcome]:
    """``first``: the number of the stream's first line (a stream that starts inside a file)."""
    number = first - 1
    while True:
        number += 1
        origin = f"{name}:{number}"
        try:
            line = stream.readline(max_bytes + 1)
            if len(line) > max_bytes and not line.endswith(b"\n"):
                _skip_line(stream)
                yield (
                    origin,
                    TooLarge(
                        f"line {number} is longer than the limit of {max_bytes:,} bytes "
                        "(set FORCEWATCH_MAX_BYTES or --max-bytes to raise it)",
                        item=origin,
                    ),
                )
                continue
        except EOFError:  # a gzipped file cut short
            yield (
                origin,
                Unreadable(
                    f"the file is cut short in line {number} (a truncated download?)", item=origin
                ),
            )
            return
        if not line:
            return
        if number == 1:
            line = line.removeprefix(_BOM)
        if not line.strip():
            continue
        yield origin, _page(line, origin, number)


def _page(line: bytes, origin: str, number: int) -> RawPage | BadJson:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadJson(
            f"line {number} is not valid JSON ({exc.msg} at column {exc.colno})", item=origin
        )
    except ValueError:  # bytes that are not UTF-8 (UnicodeDecodeError)
        return BadJson(f"line {number} is not UTF-8 text", item=origin)
    if not isinstance(obj, dict):
        return BadJson(f"line {number} is a JSON {_kind(obj)}, not an object", item=origin)
    if not any(isinstance(obj.get(k), str) and obj[k].strip() for k in ("text", "html")):
        return BadJson(f'line {number} has no "text" or "html" field with the report', item=origin)
    return RawPage(
        data=json.dumps(obj, ensure_ascii=False).encode("utf-8"),
        name=origin,
        url=_text(obj.get("url")),
        published=_text(obj.get("published")),
        media_type="application/json",
    )


def first_line_is_object(head: bytes, *, complete: bool) -> bool:
    """Whether ``head`` (the start of a stream, all of it when ``complete``) opens as JSON Lines:
    its first non-blank line is a JSON object on its own, or starts like one and runs past
    ``head``. A pretty-printed JSON report opens with a line holding ``{`` and is not."""
    text = head.removeprefix(_BOM).lstrip()
    line, newline, _ = text.partition(b"\n")
    if not line.startswith(b"{"):
        return False
    if not newline and not complete:
        return True
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _skip_line(stream: LineStream) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return "number"


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
