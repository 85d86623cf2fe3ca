"""Web load: the review app on 100,000 incidents in SQLite, under 20 concurrent clients.

    .venv/bin/python benchmarks/web_load.py [--incidents 100000] [--clients 20]
        [--requests 2000] [--seconds 60] [--workers 2] [--db PATH] [--runs 1]

1. Fills a fresh SQLite file (in a temporary folder, or ``--db PATH``, kept and reused by later
   runs) with ``--incidents`` incidents, each with a report, a mention and its link, as
   ``benchmarks/scale.py`` does for queries.
2. Starts ``forcewatch serve --workers N`` (N uvicorn processes, each on its own socket) on
   127.0.0.1 only.
3. Runs ``--clients`` concurrent clients, each logged in with its own session, for at most
   ``--requests`` requests in all and at most ``--seconds`` seconds: half ask for the list page
   with a filter (country, a date range, most killed first), half for a random incident's page.
4. Prints p50, p95 and p99 of each (goal: p95 < 100 ms) and the throughput; with ``--runs N``,
   each run's figures and then the run whose worst p95 is the median (the machine is shared: one
   run says little).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

LIST = "/incidents?country=VE&from=2019-01&to=2021-12&sort=-killed"


def fill(db: Path, n: int, seed: int = 3) -> None:
    from sqlalchemy import insert

    from forcewatch.store import Store, models

    store = Store.open(str(db))
    rng = random.Random(seed)
    countries = ["VE", "BR", "MX", "CO", "US", "AR"]
    start = time.perf_counter()
    with store.session() as s:
        for chunk in range(0, n, 5000):
            ids = range(chunk + 1, min(n, chunk + 5000) + 1)
            s.execute(
                insert(models.RawPage),
                [{"id": i, "sha256": f"{i:064x}", "name": f"r{i}.txt", "size": 0, "data": b""} for i in ids],
            )  # fmt: skip
            texts = {
                i: f"Police officers shot and killed {i % 7 + 1} people in Barrio {i} on a raid. "
                "Relatives said the victims were unarmed." * 3
                for i in ids
            }
            s.execute(
                insert(models.Document),
                [
                    {"id": i, "raw_page_id": i, "format": "text", "text": texts[i], "title": f"Raid in Barrio {i}",
                     "published": "2020-01-01", "relevant": True, "relevance_score": 0.9,
                     "relevance_reason": "state agents are the agents of a killing", "simhash": 0,
                     "extraction": {}}
                    for i in ids
                ],
            )  # fmt: skip
            s.execute(
                insert(models.Mention),
                [
                    {"id": i, "document_id": i, "ordinal": 0, "kind": "incident", "date": None,
                     "date_precision": "day",
                     "data": {"kind": "incident", "extractor": "bench", "confidence": 1.0,
                              "evidence": [{"start": 0, "end": 40, "text": texts[i][:40]}]}}
                    for i in ids
                ],
            )  # fmt: skip
            rows = []
            for i in ids:
                country = rng.choice(countries)
                killed = rng.randint(0, 12)
                rows.append(
                    {
                        "id": i, "status": rng.choice(["unreviewed", "unreviewed", "verified"]),
                        "date": f"{rng.randint(2010, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "date_precision": "day", "country": country,
                        "admin1": f"{country}-{rng.choice('ABCDEFGHIJ')}", "place": f"Barrio {i}",
                        "killed_low": killed, "killed_best": killed, "forces": ["police"],
                        "force_main": "police", "units": [], "allegations": [], "people": [],
                        "provenance": {}, "conflicts": {}, "edited": {}, "n_sources": 1,
                        "search_text": f"Barrio {i}",
                    }
                )  # fmt: skip
            s.execute(insert(models.Incident), rows)
            s.execute(
                insert(models.IncidentLink),
                [{"mention_id": i, "incident_id": i, "score": 1.0, "explanation": "first report of this incident", "method": "auto"} for i in ids],
            )  # fmt: skip
    print(
        f"filled {n} incidents in {time.perf_counter() - start:.1f} s ({db.stat().st_size / 1e6:.0f} MB)"
    )
    store.close()


def sessions(db: Path, count: int) -> list[str]:
    from forcewatch.errors import AuthError
    from forcewatch.store import Store
    from forcewatch.store.users import add_user, authenticate, create_session

    store = Store.open(str(db))
    try:  # a database kept by --db has its user already
        user = authenticate(store, "bench", "a long benchmark password")
    except AuthError:
        user = add_user(store, "bench", "a long benchmark password", "analyst")
    tokens = [create_session(store, user)[0] for _ in range(count)]
    store.close()
    return tokens


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "forcewatch.cli", "--db", str(db), "serve"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    return subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)


async def _get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str, cookie: str
) -> int:
    """One GET on a kept-alive connection; a bare HTTP/1.1 client, so that the load generator
    takes as little of the machine's CPU from the server as it can."""
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: fw_session={cookie}\r\n\r\n".encode()
    )
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    if b"transfer-encoding: chunked" in head.lower():
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return status


