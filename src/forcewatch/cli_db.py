"""The database verbs of the ``forcewatch`` command: ingest, merge, read, review, export, report.

Each verb opens the store named by ``--db`` (or ``FORCEWATCH_DB``, or ``./forcewatch.sqlite``),
does one thing and prints a table or JSON. Thin: the work is in ``forcewatch.pipeline``,
``forcewatch.merge``, ``forcewatch.store``, ``forcewatch.export`` and ``forcewatch.indicators``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from forcewatch.errors import UsageError
from forcewatch.records import Incident

Handler = Callable[[argparse.Namespace], int]


def add_db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--db`` before the verb or after it; the one after wins."""
    parser.add_argument(
        "--db",
        default=None if top else argparse.SUPPRESS,
        help="database: a file path, sqlite:///PATH or postgresql+psycopg://... "
        "(default: $FORCEWATCH_DB or ./forcewatch.sqlite)",
    )


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. VE")
    parser.add_argument("--admin1", help="ISO 3166-2 code, e.g. VE-M")
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="earliest date, YYYY[-MM[-DD]]"
    )
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="latest date, YYYY[-MM[-DD]]")
    parser.add_argument("--force", help="force kind, e.g. police, military")
    parser.add_argument("--status", choices=["unreviewed", "verified", "rejected"])
    parser.add_argument("--min-killed", type=int, help="at least this many civilians killed (best)")
    parser.add_argument("--text", help="words in the incident or in its sources' text")


def add_parsers(verbs: Any) -> dict[str, Handler]:
    ingest = verbs.add_parser(
        "ingest",
        help="store reports and merge them into incidents",
        description="Read files, folders (recursively), WARC/WET, JSONL, URL lists or stdin (-); "
        "store each new report (skipping those already stored), extract its mentions and merge "
        "them into incidents. Killing it loses nothing committed; run it again to go on.",
    )
    ingest.add_argument("sources", nargs="+", metavar="SOURCE")
    add_db_option(ingest)
    ingest.add_argument("--include", action="append", help="glob of files to take in folders")
    ingest.add_argument("--exclude", action="append", help="glob of files to skip in folders")
    ingest.add_argument("--jobs", type=int, default=1, help="worker processes for extraction")
    ingest.add_argument("--no-merge", action="store_true", help="store only; merge later")
    ingest.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        help="largest report accepted; larger ones are stored as rejections (FW103) "
        "(default: 50000000; also FORCEWATCH_MAX_BYTES)",
    )
    ingest.add_argument(
        "--time-budget",
        type=float,
        default=None,
        help="seconds one report may take to extract; past them it is stored as a rejection "
        "(default: 60; also FORCEWATCH_TIME_BUDGET)",
    )
    ingest.add_argument(
        "--rate-limit", type=float, default=1.0, help="seconds between requests to a host"
    )
    ingest.add_argument(
        "--allow-private", action="store_true", help="allow URLs on private networks"
    )

    merge = verbs.add_parser("merge", help="merge unlinked mentions into incidents")
    add_db_option(merge)
    merge.add_argument(
        "--rebuild", action="store_true", help="redo automatic links (keeps analysts' work)"
    )

    incidents = verbs.add_parser("incidents", help="list incidents")
    add_db_option(incidents)
    _filters(incidents)
    incidents.add_argument("--limit", type=int, default=50)
    incidents.add_argument("--format", choices=["table", "json"], default="table")

    show = verbs.add_parser("show", help="one incident: values, conflicts, sources with evidence")
    add_db_option(show)
    show.add_argument("id", type=int)
    show.add_argument("--format", choices=["text", "json"], default="text")

    sources = verbs.add_parser(
        "sources", help="the reports behind an incident, and why they were joined"
    )
    add_db_option(sources)
    sources.add_argument("id", type=int)

    export = verbs.add_parser("export", help="export incidents (ACLED/UCDP-style columns)")
    add_db_option(export)
    _filters(export)
    export.add_argument("--format", choices=["csv", "jsonl", "geojson", "parquet"], default="csv")
    export.add_argument(
        "--out", type=Path, help="output file (default: stdout; parquet needs a file)"
    )

    indicators = verbs.add_parser("indicators", help="the Monitor's indicators by place and period")
    add_db_option(indicators)
    _filters(indicators)
    indicators.add_argument("--by", choices=["country", "admin1"], default="country")
    indicators.add_argument("--period", choices=["year", "month"], default="year")
    indicators.add_argument("--population", type=Path, help="CSV unit,year,population for rates")
    indicators.add_argument("--format", choices=["table", "csv", "json"], default="table")
    indicators.add_argument("--plot", type=Path, help="write a chart (.png or .svg)")

    runs = verbs.add_parser("runs", help="ingest runs: status, counts, process")
    add_db_option(runs)
    runs.add_argument("--limit", type=int, default=20)

    rejections = verbs.add_parser("rejections", help="reports that could not be used, and why")
    add_db_option(rejections)
    rejections.add_argument("--run", type=int, help="only this ingest run")

    review = verbs.add_parser("review", help="set an incident's review status")
    add_db_option(review)
    review.add_argument("id", type=int)
    review.add_argument("status", choices=["unreviewed", "verified", "rejected"])
    review.add_argument("--who", required=True)
    review.add_argument("--why", default="")

    edit = verbs.add_parser("edit", help="set an incident's field; merges keep it")
    add_db_option(edit)
    edit.add_argument("id", type=int)
    edit.add_argument("field")
    edit.add_argument("value", help='a JSON value (9, "El Junquito", ["police"]) or text')
    edit.add_argument("--who", required=True)
    edit.add_argument("--why", default="")

    join = verbs.add_parser("join", help="join incidents into the first one")
    add_db_option(join)
    join.add_argument("ids", type=int, nargs="+")
    join.add_argument("--who", required=True)
    join.add_argument("--why", default="")

    split = verbs.add_parser("split", help="move mentions out of an incident into a new one")
    add_db_option(split)
    split.add_argument("id", type=int)
    split.add_argument("--mention", type=int, action="append", required=True)
    split.add_argument("--who", required=True)
    split.add_argument("--why", default="")

    return {
        "ingest": _ingest, "merge": _merge, "incidents": _incidents, "show": _show,
        "sources": _sources, "export": _export, "indicators": _indicators,
        "rejections": _rejections, "runs": _runs, "review": _review, "edit": _edit, "join": _join,
        "split": _split,
    }  # fmt: skip


