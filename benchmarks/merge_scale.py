"""Merge at scale: ``forcewatch merge`` time and peak memory at 10^4, 10^5, 10^6 mentions, on
SQLite and PostgreSQL, with growth against n log n.

    .venv/bin/python benchmarks/merge_scale.py [--sizes 10000,100000,1000000]
        [--engines sqlite,postgresql] [--pg postgresql+psycopg://postgres@127.0.0.1:5432]
        [--batch 5000] [--incremental]

Synthetic mentions, generated to look like a news archive: 40 countries weighted as coverage is
(a few with most of the news), 8-30 states each, towns with coordinates, events spread over
2010-2024, mostly exact days but some weeks, months, years and undated ones; each event reported
by one to five outlets (some a day off, with differing counts, some naming the victim or the
agency), some reports a syndicated copy of another outlet's. The truth is known, so the table also
gives the merge's pairwise precision and recall against it.

Each database is filled first (not timed), then ``run_merge`` runs in a fresh process whose peak
RSS (``ru_maxrss``) is the merge's alone. ``--incremental`` merges the first 90% of the events
(by date), then times a second run that merges the newest 10% against the stored incidents.
PostgreSQL is used when a server answers at ``--pg`` (as the tests: ``FORCEWATCH_TEST_PG``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

PG_SERVER = os.environ.get("FORCEWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
FIRST_DAY = date(2010, 1, 1).toordinal()
DAYS = date(2024, 12, 31).toordinal() - FIRST_DAY
COUNTRIES = [
    "US", "BR", "MX", "CO", "VE", "IN", "PH", "NG", "KE", "ZA", "AR", "CL", "PE", "EC", "BO", "HN",
    "GT", "SV", "NI", "DO", "JM", "HT", "PK", "BD", "ID", "TR", "EG", "IR", "IQ", "SY", "UA", "RU",
    "FR", "GB", "DE", "ES", "IT", "AU", "CA", "CM",
]  # fmt: skip
FIRST = ["James", "Maria", "John", "Ana", "Luis", "Jose", "Carlos", "Juan", "Michael", "Aisha"]
LAST = ["Smith", "Perez", "Silva", "Santos", "Garcia", "Lopez", "Johnson", "Okafor", "Singh"]
PRECISIONS = ["day"] * 80 + ["week"] * 5 + ["month"] * 7 + ["year"] * 2 + ["undated"] * 6
SPAN = {"start": 0, "end": 0, "text": ""}


def _geography(rng: random.Random) -> dict[str, list[tuple[str, list[tuple[str, float, float]]]]]:
    """Per country, states with towns (name, lat, lon)."""
    out: dict[str, list[tuple[str, list[tuple[str, float, float]]]]] = {}
    for n, country in enumerate(COUNTRIES):
        lat0, lon0 = rng.uniform(-40, 55), rng.uniform(-120, 140)
        states = []
        for s in range(rng.randint(8, 30)):
            slat, slon = lat0 + rng.uniform(-8, 8), lon0 + rng.uniform(-8, 8)
            towns = [
                (f"Town {n}-{s}-{t}", slat + rng.uniform(-1, 1), slon + rng.uniform(-1, 1))
                for t in range(rng.randint(5, 40))
            ]
            states.append((f"{country}-{s:02d}", towns))
        out[country] = states
    return out


def generate(n: int, seed: int = 1) -> Iterator[tuple[int, int, str | None, dict[str, Any]]]:
    """(event, copy_of, published, mention data) for ``n`` mentions, events in date order."""
    rng = random.Random(seed)
    geo = _geography(rng)
    weights = [1 / (i + 1) ** 1.1 for i in range(len(COUNTRIES))]  # a few countries, most news
    events = max(1, int(n / 2.2))  # ~2.2 reports an event
    days = sorted(rng.randrange(DAYS) for _ in range(events))
    made = 0
    for event, day in enumerate(days):
        country = rng.choices(COUNTRIES, weights)[0]
        state, towns = rng.choice(geo[country])
        town, lat, lon = rng.choice(towns)
        killed = rng.choice([0, 1, 1, 1, 1, 2, 2, 3, 4, 6, 9])
        victim = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if rng.random() < 0.3 else None
        agency = f"{town} Police Department" if rng.random() < 0.2 else None
        outlets = min(rng.choice([1, 1, 1, 2, 2, 3, 3, 4, 5]), n - made)
        first_report = made + 1
        for outlet in range(outlets):
            precision = rng.choice(PRECISIONS)
            when = day + (1 if rng.random() < 0.08 else 0)
            value = date.fromordinal(FIRST_DAY + when)
            published = (value + timedelta(days=rng.randint(0, 3))).isoformat()
            text = {"day": value.isoformat(), "week": value.isoformat(),
                    "month": value.isoformat()[:7], "year": value.isoformat()[:4]}  # fmt: skip
            count = killed + (rng.choice([-1, 1]) if killed > 2 and rng.random() < 0.2 else 0)
            data: dict[str, Any] = {
                "kind": "incident", "extractor": "synthetic", "confidence": 0.8,
                "evidence": [SPAN],
                "date": text.get(precision), "date_precision": "unknown" if precision == "undated" else precision,
                "place": town, "city": town, "admin1": state, "admin1_name": state,
                "country": country, "lat": lat, "lon": lon, "geo_precision": 1,
                "killed": {"low": count, "best": count, "high": None, "span": SPAN},
                "forces": [{"kind": "police", "unit": agency if rng.random() < 0.7 else None,
                            "span": SPAN}],
                "people": ([{"name": victim, "role": "victim", "fate": "killed" if killed else "injured",
                             "span": SPAN}] if victim and rng.random() < 0.8 else []),
            }  # fmt: skip
            # one report in ten after the first: the wire story another outlet republished
            copy_of = first_report if outlet and rng.random() < 0.1 else 0
            made += 1
            yield event, copy_of, published, data
            if made >= n:
                return


def fill(url: str, n: int, seed: int = 1) -> list[int]:
    """Store ``n`` synthetic mentions (one report each); returns each mention's event."""
    from sqlalchemy import insert

    from forcewatch.store import Store, models

    store = Store.open(url)
    events: list[int] = []
    pages: list[dict[str, Any]] = []
    docs: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []

    def flush() -> None:
        with store.session() as s:
            s.execute(insert(models.RawPage), pages)
            s.execute(insert(models.Document), docs)
            s.execute(insert(models.Mention), mentions)
        pages.clear(), docs.clear(), mentions.clear()

    for i, (event, copy_of, published, data) in enumerate(generate(n, seed), 1):
        events.append(event)
        pages.append({"id": i, "sha256": f"{i:064x}", "name": f"r{i}", "size": 0, "data": b""})
        docs.append(
            {"id": i, "raw_page_id": i, "format": "text", "text": "", "relevant": True,
             "relevance_score": 0.9, "relevance_reason": "", "simhash": 0, "extraction": {},
             "published": published, "duplicate_of": copy_of or None}
        )  # fmt: skip
        mentions.append(
            {"id": i, "document_id": i, "ordinal": 0, "kind": "incident", "date": data["date"],
             "date_precision": data["date_precision"], "country": data["country"],
             "admin1": data["admin1"], "place": data["place"], "city": data["city"],
             "killed_best": data["killed"]["best"], "data": data}
        )  # fmt: skip
        if len(mentions) >= 10_000:
            flush()
    if mentions:
        flush()
    if store.dialect == "postgresql":
        with store.engine.begin() as connection:
            from sqlalchemy import text

            for table in ("raw_pages", "documents", "mentions"):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
            connection.execute(text("ANALYZE"))
    store.close()
    return events


