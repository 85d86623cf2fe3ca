"""The database verbs of the ``forcewatch`` command: ingest, merge, read, review, export, report,
users and the review app.

Each verb opens the store named by ``--db`` (or ``FORCEWATCH_DB``, or ``./forcewatch.sqlite``),
does one thing and prints a table or JSON. Thin: the work is in ``forcewatch.pipeline``,
``forcewatch.merge``, ``forcewatch.store``, ``forcewatch.export`` and ``forcewatch.indicators``.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
from pathlib import Path
from typing import Any

from forcewatch.cli.output import RECORD, add_format, print_records
from forcewatch.cli.registry import Verb
from forcewatch.errors import UsageError
from forcewatch.records import Incident, Source


def add_db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--db`` before the verb or after it; the one after wins."""
    from forcewatch.settings import setting

    declared = setting("db")
    parser.add_argument(
        declared.flag or "--db",
        default=None if top else argparse.SUPPRESS,
        help=f"{declared.help} (default: ${declared.env} or {declared.shown})",
    )


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--country", help="country: ISO alpha-2, alpha-3 or name (VE, VEN, Venezuela)"
    )
    parser.add_argument("--admin1", help="ISO 3166-2 code, e.g. VE-M")
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="earliest date, YYYY[-MM[-DD]]"
    )
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="latest date, YYYY[-MM[-DD]]")
    parser.add_argument("--force", help="force kind, e.g. police, military")
    parser.add_argument("--status", choices=["unreviewed", "verified", "rejected"])
    parser.add_argument("--min-killed", type=int, help="at least this many civilians killed (best)")
    parser.add_argument("--text", help="words in the incident or in its sources' text")


def _ingest_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--include", action="append", help="glob of files to take in folders")
    p.add_argument("--exclude", action="append", help="glob of files to skip in folders")
    p.add_argument("--jobs", type=int, default=1, help="worker processes for extraction")
    p.add_argument("--no-merge", action="store_true", help="store only; merge later")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        help="largest report accepted; larger ones are stored as rejections (FW103) "
        "(default: 50000000; also FORCEWATCH_MAX_BYTES)",
    )
    p.add_argument(
        "--time-budget",
        type=float,
        default=None,
        help="seconds one report may take to extract; past them it is stored as a rejection "
        "(default: 60; also FORCEWATCH_TIME_BUDGET)",
    )
    p.add_argument(
        "--rate-limit", type=float, default=1.0, help="seconds between requests to a host"
    )
    p.add_argument("--allow-private", action="store_true", help="allow URLs on private networks")
    from forcewatch.settings import INGEST_SETTINGS

    for declared in INGEST_SETTINGS:
        shown = f" (default: {declared.default})" if declared.default is not None else ""
        env = f"; also {declared.env}" if declared.env else ""
        if declared.name == "to":
            p.add_argument(
                "--to",
                nargs=2,
                metavar=("parquet", "DIR"),
                help=f"--to parquet DIR: {declared.help}",
            )
        elif declared.name == "engine":
            p.add_argument(
                "--engine", choices=["local", "dask"], default="local", help=declared.help + shown
            )
        else:
            assert declared.flag is not None
            kind = int if isinstance(declared.default, int) or declared.name == "workers" else str
            text = declared.help.rstrip(".") + shown + env
            p.add_argument(declared.flag, type=kind, default=None, help=text)


def _env_int(name: str, value: int | None, default: int) -> int:
    import os

    if value is not None:
        return value
    raw = os.environ.get(name)
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise UsageError(f"{name} must be a whole number of at least 1, not {raw!r}")
    return int(raw)


def _merge_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--rebuild", action="store_true", help="redo automatic links (keeps analysts' work)"
    )


def _incidents_arguments(p: argparse.ArgumentParser) -> None:
    _filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--sort", default="-date", help="date, -date, killed, -killed, id, -id")
    add_format(p)


def _show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    add_format(p, RECORD)


def _sources_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    add_format(p)