def _store(args: argparse.Namespace) -> Any:
    from forcewatch.store import Store

    return Store.open(args.db)


def _filter(args: argparse.Namespace, limit: int | None = None) -> Any:
    from forcewatch.store.query import IncidentFilter

    return IncidentFilter(
        country=args.country,
        admin1=args.admin1,
        date_from=args.date_from,
        date_to=args.date_to,
        force=args.force,
        status=args.status,
        min_killed=args.min_killed,
        text=args.text,
        limit=limit,
    )


def _ingest(args: argparse.Namespace) -> int:
    from forcewatch.cli import settings_from
    from forcewatch.pipeline.ingest import ingest

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.max_bytes is not None and args.max_bytes < 1:
        raise UsageError("--max-bytes must be at least 1")
    from forcewatch.ingest.urls import Fetcher, FetchOptions

    store = _store(args)
    options = FetchOptions(min_interval=args.rate_limit, allow_private=args.allow_private)
    with Fetcher(options) as fetcher:
        counts = ingest(
            args.sources,
            store,
            settings=settings_from(args),
            include=args.include,
            exclude=args.exclude,
            merge=not args.no_merge,
            args=sys.argv[1:],
            progress=sys.stderr,
            fetcher=fetcher,
        )
    for run in counts.interrupted:
        print(
            f"forcewatch ingest: run {run.id} (started {run.started_at:%Y-%m-%d %H:%M:%S}) was "
            "killed before it finished; marked interrupted (what it stored is kept)",
            file=sys.stderr,
        )
    print(f"forcewatch ingest: {counts.line()} ({store.url})", file=sys.stderr)
    if counts.rejected:
        print(
            f"forcewatch ingest: see `forcewatch rejections --run {counts.run_id}`",
            file=sys.stderr,
        )
        return 1  # as `extract` does: the others are stored, but not everything was
    return 0


