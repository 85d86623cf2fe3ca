"""``forcewatch ingest``: idempotent, resumable after kill -9, rejections recorded, the seed page
beside two Spanish reports of the same operation merged into one incident."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from forcewatch.cli import main
from forcewatch.pipeline.ingest import _extract, ingest
from forcewatch.pipeline.runs import this_process
from forcewatch.records import Extraction, RawPage, Rejection
from forcewatch.settings import Settings
from forcewatch.store import Store
from forcewatch.store.query import IncidentFilter, find_incidents
from tests.conftest import EXAMPLES, shared_path

PLACES = [
    ("Petare", "estado Miranda"), ("Maracaibo", "estado Zulia"), ("Barquisimeto", "estado Lara"),
    ("Cumaná", "estado Sucre"), ("Valencia", "estado Carabobo"), ("Maturín", "estado Monagas"),
]  # fmt: skip
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre"]


def corpus(folder: Path, n: int) -> Path:
    """n distinct short reports of n distinct incidents, written for the test."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        city, state = PLACES[i % len(PLACES)]
        day, month = 1 + i % 27, MONTHS[(i // 27) % len(MONTHS)]
        victims = 2 + i % 5
        (folder / f"r{i:04d}.txt").write_text(
            f"{city.upper()}, {day} de {month} (Agencia) – Funcionarios de la Policía Nacional "
            f"Bolivariana mataron a {victims} hombres el {day} de {month} de 2019 durante un "
            f"allanamiento en {city}, {state}, según denunciaron los familiares de las víctimas, "
            f"que hablan de ejecuciones extrajudiciales. Caso número {i}.",
            encoding="utf-8",
        )
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_ingest_twice_stores_once(tmp_path: Path, store_url: str, jobs: int) -> None:
    reports = corpus(tmp_path / "in", 12)
    store = Store.open(store_url)
    first = ingest([str(reports)], store, settings=Settings(jobs=jobs))
    again = ingest([str(reports)], store, settings=Settings(jobs=jobs))
    assert (first.read, first.new, first.duplicate) == (12, 12, 0)
    assert (again.read, again.new, again.duplicate) == (12, 0, 12)
    assert store.counts()["documents"] == 12
    assert len(find_incidents(store, IncidentFilter())) == 12
    store.close()


def test_ingest_rejections_recorded_and_run_goes_on(tmp_path: Path) -> None:
    reports = corpus(tmp_path / "in", 3)
    (reports / "empty.txt").write_bytes(b"")
    (reports / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (reports / "bad.jsonl").write_text('{"text": "ok but short"}\nnot json\n{"url": "x"}\n')
    store = Store.open(str(tmp_path / "db.sqlite"))
    counts = ingest([str(reports)], store, settings=Settings())
    assert counts.new == 4 and counts.rejected == 4
    reasons = {(r.code, Path(r.item.split(":")[0]).name) for r in store.rejections()}
    assert ("FW101", "empty.txt") in reasons
    assert ("FW102", "image.html") in reasons
    assert ("FW104", "bad.jsonl") in reasons


def test_ingest_seed_twice_and_two_spanish_reports_one_incident(tmp_path: Path) -> None:
    seed = shared_path("seed", "000_5bbd62df70c88e63.txt")
    store = Store.open(str(tmp_path / "db.sqlite"))
    counts = ingest(
        [str(seed), str(seed), str(EXAMPLES / "es" / "es_junquito_a.txt"),
         str(EXAMPLES / "es" / "es_junquito_b.txt")],
        store, settings=Settings(),
    )  # fmt: skip
    assert (counts.new, counts.duplicate) == (3, 1)
    [junquito] = find_incidents(store, IncidentFilter(admin1="VE-M"))
    assert junquito.n_sources == 3
    assert junquito.date == "2018-01-15"
    assert junquito.killed is not None
    assert (junquito.killed.low, junquito.killed.high) == (7, 9)  # 7, at least 9, at least 9
    assert "killed" in junquito.conflicts


def test_ingest_cli_reads_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db.sqlite")
    assert main(["ingest", str(corpus(tmp_path / "in", 4)), "--db", db]) == 0
    assert "read 4, new 4" in capsys.readouterr().err
    assert main(["incidents", "--db", db, "--format", "json", "--admin1", "VE-M"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    incident = json.loads(line)
    assert main(["show", str(incident["id"]), "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "sources   1" in shown and "Petare" in shown and "> " in shown
    assert main(["sources", str(incident["id"]), "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["explanation"] == "first report of this incident"
    assert main(["review", str(incident["id"]), "verified", "--who", "ana", "--db", db]) == 0
    assert main(["incidents", "--db", db, "--status", "verified"]) == 0
    assert "verified" in capsys.readouterr().out
    assert main(["show", "999", "--db", db]) == 1
    assert "FW303" in capsys.readouterr().err


def test_ingest_db_before_or_after_the_verb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the default ./forcewatch.sqlite must stay untouched
    first, second = str(tmp_path / "first.sqlite"), str(tmp_path / "second.sqlite")
    assert main(["--db", first, "ingest", str(corpus(tmp_path / "in", 2))]) == 0
    assert main(["--db", first, "incidents", "--format", "json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["--db", first, "incidents", "--db", second, "--format", "json"]) == 0
    assert capsys.readouterr().out == ""  # the option after the verb wins
    assert not (tmp_path / "forcewatch.sqlite").exists()


def test_ingest_bad_database_url_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["incidents", "--db", "mysql+nosuchdriver://x/y"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "FW301" in err


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as connection:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_ingest_survives_kill_9(tmp_path: Path) -> None:
    reports = corpus(tmp_path / "in", 240)
    db = tmp_path / "killed.sqlite"
    command = [sys.executable, "-m", "forcewatch.cli", "ingest", str(reports), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _documents(db) < 60 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    stored = _documents(db)
    assert 60 <= stored < 240

    resumed = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert f"duplicate {stored} " in resumed.stderr

    clean = tmp_path / "clean.sqlite"
    subprocess.run([*command[:-1], str(clean)], capture_output=True, timeout=600, check=True)
    with sqlite3.connect(db) as a, sqlite3.connect(clean) as b:
        for table in ("raw_pages", "documents", "mentions", "incidents"):
            (left,) = a.execute(f"SELECT count(*) FROM {table}").fetchone()
            (right,) = b.execute(f"SELECT count(*) FROM {table}").fetchone()
            assert left == right, table
        hashes = a.execute("SELECT count(DISTINCT sha256), count(*) FROM raw_pages").fetchone()
        assert hashes == (240, 240)


def test_ingest_then_export_and_indicators(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv as csvlib

    db = str(tmp_path / "db.sqlite")
    assert main(["ingest", str(corpus(tmp_path / "in", 6)), "--db", db]) == 0
    out = tmp_path / "incidents.csv"
    assert (
        main(["export", "--db", db, "--format", "csv", "--out", str(out), "--country", "VE"]) == 0
    )
    rows = list(csvlib.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 6 and {r["country"] for r in rows} == {"VE"}
    assert {r["sources_count"] for r in rows} == {"1"}
    geo = tmp_path / "incidents.geojson"
    assert main(["export", "--db", db, "--format", "geojson", "--out", str(geo)]) == 0
    assert json.loads(geo.read_text())["type"] == "FeatureCollection"
    chart = tmp_path / "chart.png"
    capsys.readouterr()
    assert (
        main(["indicators", "--db", db, "--by", "admin1", "--format", "json", "--plot", str(chart)])
        == 0
    )
    payload = json.loads(capsys.readouterr().out)
    rows_json = payload["rows"] if isinstance(payload, dict) else payload
    assert sum(r["incidents"] for r in rows_json) == 6
    assert chart.stat().st_size > 1000


def test_ingest_url_list_from_a_local_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import http.server
    import threading
    from functools import partial

    site = corpus(tmp_path / "site", 3)
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /r0002.txt\n")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join(f"{base}/r{i:04d}.txt" for i in range(3)) + "\n")
        db = str(tmp_path / "db.sqlite")
        code = main(["ingest", str(urls), "--db", db, "--allow-private", "--rate-limit", "0"])
        assert code == 1  # one URL refused by robots.txt: stored the rest, exits 1 as extract does
        assert "read 3, new 2" in capsys.readouterr().err
        refused = main(["ingest", str(urls), "--db", str(tmp_path / "other.sqlite")])
        assert refused == 1 and "rejected 3" in capsys.readouterr().err  # loopback needs consent
        assert main(["rejections", "--db", db]) == 0
        assert "FW108" in capsys.readouterr().out  # robots.txt said no
    finally:
        server.shutdown()


def test_ingest_max_bytes_and_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = corpus(tmp_path / "in", 2)
    big = reports / "r0000.txt"
    size = big.stat().st_size
    db = str(tmp_path / "db.sqlite")
    assert main(["ingest", str(big), "--db", db, "--max-bytes", str(size - 1)]) == 1
    assert "rejected 1" in capsys.readouterr().err
    [refused] = Store.open(db).rejections()
    assert (refused.code, refused.stage) == ("FW103", "read")

    monkeypatch.setenv("FORCEWATCH_MAX_BYTES", str(size - 1))
    assert main(["ingest", str(big), "--db", db]) == 1
    assert main(["ingest", str(big), "--db", db, "--max-bytes", str(size)]) == 0  # the flag wins
    assert "new 1" in capsys.readouterr().err
    monkeypatch.delenv("FORCEWATCH_MAX_BYTES")
    assert main(["ingest", str(reports), "--db", db]) == 0  # nothing refused

    assert main(["ingest", str(reports), "--db", db, "--max-bytes", "0"]) == 2
    assert main(["ingest", str(reports), "--db", db, "--jobs", "0"]) == 2
    monkeypatch.setenv("FORCEWATCH_MAX_BYTES", "lots")
    assert main(["ingest", str(reports), "--db", db]) == 2
    assert main(["ingest", str(reports), "--db", db, "--max-bytes", "many"]) == 2


def extract_or_die(page: RawPage, settings: Settings) -> Extraction | Rejection:
    """The ingest's extraction, except that the report named in FORCEWATCH_TEST_KILL kills its
    worker process as the kernel's out-of-memory killer would (SIGKILL)."""
    if Path(page.name).name == os.environ.get("FORCEWATCH_TEST_KILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    return _extract(page, settings)


def test_ingest_worker_killed_costs_only_its_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCEWATCH_TEST_KILL", "r0003.txt")
    reports = corpus(tmp_path / "in", 6)
    _extract(RawPage(data=(reports / "r0000.txt").read_bytes(), name="warm-up"), Settings())
    # models loaded here are shared by the forked workers, the replacements included
    store = Store.open(str(tmp_path / "db.sqlite"))
    counts = ingest([str(reports)], store, settings=Settings(jobs=2), extract=extract_or_die)
    assert (counts.read, counts.new, counts.rejected) == (6, 5, 1)
    [died] = store.rejections()
    assert (Path(died.item).name, died.stage, died.code) == ("r0003.txt", "extract", "FW901")
    assert "died on each of 2 attempts (SIGKILL" in died.reason
    run = store.last_run()
    assert run is not None and run.status == "finished"

    monkeypatch.delenv("FORCEWATCH_TEST_KILL")  # the next run stores it
    again = ingest([str(reports)], store, settings=Settings(jobs=2), extract=extract_or_die)
    assert (again.new, again.duplicate, again.rejected) == (1, 5, 0)
    store.close()


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
def test_ingest_main_killed_leaves_no_workers(tmp_path: Path) -> None:
    reports = corpus(tmp_path / "in", 200)
    db = tmp_path / "db.sqlite"
    command = [sys.executable, "-m", "forcewatch.cli", "ingest", str(reports), "--db", str(db)]
    process = subprocess.Popen(
        [*command, "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        workers = _children(process.pid)
    assert len(workers) == 2 and process.poll() is None, "no workers to orphan"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    deadline = time.monotonic() + 5
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, workers)), "a worker outlived the ingest"


def test_ingest_two_at_once_both_finish(tmp_path: Path, store_url: str) -> None:
    """Two ingests of the same reports into one new database at once: both finish, every report
    is stored once, and their merges do not link a mention twice."""
    reports = corpus(tmp_path / "in", 16)
    command = [sys.executable, "-m", "forcewatch.cli", "ingest", str(reports), "--db", store_url]
    both = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    finished = [(p.communicate(timeout=120)[1], p.returncode) for p in both]
    assert [code for _, code in finished] == [0, 0], finished
    news = [int(err.split("new ")[1].split(",")[0]) for err, _ in finished]
    assert sum(news) == 16
    store = Store.open(store_url)
    counts = store.counts()
    assert (counts["raw_pages"], counts["documents"], counts["mentions"]) == (16, 16, 16)
    incidents = find_incidents(store, IncidentFilter())
    assert len(incidents) == 16 and {i.n_sources for i in incidents} == {1}
    store.close()


def _run_status(db: Path) -> list[tuple[int, str]]:
    try:
        with sqlite3.connect(db, timeout=30) as connection:
            return list(connection.execute("SELECT id, status FROM runs ORDER BY id"))
    except sqlite3.OperationalError:
        return []


def test_ingest_run_killed_is_marked_interrupted_next_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite"
    store = Store.open(str(db))
    alive = store.start_run("ingest", ["elsewhere"], {**this_process(), "host": "other-host"})
    mine = store.start_run("ingest", ["this one"], this_process())  # running, and alive
    store.close()
    command = [sys.executable, "-m", "forcewatch.cli", "ingest", "--db", str(db)]
    process = subprocess.Popen(
        [*command, str(corpus(tmp_path / "many", 200))],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while len(_run_status(db)) < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    killed = alive + 2
    assert _run_status(db) == [(alive, "running"), (mine, "running"), (killed, "running")]

    assert main(["ingest", str(corpus(tmp_path / "few", 1)), "--db", str(db)]) == 0
    assert f"run {killed} (started " in capsys.readouterr().err
    assert _run_status(db) == [
        (alive, "running"), (mine, "running"), (killed, "interrupted"), (killed + 1, "finished")
    ]  # fmt: skip
    assert main(["runs", "--db", str(db)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith(f"run {killed + 1}  ingest") and "finished" in listed[0]
    assert "interrupted" in listed[1] and f"pid {process.pid}" in listed[1]
