"""Scale: ingest of many reports into SQLite, merge time against n log n, filtered queries.

    .venv/bin/python benchmarks/scale.py [--reports 10000] [--jobs 2] [--incidents 100000]

1. Generates ``--reports`` reports from the Gun Violence Database texts and the html-pages'
   main texts in ../shared/data (paragraphs shuffled, dates and places varied; nothing is
   written into the repository), ingests them into a fresh SQLite file with ``forcewatch
   ingest`` (the same code path, in this process) and prints reports/second, peak memory and
   database size.
2. Times the merge on 10k, 30k and 100k synthetic mentions, its blocking and scoring in memory
   and the whole ``forcewatch merge`` in a database, and prints each time beside n log n, so
   growth faster than n log n shows.
3. Fills a database with ``--incidents`` incidents and times ``forcewatch incidents`` queries
   with filters (goal: < 200 ms each).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "src"))

CITIES = [
    ("Chicago", "Illinois"), ("Houston", "Texas"), ("Phoenix", "Arizona"), ("Denver", "Colorado"),
    ("Atlanta", "Georgia"), ("Memphis", "Tennessee"), ("Baltimore", "Maryland"),
    ("Milwaukee", "Wisconsin"), ("Fresno", "California"), ("Tulsa", "Oklahoma"),
]  # fmt: skip
MONTHS = "January February March April May June July August September October November December"


def _paragraphs() -> list[str]:
    paragraphs: list[str] = []
    gvdb = DATA / "gvdb" / "dev.tsv"
    if gvdb.exists():
        csv.field_size_limit(sys.maxsize)
        with gvdb.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                sentences = re.split(r"(?<=[.!?])\s+", row["Full text"])
                for i in range(0, len(sentences), 3):
                    chunk = " ".join(sentences[i : i + 3]).strip()
                    if len(chunk) > 80:
                        paragraphs.append(chunk)
    pages = DATA / "html-pages" / "pages"
    if pages.exists():
        import trafilatura

        for path in sorted(pages.glob("*.html"))[:150]:
            text = trafilatura.extract(path.read_text(encoding="utf-8", errors="replace")) or ""
            paragraphs.extend(p for p in text.split("\n") if len(p) > 80)
    if not paragraphs:
        sys.exit(f"benchmarks/scale.py: no data in {DATA} (gvdb or html-pages needed)")
    return paragraphs


def generate(n: int, out: Path, seed: int = 1) -> Path:
    """n reports as JSON Lines: shuffled paragraphs, a varied date and place for each."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    months = MONTHS.split()
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            city, state = rng.choice(CITIES)
            month, day, year = (
                rng.choice(months),
                rng.randint(1, 28),
                rng.choice([2015, 2016, 2017]),
            )
            body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 7)))
            lead = (
                f"{city.upper()} — Police officers shot and killed a man on {month} {day}, {year}, "
                f"in {city}, {state}, after a chase, officials said (report {i})."
                if i % 3 == 0
                else f"{city.upper()} — Residents of {city}, {state}, met on {month} {day} (note {i})."
            )
            text = "\n\n".join([lead, *body])
            published = f"{year}-{months.index(month) + 1:02d}-{min(28, day + 1):02d}"
            handle.write(json.dumps({"text": text, "published": published}) + "\n")
    return out


def bench_ingest(n: int, jobs: int, folder: Path) -> None:
    from forcewatch.pipeline.ingest import ingest
    from forcewatch.settings import Settings
    from forcewatch.store import Store

    source = generate(n, folder / "reports.jsonl")
    db = folder / "scale.sqlite"
    store = Store.open(str(db))
    start = time.perf_counter()
    counts = ingest([str(source)], store, settings=Settings(jobs=jobs))
    seconds = time.perf_counter() - start
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = sum(p.stat().st_size for p in folder.glob("scale.sqlite*")) / 1e6
    print(f"ingest: {counts.line()}")
    print(
        f"ingest: {n} reports in {seconds:.1f} s = {n / seconds:.1f} reports/s with {jobs} job(s); "
        f"peak RSS {peak:.0f} MB (largest worker {children:.0f} MB); database {size:.1f} MB"
    )
    if counts.merge:
        print(
            f"ingest: merge of {counts.merge.mentions} mentions took {counts.merge.seconds:.2f} s"
        )