def _merge(args: argparse.Namespace) -> int:
    from forcewatch.merge.run import run_merge

    summary = run_merge(_store(args).serialized(), rebuild=args.rebuild)
    print(
        f"forcewatch merge: {summary.mentions} mentions, {summary.new_incidents} new incidents, "
        f"{summary.incidents} incidents in all ({summary.seconds:.2f} s)",
        file=sys.stderr,
    )
    return 0


def _incidents(args: argparse.Namespace) -> int:
    from forcewatch.store.query import find_incidents

    found = find_incidents(_store(args), _filter(args, args.limit), sources=True)
    if args.format == "json":
        for incident in found:
            print(json.dumps(incident.model_dump(mode="json"), ensure_ascii=False))
    else:
        print(incidents_table(found))
    return 0


def _q(incident: Incident, name: str) -> str:
    q = getattr(incident, name)
    if q is None:
        return "-"
    if q.low is not None and q.high is not None and q.low != q.high:
        return f"{q.low}-{q.high}"
    return str(q.best if q.best is not None else q.low)


def _clip(value: str, width: int) -> str:
    """The value, or its start and an ellipsis when it does not fit."""
    return value if len(value) <= width else value[: width - 1] + "…"


def incidents_table(found: list[Incident]) -> str:
    header = [
        "id",
        "date",
        "place",
        "admin1",
        "killed",
        "injured",
        "agents k/i",
        "forces",
        "src",
        "status",
    ]
    rows = [
        [
            str(i.id),
            i.date or "-",
            _clip(i.place or i.city or "-", 28),
            i.admin1 or i.country or "-",
            _q(i, "killed"),
            _q(i, "injured"),
            f"{_q(i, 'agents_killed')}/{_q(i, 'agents_injured')}",
            _clip(",".join(i.forces), 30) or "-",
            str(i.n_sources),
            i.status,
        ]
        for i in found
    ]
    widths = [max(len(r[n]) for r in [header, *rows]) for n in range(len(header))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in [header, *rows]
    )


def _show(args: argparse.Namespace) -> int:
    from forcewatch.store.query import get_incident, incident_links

    store = _store(args)
    incident = get_incident(store, args.id)
    links = {link.mention_id: link for link in incident_links(store, args.id)}
    if args.format == "json":
        payload = incident.model_dump(mode="json")
        payload["links"] = [link.__dict__ for link in links.values()]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    lines = [
        f"incident {incident.id} [{incident.status}]",
        f"  date      {incident.date or '-'} ({incident.date_precision})",
        f"  place     {incident.place or '-'}; city {incident.city or '-'}; "
        f"{incident.admin1_name or ''} {incident.admin1 or ''} {incident.country or ''}".rstrip(),
        f"  killed    {_q(incident, 'killed')}   injured {_q(incident, 'injured')}   "
        f"agents killed {_q(incident, 'agents_killed')}   agents injured {_q(incident, 'agents_injured')}",
        f"  forces    {', '.join(incident.forces) or '-'}   units {', '.join(incident.units) or '-'}",
        f"  operation {incident.operation or '-'}",
        f"  alleged   {', '.join(incident.allegations) or '-'}",
        f"  people    {'; '.join(incident.people) or '-'}",
    ]
    if incident.edited_fields:
        lines.append(f"  edited    {', '.join(incident.edited_fields)} (kept by merges)")
    for name, values in incident.conflicts.items():
        lines.append(f"  conflict  {name}: {' | '.join(values)}")
    lines.append(f"  sources   {incident.n_sources}")
    for source in incident.sources:
        link = links.get(source.mention_id)
        copy = f" (near-copy of doc {source.duplicate_of})" if source.duplicate_of else ""
        lines.append(
            f"  - doc {source.document_id}{copy}: {source.publisher or '-'}, "
            f"{source.published or '-'}, {source.title or source.url or source.path or ''}"
        )
        if link is not None:
            lines.append(f"      joined: {link.explanation} (score {link.score}, {link.method})")
        for sentence in source.evidence[:3]:
            lines.append(f"      > {sentence}")
    print("\n".join(lines))
    return 0


