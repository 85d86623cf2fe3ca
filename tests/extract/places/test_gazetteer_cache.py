"""forcewatch.extractor.places.cache: the gazetteer's built index kept between processes."""

from __future__ import annotations

import gzip
import multiprocessing
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from forcewatch.extractor.places import DATA_FILE, Gazetteer, default_gazetteer
from forcewatch.extractor.places import cache as index_cache
from forcewatch.extractor.places.gazetteer import CityIndex, NameIndex, _Table


@pytest.fixture(scope="module")
def small_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped data cut to Venezuela's cities and divisions (every country, admin1 and common
    word kept): the same format, built in a fraction of the time."""
    path = tmp_path_factory.mktemp("gazdata") / "gazetteer.tsv.gz"
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as src, gzip.open(path, "wt") as out:
        for line in src:
            if line[:2] in ("C\t", "D\t") and line.split("\t", 3)[2] != "VE":
                continue
            out.write(line)
    return path


@pytest.fixture
def data(small_data: Path, tmp_path: Path) -> Path:
    """A copy of the small data this test may change."""
    path = tmp_path / "data" / "gazetteer.tsv.gz"
    path.parent.mkdir()
    path.write_bytes(small_data.read_bytes())
    return path


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the gazetteers built rather than read from the cache."""
    count: list[int] = []
    build = Gazetteer._build

    def counted(self: Gazetteer, files: list[Path]) -> None:
        count.append(1)
        build(self, files)

    monkeypatch.setattr(Gazetteer, "_build", counted)
    yield count


def _plain(value: Any) -> Any:
    if isinstance(value, (_Table, NameIndex, CityIndex)):
        slots = [slot for cls in type(value).__mro__ for slot in getattr(cls, "__slots__", ())]
        return tuple(_plain(getattr(value, slot)) for slot in slots)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("gazetteer-*.pickle"))


def _append_city(path: Path, name: str) -> None:
    with gzip.open(path, "at", encoding="utf-8") as fh:
        fh.write(f"C\t{name}\tVE\tVE-M\t100\t10.4\t-66.9\t\n")


def test_cache_reads_back_what_was_built(data: Path, tmp_path: Path, builds: list[int]) -> None:
    folder = tmp_path / "cache"
    built = Gazetteer([data], cache=folder)
    assert len(builds) == 1 and len(_cache_files(folder)) == 1
    read = Gazetteer([data], cache=folder)
    assert len(builds) == 1  # read, not built
    assert _plain(read._state()) == _plain(built._state())
    assert read._state().keys() == built._state().keys()
    for name in ("Caracas", "Miranda", "Libertador", "Venezuela", "Maracaibo"):
        assert read.resolve(name) == built.resolve(name), name
    text = "Police killed two men in Petare, Miranda state, Venezuela, on Monday."
    assert read.locate(text, "en") == built.locate(text, "en")