def _views(n: int, seed: int = 2) -> list[object]:
    from forcewatch.merge.assemble import Member
    from forcewatch.merge.match import MentionView
    from forcewatch.records import Mention

    span = {"start": 0, "end": 0, "text": ""}

    rng = random.Random(seed)
    views = []
    for i in range(n):
        incident = rng.randrange(max(1, n // 3))  # about three reports an incident
        irng = random.Random(incident)
        day = 735000 + irng.randrange(3650)
        country = irng.choice(["VE", "BR", "MX", "CO", "US", "AR"])
        data = {
            "date": None, "date_precision": "day", "country": country,
            "admin1": f"{country}-{irng.randrange(20)}", "place": f"Barrio {incident}",
            "city": f"City {irng.randrange(200)}",
            "killed": {"low": irng.randint(1, 9), "best": None, "high": None}, "people": [],
            "forces": [{"kind": "police", "span": span}], "kind": "incident",
            "extractor": "synthetic", "confidence": 1.0,
        }  # fmt: skip
        from datetime import date

        data["date"] = date.fromordinal(day + rng.choice([0, 0, 0, 1])).isoformat()
        views.append(MentionView.of(Member(i, i, i, None, Mention.model_validate(data))))
    views.sort(key=lambda v: (v.days[1] if v.days else 0, v.id))  # type: ignore[attr-defined]
    return views


def bench_merge(sizes: list[int]) -> None:
    from forcewatch.merge.match import Index, assign

    print("\nmerge (blocking + scoring, in memory):")
    print(f"{'mentions':>10} {'seconds':>9} {'s / (n log2 n) x 1e6':>22} {'incidents':>10}")
    base = None
    for n in sizes:
        views = _views(n)
        start = time.perf_counter()
        decisions = assign(views, Index())  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        per = seconds / (n * math.log2(n)) * 1e6
        base = base or per
        incidents = len({d.cluster_id for d in decisions})
        print(f"{n:>10} {seconds:>9.2f} {per:>22.3f} {incidents:>10}")
    print("a constant last-but-one column means n log n growth; a rising one, faster.")


def bench_db_merge(sizes: list[int], folder: Path) -> None:
    """The whole merge in the database: read mentions, assign, write links and incidents."""
    from sqlalchemy import insert

    from forcewatch.merge.run import run_merge
    from forcewatch.store import Store, models

    print("\nmerge in the database (forcewatch merge):")
    print(f"{'mentions':>10} {'seconds':>9} {'s / (n log2 n) x 1e6':>22} {'incidents':>10}")
    for n in sizes:
        store = Store.open(str(folder / f"merge-{n}.sqlite"))
        views = _views(n)
        with store.session() as s:
            s.execute(
                insert(models.RawPage),
                [
                    {"id": i + 1, "sha256": f"{i:064x}", "name": f"r{i}", "size": 0, "data": b""}
                    for i in range(n)
                ],
            )
            s.execute(
                insert(models.Document),
                [
                    {"id": i + 1, "raw_page_id": i + 1, "format": "text", "text": "", "relevant": True,
                     "relevance_score": 0.9, "relevance_reason": "", "simhash": 0, "extraction": {}}
                    for i in range(n)
                ],
            )  # fmt: skip
            rows = []
            for v in views:
                data = _mention_data(v)
                rows.append(
                    {"document_id": v.id + 1, "ordinal": 0, "kind": "incident", "date": data["date"],
                     "date_precision": "day", "country": data["country"], "data": data}
                )  # fmt: skip
            s.execute(insert(models.Mention), rows)
        summary = run_merge(store)
        per = summary.seconds / (n * math.log2(n)) * 1e6
        print(f"{n:>10} {summary.seconds:>9.2f} {per:>22.3f} {summary.incidents:>10}")
        store.close()


def _mention_data(v: object) -> dict[str, object]:
    from datetime import date

    days = v.days  # type: ignore[attr-defined]
    return {
        "date": date.fromordinal(days[1]).isoformat(), "date_precision": "day",
        "country": v.country, "admin1": v.admin1, "place": v.place, "city": v.city,  # type: ignore[attr-defined]
        "killed": {"low": v.killed[0], "best": v.killed[0], "high": None},  # type: ignore[attr-defined]
        "people": [], "forces": [{"kind": "police", "span": {"start": 0, "end": 0, "text": ""}}],
        "allegations": [], "kind": "incident", "extractor": "synthetic", "confidence": 1.0,
    }  # fmt: skip


def bench_queries(n: int, folder: Path) -> None:
    from sqlalchemy import insert

    from forcewatch.store import Store, models
    from forcewatch.store.query import IncidentFilter, find_incidents

    db = folder / "queries.sqlite"
    store = Store.open(str(db))
    rng = random.Random(3)
    countries = ["VE", "BR", "MX", "CO", "US", "AR"]
    rows = []
    for i in range(n):
        country = rng.choice(countries)
        killed = rng.randint(0, 12)
        rows.append(
            {
                "status": rng.choice(["unreviewed", "unreviewed", "verified"]),
                "date": f"{rng.randint(2010, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "date_precision": "day", "country": country,
                "admin1": f"{country}-{rng.choice('ABCDEFGHIJ')}", "place": f"Barrio {i}",
                "killed_low": killed, "killed_best": killed, "forces": ["police"],
                "force_main": rng.choice(["police", "military", "special_police"]),
                "units": [], "allegations": [], "people": [], "provenance": {}, "conflicts": {},
                "edited": {}, "n_sources": 1, "search_text": f"barrio {i}",
            }
        )  # fmt: skip
    start = time.perf_counter()
    with store.session() as s:
        for chunk in range(0, n, 5000):
            s.execute(insert(models.Incident), rows[chunk : chunk + 5000])
    print(f"\nqueries on {n} incidents (filled in {time.perf_counter() - start:.1f} s):")
    cases = {
        "country": IncidentFilter(country="VE", limit=50),
        "admin1 + year": IncidentFilter(admin1="BR-C", date_from="2019", date_to="2019", limit=50),
        "country + range + min killed": IncidentFilter(
            country="MX", date_from="2015-01", date_to="2016-06", min_killed=8, limit=50
        ),
        "force + status": IncidentFilter(force="military", status="verified", limit=50),
        "text in place or sources": IncidentFilter(text="Barrio 4242", limit=50),
        "all, first page": IncidentFilter(limit=50),
    }
    worst = 0.0
    for name, filt in cases.items():
        find_incidents(store, filt)  # warm the page cache
        start = time.perf_counter()
        for _ in range(5):
            found = find_incidents(store, filt)
        ms = (time.perf_counter() - start) / 5 * 1000
        worst = max(worst, ms)
        print(f"  {name:32} {ms:7.1f} ms  ({len(found)} rows)")
    print(f"worst {worst:.1f} ms (goal < 200 ms): {'PASS' if worst < 200 else 'FAIL'}")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--merge-sizes", default="10000,30000,100000")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-db-merge", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_ingest:
            bench_ingest(args.reports, args.jobs, folder)
        sizes = [int(x) for x in args.merge_sizes.split(",")]
        bench_merge(sizes)
        if not args.skip_db_merge:
            bench_db_merge(sizes, folder)
        bench_queries(args.incidents, folder)


if __name__ == "__main__":
    main()