def _export_arguments(p: argparse.ArgumentParser) -> None:
    _filters(p)
    p.add_argument("--format", choices=["csv", "jsonl", "geojson", "parquet"], default="csv")
    p.add_argument("--out", type=Path, help="output file (default: stdout; parquet needs a file)")


def _indicators_arguments(p: argparse.ArgumentParser) -> None:
    _filters(p)
    p.add_argument("--by", choices=["country", "admin1"], default="country")
    p.add_argument("--period", choices=["year", "month"], default="year")
    p.add_argument("--population", type=Path, help="CSV unit,year,population for rates")
    add_format(p)
    p.add_argument("--plot", type=Path, help="write a chart (.png or .svg)")


def _rejections_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--run", type=int, help="only this ingest run")
    add_format(p)


def _review_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("status", choices=["unreviewed", "verified", "rejected"])
    p.add_argument("--who", required=True)
    p.add_argument("--why", default="")
    p.add_argument("--version", type=int, help="refuse if the incident is past this version")


def _edit_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("changes", nargs="+", metavar="FIELD VALUE | FIELD=VALUE")
    p.add_argument("--who", required=True)
    p.add_argument("--why", default="")
    p.add_argument("--version", type=int, help="refuse if the incident is past this version")


def _hist_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    add_format(p)


def _irrelevant_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, default=50)
    add_format(p)


def _relevant_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("document", type=int)
    p.add_argument("--who", required=True)
    p.add_argument("--why", default="")


def _user_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["add", "list", "passwd", "token"])
    p.add_argument("name", nargs="?")
    p.add_argument("--role", choices=["viewer", "analyst", "admin"], default="analyst")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin's first line"
    )
    p.add_argument("--label", default="script", help="what an API token is for")
    add_format(p)


def _serve_arguments(p: argparse.ArgumentParser) -> None:
    from forcewatch.settings import SERVE_SETTINGS

    for declared in SERVE_SETTINGS:
        assert declared.flag is not None
        if isinstance(declared.default, bool):
            p.add_argument(declared.flag, action="store_true", help=declared.help)
        else:
            p.add_argument(
                declared.flag,
                type=type(declared.default),
                default=declared.default,
                help=f"{declared.help} (default: {declared.default})",
            )


def _join_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("ids", type=int, nargs="+")
    p.add_argument("--who", required=True)
    p.add_argument("--why", default="")


def _split_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--mention", type=int, action="append", required=True)
    p.add_argument("--who", required=True)
    p.add_argument("--why", default="")


def _store(args: argparse.Namespace) -> Any:
    from forcewatch.store import Store

    return Store.open(args.db)


