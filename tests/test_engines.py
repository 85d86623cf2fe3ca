"""One pipeline, three ways to run it: the same reports give the same incidents in this process,
on a Dask cluster and through Parquet files loaded later; a Dask worker killed mid-run costs
nothing; a relaunch skips the shards completed before."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from forcewatch.cli import main
from forcewatch.pipeline.executors import Dask, Executor, InProcess
from forcewatch.pipeline.ingest import _extract, ingest
from forcewatch.pipeline.writers import load
from forcewatch.records import Extraction, RawPage, Rejection
from forcewatch.settings import Settings
from forcewatch.store import Store
from forcewatch.store.query import IncidentFilter, find_incidents
from tests.conftest import EXAMPLES
from tests.test_ingest import corpus

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def dask() -> Iterator[Dask]:
    """A local Dask cluster of 2 worker processes, shared by the tests of this module."""
    executor = Dask.start(workers=2)
    yield executor
    executor.close()


def reports(folder: Path) -> Path:
    """A dozen reports of distinct incidents, two reports of one operation, and a bad file."""
    corpus(folder, 10)
    for name in ("es_junquito_a.txt", "es_junquito_b.txt"):
        (folder / name).write_bytes((EXAMPLES / "es" / name).read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    return folder


def fresh(url: str, name: str) -> str:
    """An empty database: a new SQLite file, or the PostgreSQL one emptied."""
    if "://" not in url:
        return str(Path(url).with_name(f"{name}.sqlite"))
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


def incidents(url: str) -> list[dict[str, Any]]:
    store = Store.open(url)
    found = find_incidents(store, IncidentFilter(limit=None), sources=True)
    rejected = sorted((Path(r.item).name, r.stage, r.code) for r in store.rejections())
    store.close()
    return [*(i.model_dump(mode="json") for i in found), {"rejections": rejected}]


def run(url: str, folder: Path, executor: Executor, **options: Any) -> Any:
    store = Store.open(url) if "to" not in options else None
    try:
        return ingest([str(folder)], store, settings=Settings(), executor=executor, **options)
    finally:
        if store is not None:
            store.close()


def test_engines_same_incidents_local_dask_parquet(
    tmp_path: Path, store_url: str, dask: Dask
) -> None:
    folder = reports(tmp_path / "in")
    local = fresh(store_url, "local")
    counts = run(local, folder, InProcess(), shard_size=5)
    assert (counts.read, counts.new, counts.rejected) == (13, 12, 1)
    expected = incidents(local)
    assert len(expected) == 12  # 10 incidents, the operation reported twice, the rejection

    on_dask = fresh(store_url, "dask")
    counts = run(on_dask, folder, dask, shard_size=5, batch_size=4)
    assert (counts.read, counts.new, counts.rejected, counts.shards) == (13, 12, 1, 3)
    assert incidents(on_dask) == expected
    again = run(on_dask, folder, dask, shard_size=5)  # the shards with no rejection are skipped
    assert (again.shards_skipped, again.read, again.new, again.duplicate) == (2, 13, 0, 12)

    parquet = tmp_path / "parquet"
    written = run("", folder, dask, shard_size=5, to=parquet)
    assert (written.new, written.rejected) == (12, 1)
    assert list(parquet.glob("part-*.parquet")) and (parquet / "_shards.jsonl").exists()
    loaded = fresh(store_url, "loaded")
    store = Store.open(loaded)
    counts = load(parquet, store)
    assert (counts.read, counts.new, counts.rejected) == (13, 12, 1)
    assert incidents(loaded) == expected
    assert load(parquet, store).new == 0  # loading again stores no report twice
    assert incidents(loaded)[:-1] == expected[:-1]
    store.close()


def test_engines_dask_worker_killed_mid_run_loses_nothing(tmp_path: Path, dask: Dask) -> None:
    folder = corpus(tmp_path / "in", 24)
    url = str(tmp_path / "db.sqlite")
    pids = list(dask.client.run(os.getpid).values())
    killed: list[int] = []

    def kill_one_when_started() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            store = Store.open(url)
            try:
                stored = store.counts()["documents"]
            finally:
                store.close()
            if stored >= 2:
                os.kill(pids[0], signal.SIGKILL)
                killed.append(pids[0])
            time.sleep(0.05)

    Store.open(url).close()  # the schema, before the watcher reads it
    watcher = threading.Thread(target=kill_one_when_started, daemon=True)
    watcher.start()
    counts = run(url, folder, dask, shard_size=2, batch_size=2)
    watcher.join(5)
    assert killed, "the run finished before a worker could be killed"
    assert (counts.read, counts.new, counts.duplicate, counts.rejected) == (24, 24, 0, 0)
    store = Store.open(url)
    totals = store.counts()
    assert (totals["raw_pages"], totals["documents"], totals["mentions"]) == (24, 24, 24)
    assert len(find_incidents(store, IncidentFilter(limit=None))) == 24
    run_row = store.last_run()
    assert run_row is not None and run_row.status == "finished"
    assert run_row.counts["shards"] == 12
    store.close()


def extract_or_die(page: RawPage, settings: Settings) -> Extraction | Rejection:
    """The ingest's extraction, except that r0001.txt kills its worker process (SIGKILL), as an
    out-of-memory kill would, each time it is tried."""
    if Path(page.name).name == "r0001.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return _extract(page, settings)


def test_engines_dask_shard_that_kills_its_workers_is_refused(tmp_path: Path, dask: Dask) -> None:
    folder = corpus(tmp_path / "in", 4)
    store = Store.open(str(tmp_path / "db.sqlite"))
    counts = ingest(
        [str(folder)], store, executor=dask, extract=extract_or_die, shard_size=2, merge=False
    )
    assert (counts.read, counts.new, counts.rejected) == (3, 2, 1)  # the lost shard: one rejection
    [died] = store.rejections()
    assert (died.stage, died.code) == ("extract", "FW901") and "r0000.txt" in died.item
    again = ingest([str(folder)], store, shard_size=2, merge=False)  # read again, stored now
    assert (again.shards_skipped, again.new, again.rejected) == (1, 2, 0)
    store.close()


class _Scripted:
    """A Dask client whose futures die (KilledWorker) as a script says: ``deaths[name]`` is how
    many submissions of the task whose first report is ``name`` die before one succeeds."""

    def __init__(self, deaths: dict[str, int]) -> None:
        self.deaths = dict(deaths)
        self.submitted: list[str] = []

    def scheduler_info(self) -> dict[str, Any]:
        return {"workers": {"a": {}, "b": {}}}

    def submit(self, fn: Any, pipeline: Any, task: list[Any], pure: bool = False) -> Any:
        from distributed.scheduler import KilledWorker

        name = task[0].origin
        self.submitted.append(name)
        dies = self.deaths.get(name, 0) > 0
        self.deaths[name] = self.deaths.get(name, 0) - 1

        class Future:
            def result(self) -> Any:
                if dies:
                    raise KilledWorker(name, SimpleNamespace(address="tcp://127.0.0.1:1"), 2)
                return fn(pipeline, task)

            def cancel(self) -> None:
                pass

        return Future()


def test_engines_dask_a_shard_killed_beside_another_is_run_once_more_alone() -> None:
    # the scheduler moved an innocent shard with the one that kills its workers: both were
    # charged with two deaths; the innocent one, run again on its own, is stored, the other not
    from forcewatch.pipeline.steps import Report

    client = _Scripted({"good": 1, "poison": 99})
    executor = Dask(client)
    tasks = [
        [Report(origin=name, page=RawPage(data=b"Police shot a man.", name=name))]
        for name in ("good", "poison", "fine")
    ]
    results = list(executor.map(lambda task: (task, {"ran": 1}), tasks))  # type: ignore[arg-type]
    assert [r[0][0].origin for r in results] == ["good", "poison", "fine"]
    assert results[0][1] == {"ran": 1} and results[0][0][0].rejection is None
    assert results[1][0][0].rejection is not None and results[1][0][0].rejection.code == "FW901"
    assert results[2][1] == {"ran": 1}
    assert client.submitted.count("good") == 2 and client.submitted.count("poison") == 2


def test_engines_relaunch_skips_completed_shards(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 8)
    (folder / "r0005.txt").write_bytes(b"")  # refused: its shard is read again next time
    store = Store.open(str(tmp_path / "db.sqlite"))
    first = ingest([str(folder)], store, settings=Settings(), shard_size=3)
    assert (first.shards, first.new, first.rejected) == (3, 7, 1)
    again = ingest([str(folder)], store, settings=Settings(), shard_size=3)
    assert (again.shards_skipped, again.read, again.duplicate, again.rejected) == (2, 8, 7, 1)
    assert again.steps["read"]["kept"] == 2  # only the shard with the rejection was read
    [run_row, *_] = store.runs()
    assert run_row.counts["shards_skipped"] == 2 and "extract" in run_row.counts["steps"]
    store.close()


def test_engines_cli_parquet_then_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = corpus(tmp_path / "in", 3)
    out = tmp_path / "out"
    assert main(["ingest", str(folder), "--to", "parquet", str(out)]) == 0
    assert "new 3" in capsys.readouterr().err
    db = str(tmp_path / "db.sqlite")
    assert main(["load", str(out), "--db", db]) == 0
    err = capsys.readouterr().err
    assert "new 3" in err and "3 incidents in all" in err
    assert main(["ingest", str(folder), "--to", "csv", str(out)]) == 2
    assert main(["ingest", str(folder), "--db", db, "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--engine dask" in capsys.readouterr().err
    code = main(["ingest", str(folder), "--db", db, "--engine", "dask", "--scheduler", "tcp://x:1"])
    assert code == 2 and "SQLite" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
def test_engines_dask_ingest_killed_leaves_no_workers(tmp_path: Path) -> None:
    """`python -m forcewatch.cli` starts a local cluster (its workers import the module: the
    guard keeps them from running the command again); killed with kill -9, its workers end."""
    import subprocess
    import sys

    from tests.test_ingest import _children, _running

    folder = corpus(tmp_path / "in", 40)
    command = [sys.executable, "-m", "forcewatch.cli", "ingest", str(folder), "--engine", "dask",
               "--workers", "2", "--db", str(tmp_path / "db.sqlite")]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        workers = _children(process.pid)
    assert len(workers) >= 2 and process.poll() is None, "no workers to orphan"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    deadline = time.monotonic() + 30
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(map(_running, workers)), "a Dask worker outlived the ingest"
