"""Scaling: throughput of the ingest's steps with 1 and 2 worker processes over the same corpus.

    .venv/bin/python benchmarks/scaling.py [--reports 10000] [--engine dask|local]
                                           [--workers 1,2] [--shard-size 100] [--batch-size 100]
                                           [--to-parquet] [--json FILE] [--pg URL]

Builds a corpus of ``--reports`` reports as JSON Lines in a temporary folder, cycling through the
project's example reports (examples/reports, with their manifest dates) and, where present, the
Gun Violence Database articles (../shared/data/gvdb/dev.tsv) and the Human Rights Watch releases
(../shared/data/hrw/releases.jsonl); each copy gets its own reference line, so no two reports have
the same bytes. Then, for each worker count, ingests it into a fresh SQLite file (or Parquet files
with ``--to-parquet``) with ``forcewatch ingest --engine dask --workers N`` (the same code, in this
process; the workers are warmed up first, so start-up is not counted; no merge) and prints:

- reports/second and the speed-up over one worker;
- worker time (workers x wall) spent in the steps: reading, cleaning and extracting;
  what is left is scheduling, transfers and waiting for the writer;
- the writer's time (in this process, while the workers go on) as a share of the wall time;
- per-report costs: worker seconds a report (reading + cleaning + extraction; in brackets the
  CPU seconds of those steps, which other programs on the cores do not inflate) and writer
  milliseconds a report, which docs/cluster.md's projection is computed from;
- CPU milliseconds a report of this process (the writer, and Dask's scheduler, client and
  nannies, which a local cluster runs here), of which the writer, and of the workers (each
  process's own count, all its threads: with Dask, its communication too; a process pool's,
  once its workers have ended). On a machine with a core a worker, what this process spends is
  taken from the workers: two workers' speed-up is at most about 2 / (1 + its share). Unlike the wall time, these hardly depend on other programs' load
  (only Dask's periodic work, a few ms a second, grows with the wall time);
- the one writer's cost a report into SQLite, PostgreSQL (``--pg URL``, or FORCEWATCH_TEST_PG)
  and Parquet, on 300 reports extracted and prepared beforehand, with the CPU of preparing
  them (which the workers do).

Run it on an idle machine: with other programs on the cores the figures (and the speed-up) drop.
The load average before and after each run is printed with it.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
if importlib.util.find_spec("forcewatch") is None:  # run from a checkout without installing
    sys.path.insert(0, str(REPO / "src"))


def _bases() -> list[dict[str, str]]:
    """Report objects ({"text" | "html", "url", "published"}) to copy from."""
    bases: list[dict[str, str]] = []
    examples = REPO / "examples" / "reports"
    manifest = {}
    if (examples / "manifest.jsonl").exists():
        for line in (examples / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                manifest[entry["path"]] = entry
    for path in sorted(examples.rglob("*")):
        if not path.is_file() or path.name == "manifest.jsonl":
            continue
        hint = manifest.get(path.relative_to(examples).as_posix(), {})
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".json":
            try:
                bases.append({**json.loads(text)})
                continue
            except ValueError:
                pass
        field = "html" if path.suffix in (".html", ".htm") else "text"
        bases.append({field: text, **{k: hint[k] for k in ("published", "url") if k in hint}})
    gvdb = DATA / "gvdb" / "dev.tsv"
    if gvdb.exists():
        csv.field_size_limit(sys.maxsize)
        with gvdb.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row["Full text"].strip():
                    bases.append({"text": row["Full text"], "url": row["Article url"]})
    hrw = DATA / "hrw" / "releases.jsonl"
    if hrw.exists():
        for line in hrw.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry.get("text"):
                bases.append({k: entry[k] for k in ("text", "url", "published") if entry.get(k)})
    return bases


def build(n: int, out: Path) -> dict[str, int]:
    """n reports as JSON Lines; returns how many came from each kind of base."""
    bases = _bases()
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            report = dict(bases[i % len(bases)])
            field = "html" if "html" in report else "text"
            report[field] = report[field] + f"\n\nRef. {i:06d}\n"
            handle.write(json.dumps(report, ensure_ascii=False) + "\n")
    return {"reports": n, "bases": len(bases)}


def _warm() -> int:
    """Load the models in a worker (spaCy, the gazetteer) before the clock starts."""
    from forcewatch.pipeline.ingest import _extract
    from forcewatch.records import RawPage
    from forcewatch.settings import Settings

    page = RawPage(data=b"Police officers shot and killed a man in Chicago on Monday.", name="w")
    _extract(page, Settings())
    return os.getpid()


def measure(corpus: Path, workers: int, args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    from forcewatch.pipeline.executors import Dask, ProcessPool
    from forcewatch.pipeline.ingest import ingest
    from forcewatch.settings import Settings
    from forcewatch.store import Store

    executor: Any
    if args.engine == "dask":
        executor = Dask.start(workers=workers)
        executor.client.run(_warm)
    else:
        _warm()  # forked workers share what this process loaded
        executor = ProcessPool(workers)
    store = None if args.to_parquet else Store.open(str(folder / f"w{workers}.sqlite"))
    to = folder / f"w{workers}.parquet" if args.to_parquet else None
    load_before = os.getloadavg()[0]
    workers_cpu = _workers_cpu(executor)
    main_cpu = _cpu(resource.RUSAGE_SELF)
    begun = time.perf_counter()
    counts = ingest(
        [str(corpus)],
        store,
        settings=Settings(),
        merge=False,
        executor=executor,
        to=to,
        shard_size=args.shard_size,
        batch_size=args.batch_size,
    )
    wall = time.perf_counter() - begun
    main_cpu = _cpu(resource.RUSAGE_SELF) - main_cpu
    load_after = os.getloadavg()[0]
    workers_cpu = _workers_cpu(executor) - workers_cpu  # a pool's workers have ended: reaped
    executor.close()
    if store is not None:
        store.close()
    steps = counts.steps
    step_seconds = {
        name: steps.get(name, {}).get("seconds", 0.0)
        for name in ("read", "skipknown", "clean", "extract")
    }
    busy = sum(step_seconds.values())
    cpu = sum(steps.get(name, {}).get("cpu", 0.0) for name in step_seconds)
    return {
        "workers": workers,
        "reports": counts.read,
        "new": counts.new,
        "rejected": counts.rejected,
        "wall": wall,
        "rate": counts.read / wall,
        "extraction_share": (step_seconds["clean"] + step_seconds["extract"]) / (workers * wall),
        "reading_share": (step_seconds["read"] + step_seconds["skipknown"]) / (workers * wall),
        "idle_share": max(0.0, 1 - busy / (workers * wall)),
        "write_share": counts.write_seconds / wall,
        "worker_s_per_report": busy / max(counts.read, 1),
        "worker_cpu_per_report": cpu / max(counts.read, 1),
        "write_ms_per_report": 1000 * counts.write_seconds / max(counts.read, 1),
        "main_cpu_ms_per_report": 1000 * main_cpu / max(counts.read, 1),
        "writer_cpu_ms_per_report": 1000 * counts.write_cpu / max(counts.read, 1),
        "workers_cpu_ms_per_report": 1000 * workers_cpu / max(counts.read, 1),
        "load": (load_before, load_after),
    }


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _workers_cpu(executor: Any) -> float:
    """CPU seconds the workers have used so far, each process's own count (Dask's workers, with
    their communication threads), or those of this process's ended children (a process pool's
    workers, once the pool has stopped them)."""
    from forcewatch.pipeline.executors import Dask

    if isinstance(executor, Dask):
        return sum(executor.client.run(time.process_time).values())
    return _cpu(resource.RUSAGE_CHILDREN)


def table(rows: list[dict[str, Any]]) -> str:
    base = rows[0]["rate"]
    lines = [
        "| workers | reports | wall s | reports/s | speed-up | worker time: extraction | "
        "reading | scheduling, transfer, idle | writer (share of wall) | worker s/report "
        "(CPU s) | writer ms/report | load avg before/after |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['workers']} | {row['reports']:,} | {row['wall']:.1f} | {row['rate']:.1f} | "
            f"{row['rate'] / base:.2f} | {row['extraction_share']:.1%} | "
            f"{row['reading_share']:.1%} | {row['idle_share']:.1%} | {row['write_share']:.1%} | "
            f"{row['worker_s_per_report']:.4f} ({row['worker_cpu_per_report']:.4f}) | "
            f"{row['write_ms_per_report']:.2f} | "
            f"{row['load'][0]:.1f} / {row['load'][1]:.1f} |"
        )
    lines += [
        "",
        "| workers | CPU ms/report: this process (writer, scheduler, client, nannies) | of "
        "which the writer | workers (all their threads) | this process / workers |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        main, work = row["main_cpu_ms_per_report"], row["workers_cpu_ms_per_report"]
        lines.append(
            f"| {row['workers']} | {main:.2f} | {row['writer_cpu_ms_per_report']:.2f} | "
            f"{work:.2f} | {main / work if work else 0:.1%} |"
        )
    return "\n".join(lines)


def writer_costs(
    folder: Path, pg: str | None, n: int = 300
) -> list[tuple[str, float, float, float]]:
    """Milliseconds a report (wall, CPU) the one writer spends in each sink, on ``n`` reports
    extracted and prepared beforehand (the CPU of preparing them, which the workers do, apart),
    written in batches of 100 into an empty sink."""
    import shutil

    from forcewatch.pipeline.shards import plan_shards
    from forcewatch.pipeline.steps import Clean, Extract, Pipeline, Read, Report
    from forcewatch.pipeline.writers import ParquetSink, Sink, StoreSink
    from forcewatch.store import Store

    corpus = folder / "writers.jsonl"
    build(n, corpus)
    [shard] = plan_shards([str(corpus)], shard_size=n + 1)
    reports, _ = Pipeline([Read(), Clean(), Extract()])([Report(str(shard), shard=shard)])
    rows = [(r.page, r.extraction, r.simhash) for r in reports if r.extraction and r.page]
    sinks: list[tuple[str, Sink]] = [
        ("SQLite", StoreSink(Store.open(str(folder / "writers.sqlite")))),
        ("Parquet", ParquetSink(folder / "writers.parquet")),
    ]
    if pg:
        import psycopg

        name = f"forcewatch_scaling_{os.getpid()}"
        with psycopg.connect(f"{pg.replace('+psycopg', '')}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
        sinks.insert(1, ("PostgreSQL", StoreSink(Store.open(f"{pg}/{name}"))))
    costs = []
    for label, sink in sinks:
        cpu = time.process_time()
        prepared = [sink.prepare(*row) for row in rows]  # in the workers, during a run
        preparing = time.process_time() - cpu
        wall, cpu = time.perf_counter(), time.process_time()
        for start in range(0, len(rows), 100):
            sink.write(prepared[start : start + 100], [], [], None)
        costs.append(
            (
                label,
                1000 * (time.perf_counter() - wall) / len(rows),
                1000 * (time.process_time() - cpu) / len(rows),
                1000 * preparing / len(rows),
            )
        )
        if isinstance(sink, StoreSink):
            sink.store.close()
    if pg:
        with psycopg.connect(f"{pg.replace('+psycopg', '')}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    shutil.rmtree(folder / "writers.parquet", ignore_errors=True)
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--engine", choices=["dask", "local"], default="dask")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--shard-size", type=int, default=100)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--to-parquet", action="store_true", help="write Parquet, not SQLite")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--pg",
        default=os.environ.get("FORCEWATCH_TEST_PG"),
        help="a PostgreSQL server URL (postgresql+psycopg://USER@HOST:PORT) for the writer's cost",
    )
    parser.add_argument("--no-writers", action="store_true", help="skip the writers' costs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="forcewatch-scaling-") as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        made = build(args.reports, corpus)
        print(
            f"corpus: {made['reports']:,} reports from {made['bases']} distinct bases "
            f"({corpus.stat().st_size / 1e6:.1f} MB); engine {args.engine}, shards of "
            f"{args.shard_size}, batches of {args.batch_size}, "
            f"{'Parquet' if args.to_parquet else 'SQLite'}; {os.cpu_count()} CPUs",
            flush=True,
        )
        rows = []
        for workers in (int(w) for w in args.workers.split(",")):
            rows.append(measure(corpus, workers, args, folder))
            print(f"  {workers} worker(s): {rows[-1]['rate']:.1f} reports/s", flush=True)
        costs = [] if args.no_writers else writer_costs(folder, args.pg)
    print(table(rows))
    if costs:
        print(
            "\n| the one writer, into | ms a report (wall) | ms a report (CPU) | preparing its "
            "rows in the worker (CPU ms) |\n|---|---|---|---|"
        )
        for label, wall, cpu, preparing in costs:
            print(f"| {label} | {wall:.2f} | {cpu:.2f} | {preparing:.2f} |")
        print(f"load average now: {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