def _filter(args: argparse.Namespace, limit: int | None = None) -> Any:
    from forcewatch.store.query import IncidentFilter

    return IncidentFilter.parse(
        sort=getattr(args, "sort", None),
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
    import os

    from forcewatch.cli.extract import settings_from
    from forcewatch.ingest.urls import Fetcher, FetchOptions
    from forcewatch.pipeline.executors import executor_for
    from forcewatch.pipeline.ingest import ingest

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.max_bytes is not None and args.max_bytes < 1:
        raise UsageError("--max-bytes must be at least 1")
    for name in ("workers", "shard_size", "batch_size"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            raise UsageError(f"--{name.replace('_', '-')} must be at least 1")
    settings = settings_from(args)
    scheduler = args.scheduler or os.environ.get("FORCEWATCH_SCHEDULER") or None
    memory = args.worker_memory or os.environ.get("FORCEWATCH_WORKER_MEMORY") or None
    batch_size = _env_int("FORCEWATCH_BATCH_SIZE", args.batch_size, 100)
    if scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    folder: Path | None = None
    store = None
    if args.to is not None:
        kind, where = args.to
        if kind != "parquet":
            raise UsageError(f"--to takes parquet and a folder (--to parquet DIR), not {kind!r}")
        folder = Path(where)
    else:
        store = _store(args)
        if scheduler and store.dialect == "sqlite":
            raise UsageError(
                "a Dask cluster at --scheduler cannot write into an SQLite file: give a "
                "PostgreSQL --db, or --to parquet DIR and forcewatch load it later"
            )
    options = FetchOptions(min_interval=args.rate_limit, allow_private=args.allow_private)
    executor = executor_for(
        args.engine, jobs=settings.jobs, scheduler=scheduler, workers=args.workers, memory=memory
    )
    with executor, Fetcher(options) as fetcher:
        counts = ingest(
            args.sources,
            store,
            settings=settings,
            include=args.include,
            exclude=args.exclude,
            merge=not args.no_merge,
            args=sys.argv[1:],
            progress=sys.stderr,
            fetcher=fetcher,
            executor=executor,
            to=folder,
            shard_size=args.shard_size or 100,
            batch_size=batch_size,
        )
    for run in counts.interrupted:
        print(
            f"forcewatch ingest: run {run.id} (started {run.started_at:%Y-%m-%d %H:%M:%S}) was "
            "killed before it finished; marked interrupted (what it stored is kept)",
            file=sys.stderr,
        )
    where = str(folder) if folder is not None else store.url if store is not None else "-"
    print(f"forcewatch ingest: {counts.line()} ({where})", file=sys.stderr)
    if counts.rejected:
        see = (
            f"`forcewatch rejections --run {counts.run_id}`"
            if counts.run_id is not None
            else f"the rejection rows of {folder}"
        )
        print(f"forcewatch ingest: see {see}", file=sys.stderr)
        return 1  # as extract does: every other report was still stored
    return 0


def _load_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "folder", type=Path, metavar="DIR", help="a folder written by ingest --to parquet"
    )
    p.add_argument("--no-merge", action="store_true", help="store only; merge later")
    p.add_argument("--batch-size", type=int, default=None, help="reports a transaction (100)")


def _load(args: argparse.Namespace) -> int:
    from forcewatch.pipeline.writers import load

    batch_size = _env_int("FORCEWATCH_BATCH_SIZE", args.batch_size, 100)
    store = _store(args)
    counts = load(
        args.folder, store, batch_size=batch_size, merge=not args.no_merge, args=sys.argv[1:]
    )
    print(f"forcewatch load: {counts.line()} ({store.url})", file=sys.stderr)
    return 1 if counts.rejected else 0


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
    elif args.format == "csv":  # the columns of `export --format csv`
        from forcewatch.export import export

        sys.stdout.flush()
        export(found, "csv", sys.stdout.buffer)
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
    records = [
        {
            **source.model_dump(mode="json"),
            "score": links[source.mention_id].score,
            "explanation": links[source.mention_id].explanation,
            "method": links[source.mention_id].method,
        }
        for source in incident.sources
    ]

    def text(rows: list[dict[str, Any]]) -> str:
        return "\n".join(
            f"doc {r['document_id']}  mention {r['mention_id']}  {r['method']:6} "
            f"{r['score']:.2f}  {r['published'] or '-':10}  "
            f"{_clip(r['title'] or r['url'] or r['path'] or '-', 50)}  {r['explanation']}"
            for r in rows
        )

    columns = [*Source.model_fields, "score", "explanation", "method"]
    print_records(args.format, columns, records, text)
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


def _runs_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, default=20)
    add_format(p)


def _runs(args: argparse.Namespace) -> int:
    from forcewatch.pipeline.runs import gone

    records = []
    for run in _store(args).runs(limit=args.limit):
        counts = dict(run.counts)
        process = counts.pop("process", None) or {}
        status = run.status
        if status == "running" and gone(process):
            status = "running (its process is gone: the next ingest marks it interrupted)"
        records.append(
            {
                "id": run.id,
                "command": run.command,
                "started_at": run.started_at.isoformat(),
                "finished_at": run.finished_at.isoformat() if run.finished_at else None,
                "status": status,
                "process": process,
                "counts": counts,
            }
        )

    def text(rows: list[dict[str, Any]]) -> str:
        lines = []
        for r in rows:
            started = r["started_at"][:19].replace("T", " ")
            finished = r["finished_at"][:19].replace("T", " ") if r["finished_at"] else "-"
            where = f"pid {r['process']['pid']} on {r['process']['host']}" if r["process"] else "-"
            counts = dict(r["counts"])
            steps = counts.pop("steps", None) or {}
            shown = ", ".join(f"{k} {v}" for k, v in counts.items()) or "-"
            if steps:
                shown += "; steps: " + ", ".join(
                    f"{name} {v.get('kept', '')}"
                    f"{'/' + str(v['rejected']) if v.get('rejected') else ''}"
                    f" {v.get('seconds', 0):.1f} s".replace("  ", " ")
                    for name, v in steps.items()
                )
            lines.append(
                f"run {r['id']}  {r['command']}  {started} -> {finished}  {r['status']}  "
                f"{where}  {shown}"
            )
        return "\n".join(lines)

    columns = ["id", "command", "started_at", "finished_at", "status", "process", "counts"]
    print_records(args.format, columns, records, text)
    return 0


