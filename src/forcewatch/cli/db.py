"""The database verbs of the ``forcewatch`` command: ingest, merge, read, review, export, report,
users and the review app.

Each verb opens the store named by ``--db`` (or ``FORCEWATCH_DB``, or ``./forcewatch.sqlite``),
does one thing and prints a table or JSON. Thin: the work is in ``forcewatch.pipeline``,
``forcewatch.merge``, ``forcewatch.store``, ``forcewatch.export`` and ``forcewatch.indicators``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from forcewatch.cli.registry import Verb
from forcewatch.errors import UsageError
from forcewatch.records import Incident


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


def _merge_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--rebuild", action="store_true", help="redo automatic links (keeps analysts' work)"
    )


def _incidents_arguments(p: argparse.ArgumentParser) -> None:
    _filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--sort", default="-date", help="date, -date, killed, -killed, id, -id")
    p.add_argument("--format", choices=["table", "json"], default="table")


def _show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--format", choices=["text", "json"], default="text")


def _sources_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--format", choices=["json", "table"], default="json")


def _export_arguments(p: argparse.ArgumentParser) -> None:
    _filters(p)
    p.add_argument("--format", choices=["csv", "jsonl", "geojson", "parquet"], default="csv")
    p.add_argument("--out", type=Path, help="output file (default: stdout; parquet needs a file)")


def _indicators_arguments(p: argparse.ArgumentParser) -> None:
    _filters(p)
    p.add_argument("--by", choices=["country", "admin1"], default="country")
    p.add_argument("--period", choices=["year", "month"], default="year")
    p.add_argument("--population", type=Path, help="CSV unit,year,population for rates")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--plot", type=Path, help="write a chart (.png or .svg)")


def _rejections_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--run", type=int, help="only this ingest run")
    p.add_argument("--format", choices=["table", "json"], default="table")


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
    p.add_argument("--format", choices=["table", "json"], default="table")


def _irrelevant_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--format", choices=["table", "json"], default="table")


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
    p.add_argument("--format", choices=["table", "json"], default="table")


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
    from forcewatch.cli.extract import settings_from
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
        return 1  # as extract does: every other report was still stored
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
        if args.format == "table":
            print(
                f"doc {source.document_id}  mention {source.mention_id}  {link.method:6} "
                f"{link.score:.2f}  {source.published or '-':10}  "
                f"{_clip(source.title or source.url or source.path or '-', 50)}  {link.explanation}"
            )
            continue
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


def _runs_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, default=20)


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


def _rejections(args: argparse.Namespace) -> int:
    for rejection in _store(args).rejections(args.run):
        if args.format == "json":
            fields = ("run_id", "item", "stage", "code", "reason")
            print(json.dumps({f: getattr(rejection, f) for f in fields}, ensure_ascii=False))
            continue
        print(
            f"run {rejection.run_id}  [{rejection.code}] {rejection.stage:8} {rejection.item}: {rejection.reason}"
        )
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
    entries = history(store, args.id)
    if args.format == "json":
        for e in entries:
            line = {"at": e.at.isoformat(), "who": e.who, "field": e.field, "old": e.old}
            print(json.dumps({**line, "new": e.new, "why": e.why}, ensure_ascii=False))
        return 0
    if not entries:
        print(f"incident {args.id}: no changes recorded")
    for e in entries:
        when = e.at.strftime("%Y-%m-%d %H:%M:%S")
        old, new = (json.dumps(v, ensure_ascii=False) for v in (e.old, e.new))
        why = f"  ({e.why})" if e.why else ""
        print(f"{when}  {e.who}  {e.field}: {old} -> {new}{why}")
    return 0


def _irrelevant(args: argparse.Namespace) -> int:
    from forcewatch.store.query import irrelevant_documents

    found = irrelevant_documents(_store(args), limit=args.limit)
    for doc in found:
        if args.format == "json":
            print(json.dumps(doc.__dict__, ensure_ascii=False))
        else:
            print(f"doc {doc.id}  {doc.published or '-':10}  {_clip(doc.title or doc.name, 60)}")
            print(f"    {doc.reason}")
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
        for user, active in users.list_users(store):
            if args.format == "json":
                print(json.dumps({"name": user.name, "role": user.role, "active": active}))
            else:
                print(f"{user.name}\t{user.role}" + ("" if active else "\t(inactive)"))
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
    uvicorn.run(
        "forcewatch.web.app:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
        proxy_headers=True,
    )
    return 0


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