def _merge_child(url: str, batch: int, upto: int | None) -> None:
    """In a fresh process: hide mentions past ``upto`` (the incremental case's new 10%), merge,
    print seconds, peak RSS and counts as JSON."""
    from sqlalchemy import update

    from forcewatch.merge.run import run_merge
    from forcewatch.store import Store, models

    store = Store.open(url)
    if upto is not None:  # the first run: only the older mentions exist yet
        with store.session() as s:
            s.execute(update(models.Mention).where(models.Mention.id > upto).values(kind="later"))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    summary = run_merge(store, batch=batch)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime - usage.ru_utime + after.ru_stime - usage.ru_stime
    if upto is not None:
        with store.session() as s:
            s.execute(
                update(models.Mention).where(models.Mention.kind == "later").values(kind="incident")
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": summary.seconds, "cpu": cpu, "peak_mb": peak,
                      "mentions": summary.mentions, "incidents": summary.incidents}))  # fmt: skip
    store.close()


def _run_merge(url: str, batch: int, upto: int | None = None) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--_merge", url, "--batch", str(batch)]
    if upto is not None:
        argv += ["--_upto", str(upto)]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"merge failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _pairwise(url: str, events: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of the stored incidents against the generated events (on
    a sample of events for large n: pairs within 20,000 events)."""
    from sqlalchemy import select

    from forcewatch.store import Store, models

    store = Store.open(url)
    sample = set(range(0, max(events) + 1, max(1, (max(events) + 1) // 20_000)))
    with store.session() as s:
        incident_of: dict[int, int] = {
            mention_id: incident_id
            for mention_id, incident_id in s.execute(
                select(models.IncidentLink.mention_id, models.IncidentLink.incident_id)
            )
        }
    store.close()
    by_event: dict[int, list[int]] = defaultdict(list)
    by_incident: dict[int, list[int]] = defaultdict(list)
    for mention_id, event in enumerate(events, 1):
        if event in sample:
            by_event[event].append(mention_id)
    kept = {m for ms in by_event.values() for m in ms}
    for mention_id in kept:
        by_incident[incident_of[mention_id]].append(mention_id)
    true = {p for ms in by_event.values() for p in combinations(sorted(ms), 2)}
    found = {p for ms in by_incident.values() for p in combinations(sorted(ms), 2)}
    hits = len(true & found)
    return (hits / len(found) if found else 1.0), (hits / len(true) if true else 1.0)


def _pg_database(name: str) -> str | None:
    try:
        import psycopg

        plain = PG_SERVER.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(f"{plain}/postgres", autocommit=True, connect_timeout=3) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # any failure means: no PostgreSQL here
        print(f"PostgreSQL skipped: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")
        return None
    return f"{PG_SERVER}/{name}"


def _drop_pg(name: str) -> None:
    import psycopg

    plain = PG_SERVER.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--pg", default=None, help="PostgreSQL server URL (no database)")
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--incremental", action="store_true")
    parser.add_argument("--_merge", help=argparse.SUPPRESS)
    parser.add_argument("--_upto", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._merge:
        _merge_child(args._merge, args.batch, args._upto)
        return
    global PG_SERVER
    PG_SERVER = args.pg or PG_SERVER
    sizes = [int(float(x)) for x in args.sizes.split(",")]
    engines = args.engines.split(",")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs at the start")
    print(f"{'engine':<11}{'mentions':>10}{'merged':>9}{'fill s':>8}{'merge s':>9}{'cpu s':>8}{'peak MB':>9}"
          f"{'cpu us/nlog2n':>15}{'incidents':>10}{'events':>8}{'P':>7}{'R':>7}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="merge-scale-", dir="/tmp") as tmp:
        for engine in engines:
            for n in sizes:
                name = f"forcewatch_bench_{os.getpid()}_{n}"
                if engine == "sqlite":
                    url = f"sqlite:///{tmp}/merge-{n}.sqlite"
                else:
                    found = _pg_database(name)
                    if found is None:
                        break
                    url = found
                start = time.perf_counter()
                events = fill(url, n)
                filled = time.perf_counter() - start
                if args.incremental:
                    upto = int(n * 0.9)
                    _run_merge(url, args.batch, upto=upto)
                    result = _run_merge(url, args.batch)
                else:
                    result = _run_merge(url, args.batch)
                precision, recall = _pairwise(url, events)
                per = result["cpu"] / (n * math.log2(n)) * 1e6
                print(
                    f"{engine:<11}{n:>10}{result['mentions']:>9}{filled:>8.0f}{result['seconds']:>9.1f}{result['cpu']:>8.1f}"
                    f"{result['peak_mb']:>9.0f}{per:>15.3f}{result['incidents']:>10}"
                    f"{len(set(events)):>8}{precision:>7.3f}{recall:>7.3f}",
                    flush=True,
                )
                if engine == "sqlite":
                    for path in Path(tmp).glob(f"merge-{n}.sqlite*"):
                        path.unlink()
                else:
                    _drop_pg(name)
    print(
        "cpu us/nlog2n: CPU microseconds per n log2 n, constant for n log n growth. cpu s: "
        "the merge process's CPU time (the database server's not included), which the machine's "
        "other work does not stretch as it does the wall time. peak MB: the merge process's "
        "peak RSS (Python and libraries ~ 60 MB of it)."
    )


if __name__ == "__main__":
    main()