def _rejections(args: argparse.Namespace) -> int:
    columns = ["run_id", "item", "stage", "code", "reason"]
    records = [{f: getattr(r, f) for f in columns} for r in _store(args).rejections(args.run)]

    def text(rows: list[dict[str, Any]]) -> str:
        return "\n".join(
            f"run {r['run_id']}  [{r['code']}] {r['stage']:8} {r['item']}: {r['reason']}"
            for r in rows
        )

    print_records(args.format, columns, records, text)
    return 0


def _review(args: argparse.Namespace) -> int:
    from forcewatch.review import set_status

    version = set_status(
        _store(args), args.id, args.status, who=args.who, why=args.why, version=args.version
    )
    print(
        f"forcewatch review: incident {args.id} {args.status} (version {version})", file=sys.stderr
    )
    return 0


def _json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def edit_changes(words: list[str]) -> dict[str, Any]:
    """``FIELD VALUE`` or ``FIELD=VALUE ...``; values are JSON (9, null, ["police"]) or text."""
    if len(words) == 2 and "=" not in words[0]:
        return {words[0]: _json_or_text(words[1])}
    changes: dict[str, Any] = {}
    for word in words:
        field, sep, value = word.partition("=")
        if not sep or not field:
            raise UsageError(f"{word!r}: give FIELD VALUE, or FIELD=VALUE for each field")
        changes[field] = _json_or_text(value)
    return changes


def _edit(args: argparse.Namespace) -> int:
    from forcewatch.review import edit_many

    version = edit_many(
        _store(args),
        args.id,
        edit_changes(args.changes),
        who=args.who,
        why=args.why,
        version=args.version,
    )
    print(f"forcewatch edit: incident {args.id} saved (version {version})", file=sys.stderr)
    return 0


def _history(args: argparse.Namespace) -> int:
    from forcewatch.review import history
    from forcewatch.store.query import get_incident

    store = _store(args)
    get_incident(store, args.id)
    records = [
        {"at": e.at.isoformat(), "who": e.who, "field": e.field, "old": e.old, "new": e.new}
        | {"why": e.why}
        for e in history(store, args.id)
    ]

    def text(rows: list[dict[str, Any]]) -> str:
        if not rows:
            return f"incident {args.id}: no changes recorded"
        lines = []
        for r in rows:
            old, new = (json.dumps(v, ensure_ascii=False) for v in (r["old"], r["new"]))
            why = f"  ({r['why']})" if r["why"] else ""
            lines.append(
                f"{r['at'][:19].replace('T', ' ')}  {r['who']}  {r['field']}: {old} -> {new}{why}"
            )
        return "\n".join(lines)

    print_records(args.format, ["at", "who", "field", "old", "new", "why"], records, text)
    return 0


def _irrelevant(args: argparse.Namespace) -> int:
    import dataclasses

    from forcewatch.store.query import DocumentSummary, irrelevant_documents

    records = [doc.__dict__ for doc in irrelevant_documents(_store(args), limit=args.limit)]

    def text(rows: list[dict[str, Any]]) -> str:
        return "\n".join(
            f"doc {r['id']}  {r['published'] or '-':10}  {_clip(r['title'] or r['name'], 60)}\n"
            f"    {r['reason']}"
            for r in rows
        )

    columns = [f.name for f in dataclasses.fields(DocumentSummary)]
    print_records(args.format, columns, records, text)
    return 0


