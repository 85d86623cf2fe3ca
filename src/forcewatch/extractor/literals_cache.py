"""The literal gates' requirements, kept between processes in the user cache directory.

Reading a pattern for the literals its matches hold (``prefilter.required_literals``) walks
``re``'s own parse of it, in Python: about 900 patterns, 0.7 s of a process's start-up and 1 s of
a 1 MB report, as long as compiling them. What it finds depends on the pattern's text, its flags,
the shortest literal asked for, ``prefilter.py`` and Python's ``re`` only, so it is kept in
``<cache_dir()>/literals-<key>.json`` (``places.cache.cache_dir``: $FORCEWATCH_CACHE_DIR, ``off``
for none), ``key`` a hash of ``prefilter.py``, Python's version and this file's format number. An
entry is named by a hash of the pattern, its flags and the shortest literal; its value is the
literals, or null for a pattern without a gate.

The file is read once, at the first pattern asked about; what a process found that was not in it is
written back when the process ends, merged with what other processes wrote meanwhile, through a
temporary file renamed into place (a reader sees a whole file or none). A file that cannot be read
or holds anything else is ignored and replaced. Once it holds more than ``MAX_ENTRIES`` (patterns
of older code), only what the ending process used is kept. JSON, not pickle: reading it runs no
code.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import os
import sys
import tempfile
import threading
from contextlib import suppress
from functools import cache
from pathlib import Path

from forcewatch.extractor.user_cache import cache_dir

__all__ = ["LiteralsCache", "cached_literals"]

log = logging.getLogger(__name__)

FORMAT = 1
MAX_ENTRIES = 20_000  # about 20 processes' patterns of different code
KEEP = 3  # files of other versions of prefilter.py kept (checkouts side by side)
_PREFILTER = Path(__file__).resolve().with_name("prefilter.py")
_PREFIX = "literals-"

_Entry = list[str] | None


class LiteralsCache:
    """The requirements found by this process and those read from ``folder`` (None: no file)."""

    def __init__(self, folder: Path | None) -> None:
        self._folder = folder
        self._lock = threading.Lock()
        self._path: Path | None = None
        self._known: dict[str, _Entry] | None = None  # read on first use
        self._used: dict[str, _Entry] = {}
        self._new = False

    def _load(self) -> dict[str, _Entry]:
        with self._lock:
            if self._known is None:
                known: dict[str, _Entry] = {}
                if self._folder is not None:
                    try:
                        self._path = self._folder / f"{_PREFIX}{_code_key()}.json"
                    except OSError:  # prefilter.py unreadable: no cache
                        self._folder = None
                    else:
                        known = _read(self._path)
                self._known = known
            return self._known

    def get(self, pattern: str, flags: int, min_literal: int) -> tuple[str, bool, _Entry]:
        """The entry's name, whether it is known, and its literals."""
        name = _name(pattern, flags, min_literal)
        known = self._load()
        if name not in known:
            return name, False, None
        entry = self._used[name] = known[name]
        return name, True, entry

    def put(self, name: str, literals: frozenset[str] | None) -> None:
        entry = None if literals is None else sorted(literals)
        self._load()[name] = self._used[name] = entry
        self._new = True

    def save(self) -> Path | None:
        """Write what this process found to the file, merged with the file's own entries."""
        if not self._new or self._folder is None or self._path is None:
            return None
        merged = {**_read(self._path), **self._used}
        if len(merged) > MAX_ENTRIES:
            merged = dict(self._used)
        try:
            self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self._folder, prefix=f".{_PREFIX}", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(merged, fh, ensure_ascii=False, separators=(",", ":"))
                os.replace(tmp, self._path)
            except BaseException:
                with suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError as exc:
            log.info("gate literals not kept in %s: %s", self._folder, exc)
            return None
        self._new = False
        _prune(self._folder, self._path)
        return self._path


def _name(pattern: str, flags: int, min_literal: int) -> str:
    digest = hashlib.blake2b(f"{flags}\0{min_literal}\0".encode(), digest_size=16)
    digest.update(pattern.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _code_key() -> str:
    digest = hashlib.blake2b(f"{FORMAT}|{sys.version}".encode(), digest_size=12)
    digest.update(_PREFILTER.read_bytes())
    return digest.hexdigest()


def _read(path: Path) -> dict[str, _Entry]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.info("gate literals in %s unreadable (%s): found again", path, exc)
        return {}
    if not isinstance(data, dict) or not all(
        (isinstance(v, list) and all(isinstance(w, str) for w in v)) or v is None
        for v in data.values()
    ):
        log.info("gate literals in %s are not what this version writes: found again", path)
        return {}
    return data


def _prune(folder: Path, keep: Path) -> None:
    """Remove all but the ``KEEP`` most recently written files, and temporary files left."""
    found: list[tuple[float, Path]] = []
    with suppress(OSError):
        for path in folder.iterdir():
            with suppress(OSError):
                if path.name.startswith(f".{_PREFIX}") and path.suffix == ".tmp":
                    if path.stat().st_mtime < keep.stat().st_mtime - 3600:
                        path.unlink()
                elif path.name.startswith(_PREFIX) and path.suffix == ".json" and path != keep:
                    found.append((path.stat().st_mtime, path))
    for _, path in sorted(found, reverse=True)[KEEP - 1 :]:
        with suppress(OSError):
            path.unlink()


@cache
def cached_literals() -> LiteralsCache:
    """The process's cache, on the folder the settings name when first asked for; written back
    when the process ends."""
    literals = LiteralsCache(cache_dir())
    atexit.register(literals.save)
    return literals
