"""The gazetteer's built index, kept between processes in the user cache directory.

Building the index reads 236,000 cities and folds every name (``fold``): 1.5-2.5 s of CPU, about
half of a process's start-up, paid again by every ``forcewatch extract`` and every worker. The
built state is pickled once into ``<cache_dir()>/gazetteer-<key>.pickle`` and read back in about
0.2 s. The key is a hash of what the index is made of: the bytes of every data file read (the
shipped ``gazetteer.tsv.gz`` and each imported GeoNames dump, so importing, replacing or
deleting a dump makes a new key), the code and data that build it (this package's modules and
``data/``, ``forcewatch/text.py`` and the version of unidecode, which ``fold`` transliterates with),
Python's version and this file's format number.

The file is ``MAGIC``, the key, a hash of the pickled bytes, then those bytes: a file that is
truncated, damaged or of another key is not read but rebuilt. A writer writes a temporary file
beside the cache and renames it into place, so a reader sees a whole file or none, and processes
that build at the same time each rename a whole file (the last one stays). Only the few most
recently used cache files are kept. The cache is the user's own, like the dumps beside it:
pickle is read only from the folder the user's settings name.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import suppress
from importlib import metadata
from pathlib import Path
from typing import Any

from forcewatch.extractor.user_cache import CACHE_DIR_ENV, cache_dir

__all__ = ["CACHE_DIR_ENV", "cache_dir", "cache_key", "read", "write"]

log = logging.getLogger(__name__)

FORMAT = 2  # 2: cities and divisions in columns, the cities of a name in known's values
MAGIC = b"forcewatch-gaz\n\x01"
_DIGEST = 16
KEEP = 3  # cache files kept: a few checkouts or versions side by side do not rebuild in turn
_STALE_TMP = 3600.0  # a temporary file this old (seconds) was left by a writer that died
_PACKAGE = Path(__file__).resolve().parent
_TEXT_MODULE = _PACKAGE.parents[1] / "text.py"


def _sources() -> list[Path]:
    """The code and data the index is built from, in a fixed order."""
    files = [p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix != ".pyc"]
    return [*sorted(p for p in files if "__pycache__" not in p.parts), _TEXT_MODULE]


def _unidecode_version() -> str:
    try:
        return metadata.version("unidecode")
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        return "?"


def cache_key(files: Sequence[Path]) -> bytes:
    """A hash of everything the index built from ``files`` depends on (see the module's text)."""
    digest = hashlib.blake2b(digest_size=_DIGEST)
    header = f"{FORMAT}|{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}|{_unidecode_version()}"
    digest.update(header.encode())
    for group, paths in (("code", _sources()), ("data", [Path(f) for f in files])):
        for path in paths:
            digest.update(f"\0{group}\0{path.name}\0".encode())
            digest.update(path.read_bytes())
    return digest.digest()


def _path(folder: Path, key: bytes) -> Path:
    return folder / f"gazetteer-{key.hex()}.pickle"


def read(folder: Path, key: bytes) -> dict[str, Any] | None:
    """The state stored under ``key``, or None when there is none or it cannot be trusted."""
    path = _path(folder, key)
    if not _trusted(path):
        return None
    head = len(MAGIC) + 2 * _DIGEST
    collecting = gc.isenabled()
    try:
        with path.open("rb") as fh:
            found = fh.read(head)
            digest = hashlib.blake2b(digest_size=_DIGEST)
            while chunk := fh.read(1 << 20):  # hashed, then read again: never 20 MB at once
                digest.update(chunk)
            if found != MAGIC + key + digest.digest():
                log.info("gazetteer cache %s is damaged or stale: rebuilding it", path)
                return None
            fh.seek(head)
            gc.disable()  # the collector would walk the new objects again and again: 0.5 -> 0.2 s
            state = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # any failure to read the cache means: rebuild it
        log.info("gazetteer cache %s is unreadable (%s): rebuilding it", path, exc)
        return None
    finally:
        if collecting:
            gc.enable()
    if not isinstance(state, dict):
        return None
    with suppress(OSError):
        os.utime(path)  # most recently used: pruning keeps it
    return state


def _trusted(path: Path) -> bool:
    """A pickle runs code when read: only a file of this user's that no one else may write (in a
    folder no one else may write) is read. On systems without owners (Windows), any file."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows
        return True
    try:
        for item in (path, path.parent):
            st = item.stat()
            if st.st_uid != os.getuid() or st.st_mode & 0o022:
                log.warning("gazetteer cache %s is not the user's own: not read", item)
                return False
    except OSError:  # none there, or no folder at all
        return False
    return True


def write(folder: Path, key: bytes, state: dict[str, Any]) -> Path | None:
    """Store ``state`` under ``key`` (atomically); None when the folder cannot be written, which
    costs only the next process's rebuilding."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        payload = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
        digest = hashlib.blake2b(payload, digest_size=_DIGEST).digest()
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".gazetteer-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(MAGIC + key + digest)
                fh.write(payload)
            path = _path(folder, key)
            os.replace(tmp, path)
        except BaseException:
            with suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        log.info("gazetteer cache not written in %s: %s", folder, exc)
        return None
    _prune(folder, keep=path)
    return path


def _prune(folder: Path, keep: Path) -> None:
    """Remove all but the ``KEEP`` most recently used cache files, and old temporary files."""
    now = time.time()
    found: list[tuple[float, Path]] = []
    with suppress(OSError):
        for path in folder.iterdir():
            with suppress(OSError):
                mtime = path.stat().st_mtime
                if path.name.startswith(".gazetteer-") and path.suffix == ".tmp":
                    if now - mtime > _STALE_TMP:
                        path.unlink()
                elif path.name.startswith("gazetteer-") and path.suffix == ".pickle":
                    found.append((mtime if path != keep else now, path))
    for _, path in sorted(found, reverse=True)[KEEP:]:
        with suppress(OSError):
            path.unlink()