def test_cache_is_not_used_for_files_given_without_a_folder(
    data: Path, tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(index_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    Gazetteer([data])
    Gazetteer([data])
    assert len(builds) == 2
    assert not (tmp_path / "cache").exists()


def test_cache_is_rebuilt_when_the_data_changes(
    data: Path, tmp_path: Path, builds: list[int]
) -> None:
    folder = tmp_path / "cache"
    assert Gazetteer([data], cache=folder).resolve("Villa Nuevacache", country="VE") is None
    _append_city(data, "Villa Nuevacache")
    gaz = Gazetteer([data], cache=folder)
    assert len(builds) == 2
    hit = gaz.resolve("Villa Nuevacache", country="VE")
    assert hit is not None and hit.kind == "city"
    assert len(_cache_files(folder)) == 2  # the older one is kept for a while (KEEP)


def test_cache_is_rebuilt_when_a_dump_is_imported_changed_or_removed(
    data: Path, tmp_path: Path, builds: list[int]
) -> None:
    folder = tmp_path / "cache"
    dump = tmp_path / "geonames-VE.tsv.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as fh:
        fh.write("#covers\tVE\nC\tEl Junquito\tVE\tVE-M\t0\t10.46\t-67.08\tJunquito\n")
    assert Gazetteer([data], cache=folder).resolve("El Junquito") is None
    gaz = Gazetteer([data, dump], cache=folder)  # imported
    assert gaz.resolve("El Junquito") is not None and len(builds) == 2
    with gzip.open(dump, "wt", encoding="utf-8") as fh:  # replaced by a newer dump
        fh.write("#covers\tVE\nC\tEl Junquitazo\tVE\tVE-M\t0\t10.46\t-67.08\t\n")
    gaz = Gazetteer([data, dump], cache=folder)
    assert len(builds) == 3
    assert gaz.resolve("El Junquitazo") is not None and gaz.resolve("El Junquito") is None
    assert Gazetteer([data], cache=folder).resolve("El Junquito") is None  # removed
    assert len(builds) == 3  # the first index, read back


def test_cache_key_follows_the_code_and_the_data(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "patterns.py"
    source.write_text("A = 1\n")
    monkeypatch.setattr(index_cache, "_sources", lambda: [source])
    first = index_cache.cache_key([data])
    assert index_cache.cache_key([data]) == first
    source.write_text("A = 2\n")
    assert index_cache.cache_key([data]) != first
    dump = tmp_path / "dump.tsv.gz"
    dump.write_bytes(b"")
    assert index_cache.cache_key([data, dump]) != index_cache.cache_key([data])


def test_cache_key_covers_the_modules_that_build_the_index() -> None:
    names = {p.name for p in index_cache._sources()}
    assert {"gazetteer.py", "patterns.py", "model.py", "text.py", "city_aliases.tsv"} <= names


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty", "bad pickle"])
def test_a_damaged_cache_is_rebuilt_not_fatal(
    data: Path, tmp_path: Path, builds: list[int], damage: str
) -> None:
    folder = tmp_path / "cache"
    built = Gazetteer([data], cache=folder)
    (path,) = _cache_files(folder)
    blob = path.read_bytes()
    head = len(index_cache.MAGIC) + 32
    if damage == "garbage":
        path.write_bytes(b"not a cache at all")
    elif damage == "truncated":
        path.write_bytes(blob[: len(blob) // 2])
    elif damage == "flipped":
        i = head + (len(blob) - head) // 2
        path.write_bytes(blob[:i] + bytes([blob[i] ^ 0xFF]) + blob[i + 1 :])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a whole, well-hashed file whose payload is no pickle
        import hashlib

        payload = b"\x80\x05garbage"
        digest = hashlib.blake2b(payload, digest_size=16).digest()
        path.write_bytes(blob[: head - 16] + digest + payload)
    gaz = Gazetteer([data], cache=folder)
    assert len(builds) == 2
    assert gaz.resolve("Caracas") == built.resolve("Caracas")
    assert index_cache.read(folder, index_cache.cache_key([data])) is not None  # whole again
    Gazetteer([data], cache=folder)
    assert len(builds) == 2


def test_an_unwritable_cache_folder_costs_only_the_rebuild(
    data: Path, tmp_path: Path, builds: list[int]
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("a file where the folder would be\n")
    for _ in range(2):
        assert Gazetteer([data], cache=blocked / "cache").resolve("Caracas") is not None
    assert len(builds) == 2


def _build_in_child(data: str, folder: str, barrier: Any, queue: Any) -> None:
    barrier.wait()
    gaz = Gazetteer([Path(data)], cache=Path(folder))
    queue.put(len(gaz.cities))


def test_concurrent_writers_leave_one_whole_file(data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    ctx = multiprocessing.get_context("fork")
    n = 4
    barrier, queue = ctx.Barrier(n), ctx.Queue()
    procs = [
        ctx.Process(target=_build_in_child, args=(str(data), str(folder), barrier, queue))
        for _ in range(n)
    ]
    for proc in procs:
        proc.start()
    sizes = [queue.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    expected = len(Gazetteer([data]).cities)
    assert sizes == [expected] * n
    assert len(_cache_files(folder)) == 1
    assert not list(folder.glob(".gazetteer-*"))  # no temporary file left behind
    state = index_cache.read(folder, index_cache.cache_key([data]))
    assert state is not None and len(state["cities"]) == expected


def test_only_the_most_recently_used_caches_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    keys = [bytes([i]) * 16 for i in range(index_cache.KEEP + 2)]
    for i, key in enumerate(keys):
        assert index_cache.write(folder, key, {"n": i}) is not None
        os.utime(folder / f"gazetteer-{key.hex()}.pickle", (1000.0 + i, 1000.0 + i))
    assert index_cache.read(folder, keys[0]) is None  # pruned: the oldest
    kept = {p.name for p in _cache_files(folder)}
    assert kept == {f"gazetteer-{k.hex()}.pickle" for k in keys[-index_cache.KEEP :]}
    stale = folder / ".gazetteer-dead.tmp"
    stale.write_bytes(b"left by a writer that died")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    index_cache.write(folder, keys[0], {"n": 0})
    assert not stale.exists()
    assert index_cache.read(folder, keys[0]) == {"n": 0}


def test_cache_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(index_cache.CACHE_DIR_ENV, str(tmp_path / "mine"))
    assert index_cache.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv(index_cache.CACHE_DIR_ENV, "off")
    assert index_cache.cache_dir() is None
    monkeypatch.delenv(index_cache.CACHE_DIR_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert index_cache.cache_dir() == tmp_path / "xdg" / "forcewatch"


def test_default_gazetteer_uses_the_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, builds: list[int]
) -> None:
    monkeypatch.setenv("FORCEWATCH_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv(index_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    default_gazetteer.cache_clear()
    try:
        first = default_gazetteer()
        default_gazetteer.cache_clear()
        second = default_gazetteer()
    finally:
        default_gazetteer.cache_clear()
    assert len(builds) == 1 and len(_cache_files(tmp_path / "cache")) == 1
    assert second.resolve("São Paulo") == first.resolve("São Paulo")


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="no file owners on this system")
def test_a_cache_others_may_write_is_not_read(
    data: Path, tmp_path: Path, builds: list[int]
) -> None:
    # a pickle runs code when read: a file or folder that others may write is rebuilt, never read
    folder = tmp_path / "cache"
    Gazetteer([data], cache=folder)
    assert len(builds) == 1
    (cached,) = _cache_files(folder)
    cached.chmod(0o666)
    Gazetteer([data], cache=folder)
    assert len(builds) == 2
    for path in _cache_files(folder):
        path.chmod(0o644)
    folder.chmod(0o777)
    Gazetteer([data], cache=folder)
    assert len(builds) == 3
    folder.chmod(0o700)
    Gazetteer([data], cache=folder)
    assert len(builds) == 3  # the user's own again: read