async def load(
    port: int, tokens: list[str], n: int, requests: int, seconds: float
) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {"list": [], "incident": []}
    budget = {"left": requests}
    deadline = time.monotonic() + seconds
    errors: list[str] = []

    async def client(token: str, seed: int) -> None:
        rng = random.Random(seed)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while budget["left"] > 0 and time.monotonic() < deadline:
                budget["left"] -= 1
                kind = "list" if rng.random() < 0.5 else "incident"
                path = LIST if kind == "list" else f"/incidents/{rng.randint(1, n)}"
                start = time.perf_counter()
                status = await _get(reader, writer, path, token)
                timings[kind].append((time.perf_counter() - start) * 1000)
                if status != 200:
                    errors.append(f"{path}: {status}")
        finally:
            writer.close()

    await asyncio.gather(*(client(t, i) for i, t in enumerate(tokens)))
    if errors:
        print(f"{len(errors)} requests failed, e.g. {errors[:3]}")
    return timings


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of the server process and its workers, from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def wait_up(base: str, seconds: float = 30) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def run(db: Path, args: argparse.Namespace, tokens: list[str]) -> dict[str, float]:
    """One run against a fresh server; prints its figures and gives them back."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = serve(db, port, args.workers)
    try:
        wait_up(base)
        asyncio.run(load(port, tokens[:2], args.incidents, 40, 30))  # warm up
        cpu = cpu_seconds(server.pid)
        start = time.perf_counter()
        timings = asyncio.run(load(port, tokens, args.incidents, args.requests, args.seconds))
        elapsed = time.perf_counter() - start
        cpu = cpu_seconds(server.pid) - cpu
    finally:
        server.terminate()
        server.wait(timeout=20)
    done = sum(len(t) for t in timings.values())
    figures = {"rps": done / elapsed, "cpu": cpu * 1000 / max(done, 1)}
    print(
        f"{done} requests from {args.clients} concurrent clients in {elapsed:.1f} s "
        f"({done / elapsed:.0f} requests/s), server: {args.workers} uvicorn worker(s), SQLite"
    )
    print(
        f"server CPU {figures['cpu']:.1f} ms per request; machine load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other work slows every figure)"
    )
    print(f"{'page':<44} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    worst = 0.0
    for kind, label in (("list", f"list {LIST}"), ("incident", "incident /incidents/{id}")):
        values = sorted(timings[kind])
        if not values:
            continue
        cuts = statistics.quantiles(values, n=100)
        p50, p95, p99 = statistics.median(values), cuts[94], cuts[98]
        figures.update({f"{kind}_p50": p50, f"{kind}_p95": p95})
        worst = max(worst, p95)
        print(f"{label[:44]:<44} {len(values):>5} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f}")
    figures["worst"] = worst
    print(f"worst p95 {worst:.1f} ms (goal < 100 ms): {'PASS' if worst < 100 else 'FAIL'}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000, help="at most this many in all")
    parser.add_argument("--seconds", type=float, default=60, help="at most this long")
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--db", type=Path, help="SQLite file to fill once and reuse")
    parser.add_argument("--runs", type=int, default=1, help="runs, each with a fresh server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "web.sqlite"
        if not db.exists():
            fill(db, args.incidents)
        tokens = sessions(db, args.clients)
        results = []
        for number in range(args.runs):
            if args.runs > 1:
                print(f"-- run {number + 1} of {args.runs}")
            results.append(run(db, args, tokens))
    if args.runs > 1:
        middle = sorted(results, key=lambda r: r["worst"])[(len(results) - 1) // 2]
        print(
            f"median run of {args.runs} (by worst p95): list p50 {middle['list_p50']:.1f} / p95 "
            f"{middle['list_p95']:.1f} ms, incident p50 {middle['incident_p50']:.1f} / p95 "
            f"{middle['incident_p95']:.1f} ms, {middle['rps']:.0f} requests/s, server CPU "
            f"{middle['cpu']:.1f} ms per request"
        )


if __name__ == "__main__":
    main()