def _relevant(args: argparse.Namespace) -> int:
    from forcewatch.review import mark_relevant

    new = mark_relevant(_store(args), args.document, who=args.who, why=args.why)
    print(
        f"forcewatch relevant: document {args.document} is in new incident {new}", file=sys.stderr
    )
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    import getpass

    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise UsageError("the two passwords differ")
    return first


def _user(args: argparse.Namespace) -> int:
    from forcewatch.store import users

    store = _store(args)
    if args.action == "list":
        records = [
            {"name": user.name, "role": user.role, "active": active}
            for user, active in users.list_users(store)
        ]

        def text(rows: list[dict[str, Any]]) -> str:
            return "\n".join(
                f"{r['name']}\t{r['role']}" + ("" if r["active"] else "\t(inactive)") for r in rows
            )

        print_records(args.format, ["name", "role", "active"], records, text)
        return 0
    if not args.name:
        raise UsageError(f"user {args.action} needs a user name")
    if args.action == "add":
        users.add_user(store, args.name, _read_password(args.password_stdin), args.role)
        print(f"forcewatch user: {args.name} added as {args.role}", file=sys.stderr)
    elif args.action == "passwd":
        users.set_password(store, args.name, _read_password(args.password_stdin))
        print(f"forcewatch user: password of {args.name} changed", file=sys.stderr)
    else:
        print(users.create_token(store, args.name, args.label))
        print("forcewatch user: keep this token; it is not shown again", file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    store = _store(args)  # migrates, and refuses a database it cannot use, before serving
    store.close()
    os.environ["FORCEWATCH_DB"] = store.url
    os.environ["FORCEWATCH_PUBLIC"] = "1" if args.public else "0"
    os.environ["FORCEWATCH_SECURE_COOKIES"] = "1" if args.secure_cookies else "0"
    os.environ["FORCEWATCH_THREADS"] = str(max(1, args.threads))
    mode = "public, read-only for visitors" if args.public else "private: log in"
    print(
        f"forcewatch serve: open http://{args.host}:{args.port}/ ({mode}; {store.url})",
        file=sys.stderr,
    )
    if args.workers > 1 and hasattr(socket, "SO_REUSEPORT"):
        _serve_processes(args.host, args.port, args.workers)
        return 0
    uvicorn.run(
        _APP,
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
        proxy_headers=True,
    )
    return 0


_APP = "forcewatch.web.app:app_from_environment"


def _serve_processes(host: str, port: int, workers: int) -> None:
    """``workers`` server processes, each with its own listening socket on the port
    (SO_REUSEPORT), so that the kernel spreads new connections over them. uvicorn's own
    ``--workers`` share one socket, and the first worker to wake takes every connection of a
    burst: under benchmarks/web_load.py all twenty clients' kept-alive connections went to one
    of two workers, and the other core served nobody. A process that dies is started again."""
    import multiprocessing
    import os
    import signal

    context = multiprocessing.get_context("spawn")
    stopping = False

    def start() -> multiprocessing.process.BaseProcess:
        process = context.Process(target=_serve_one, args=(host, port), daemon=False)
        process.start()
        return process

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for process in processes:
            if process.is_alive() and process.pid is not None:
                os.kill(process.pid, signal.SIGTERM)

    processes = [start() for _ in range(workers)]
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while not stopping:
        for n, process in enumerate(processes):
            process.join(timeout=0.5 / workers)
            if not stopping and not process.is_alive():
                processes[n] = start()
    for process in processes:
        process.join(timeout=30)


def _serve_one(host: str, port: int) -> None:
    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.bind((host, port))
    listener.listen(2048)
    config = uvicorn.Config(_APP, factory=True, log_level="warning", proxy_headers=True)
    uvicorn.Server(config).run(sockets=[listener])


def _join(args: argparse.Namespace) -> int:
    from forcewatch.review import join

    if len(args.ids) < 2:
        raise UsageError("join needs at least two incident ids")
    join(_store(args), args.ids[0], args.ids[1:], who=args.who, why=args.why)
    return 0


def _split(args: argparse.Namespace) -> int:
    from forcewatch.review import split

    new = split(_store(args), args.id, args.mention, who=args.who, why=args.why)
    print(f"forcewatch split: mentions {args.mention} are now incident {new}", file=sys.stderr)
    return 0


VERBS: tuple[Verb, ...] = (
    Verb(
        "ingest",
        arguments=_ingest_arguments,
        run=_ingest,
        database=True,
        help="store reports and merge them into incidents",
        description="Read files, folders (recursively), WARC/WET, JSONL, URL lists or stdin (-); "
        "store each new report (skipping those already stored), extract its mentions and merge "
        "them into incidents. Killing it loses nothing committed; run it again to go on.",
    ),
    Verb(
        "load",
        arguments=_load_arguments,
        run=_load,
        database=True,
        help="bring Parquet files written by ingest --to parquet into the database",
        description="Store the reports and rejections of a folder written by `ingest --to "
        "parquet DIR` (skipping reports already stored), then merge. Run it again: it loads "
        "nothing twice.",
    ),
    Verb(
        "merge",
        arguments=_merge_arguments,
        run=_merge,
        database=True,
        help="merge unlinked mentions into incidents",
    ),
    Verb(
        "incidents",
        arguments=_incidents_arguments,
        run=_incidents,
        database=True,
        help="list incidents",
    ),
    Verb(
        "show",
        arguments=_show_arguments,
        run=_show,
        database=True,
        help="one incident: values, conflicts, sources with evidence",
    ),
    Verb(
        "sources",
        arguments=_sources_arguments,
        run=_sources,
        database=True,
        help="the reports behind an incident, and why they were joined",
    ),
    Verb(
        "history",
        arguments=_hist_arguments,
        run=_history,
        database=True,
        help="an incident's audit log: who, when, what, why",
    ),
    Verb(
        "export",
        arguments=_export_arguments,
        run=_export,
        database=True,
        help="export incidents (ACLED/UCDP-style columns)",
    ),
    Verb(
        "indicators",
        arguments=_indicators_arguments,
        run=_indicators,
        database=True,
        help="the Monitor's indicators by place and period",
    ),
    Verb(
        "runs",
        arguments=_runs_arguments,
        run=_runs,
        database=True,
        help="ingest runs: status, counts, process",
    ),
    Verb(
        "rejections",
        arguments=_rejections_arguments,
        run=_rejections,
        database=True,
        help="reports that could not be used, and why",
    ),
    Verb(
        "irrelevant",
        arguments=_irrelevant_arguments,
        run=_irrelevant,
        database=True,
        help="reports judged irrelevant, with the reason",
    ),
    Verb(
        "review",
        arguments=_review_arguments,
        run=_review,
        database=True,
        help="set an incident's review status",
    ),
    Verb(
        "edit",
        arguments=_edit_arguments,
        run=_edit,
        database=True,
        help="set an incident's field(s), validated; merges keep it",
        description="Set one field (edit 12 killed_best 8) or several (edit 12 killed_low=7 "
        "killed_best=8). Values are validated (real dates, admin1 within the country, counts "
        "low <= best <= high, known forces and allegations); a bad value stores nothing.",
    ),
    Verb(
        "join",
        arguments=_join_arguments,
        run=_join,
        database=True,
        help="join incidents into the first one",
    ),
    Verb(
        "split",
        arguments=_split_arguments,
        run=_split,
        database=True,
        help="move mentions out of an incident into a new one",
    ),
    Verb(
        "relevant",
        arguments=_relevant_arguments,
        run=_relevant,
        database=True,
        help="send a report judged irrelevant back as relevant (a new incident)",
    ),
    Verb(
        "user",
        arguments=_user_arguments,
        run=_user,
        database=True,
        help="users of the review app: add, list, passwd, token",
    ),
    Verb(
        "serve",
        arguments=_serve_arguments,
        run=_serve,
        database=True,
        help="the review web app",
    ),
)