def _sources(args: argparse.Namespace) -> int:
    from forcewatch.store.query import get_incident, incident_links

    store = _store(args)
    incident = get_incident(store, args.id)
    links = {link.mention_id: link for link in incident_links(store, args.id)}
    for source in incident.sources:
        link = links[source.mention_id]
        print(
            json.dumps(
                {
                    **source.model_dump(mode="json"),
                    "score": link.score,
                    "explanation": link.explanation,
                    "method": link.method,
                },
                ensure_ascii=False,
            )
        )
    return 0


def _export(args: argparse.Namespace) -> int:
    from forcewatch.export import export
    from forcewatch.store.query import iter_incidents

    incidents = iter_incidents(_store(args), _filter(args))
    if args.out is None:
        if args.format == "parquet":
            raise UsageError("parquet needs a file: --out incidents.parquet")
        rows = export(incidents, args.format, sys.stdout.buffer)
    else:
        rows = export(incidents, args.format, args.out)
    print(f"forcewatch export: {rows} incidents", file=sys.stderr)
    return 0


def _indicators(args: argparse.Namespace) -> int:
    from forcewatch import indicators
    from forcewatch.store.query import iter_incidents

    rows = indicators.compute(
        iter_incidents(_store(args), _filter(args)),
        by=args.by,
        period=args.period,
        population=args.population,
    )
    if args.format == "json":
        print(indicators.to_json(rows))
    elif args.format == "csv":
        indicators.to_csv(rows, sys.stdout)
    else:
        print(indicators.to_table(rows))
    if args.plot is not None:
        indicators.plot(rows, args.plot)
        print(f"forcewatch indicators: chart written to {args.plot}", file=sys.stderr)
    return 0


def _rejections(args: argparse.Namespace) -> int:
    for rejection in _store(args).rejections(args.run):
        print(
            f"run {rejection.run_id}  [{rejection.code}] {rejection.stage:8} {rejection.item}: {rejection.reason}"
        )
    return 0


def _runs(args: argparse.Namespace) -> int:
    from forcewatch.pipeline.runs import gone

    for run in _store(args).runs(limit=args.limit):
        counts = dict(run.counts)
        process = counts.pop("process", None) or {}
        status = run.status
        if status == "running" and gone(process):
            status = "running (its process is gone: the next ingest marks it interrupted)"
        finished = f"{run.finished_at:%Y-%m-%d %H:%M:%S}" if run.finished_at else "-"
        where = f"pid {process['pid']} on {process['host']}" if process else "-"
        shown = ", ".join(f"{k} {v}" for k, v in counts.items()) or "-"
        print(
            f"run {run.id}  {run.command}  {run.started_at:%Y-%m-%d %H:%M:%S} -> {finished}  "
            f"{status}  {where}  {shown}"
        )
    return 0


def _review(args: argparse.Namespace) -> int:
    from forcewatch.store.review import set_status

    set_status(_store(args), args.id, args.status, who=args.who, why=args.why)
    return 0


def _edit(args: argparse.Namespace) -> int:
    from forcewatch.store.review import edit

    try:
        value = json.loads(args.value)
    except json.JSONDecodeError:
        value = args.value
    edit(_store(args), args.id, args.field, value, who=args.who, why=args.why)
    return 0


def _join(args: argparse.Namespace) -> int:
    from forcewatch.store.review import join

    if len(args.ids) < 2:
        raise UsageError("join needs at least two incident ids")
    join(_store(args), args.ids[0], args.ids[1:], who=args.who, why=args.why)
    return 0


def _split(args: argparse.Namespace) -> int:
    from forcewatch.store.review import split

    new = split(_store(args), args.id, args.mention, who=args.who, why=args.why)
    print(f"forcewatch split: mentions {args.mention} are now incident {new}", file=sys.stderr)
    return 0
