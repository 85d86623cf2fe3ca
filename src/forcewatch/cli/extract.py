"""The extraction verbs of the ``forcewatch`` command: ``extract`` and ``eval``."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from forcewatch.cli.output import add_format
from forcewatch.cli.registry import Verb
from forcewatch.errors import UsageError
from forcewatch.records import Extraction, Mention, Quantity, Rejection
from forcewatch.settings import SETTINGS, Settings

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the environment, then the command line's flags (which win)."""
    env_max = os.environ.get("FORCEWATCH_MAX_BYTES")
    base = Settings()
    if env_max:
        if not env_max.isdigit():
            raise UsageError(f"FORCEWATCH_MAX_BYTES must be a number of bytes, not {env_max!r}")
        base = base.replace(max_bytes=int(env_max))
    env_budget = os.environ.get("FORCEWATCH_TIME_BUDGET")
    if env_budget:
        try:
            base = base.replace(time_budget=float(env_budget))
        except ValueError:
            raise UsageError(
                f"FORCEWATCH_TIME_BUDGET must be a number of seconds, not {env_budget!r}"
            ) from None
    return base.replace(
        max_bytes=getattr(args, "max_bytes", None),
        jobs=getattr(args, "jobs", None),
        default_lang=getattr(args, "default_lang", None),
        time_budget=getattr(args, "time_budget", None),
    )


def _check_published(value: str | None) -> str | None:
    if value is None:
        return None
    from forcewatch.extractor.dates import normalise_published

    iso = normalise_published(value)
    if iso is None:
        raise UsageError(f"--published {value!r} is not a date (use YYYY-MM-DD)")
    return iso


def _extract_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument("--published", help="publication date of the report(s), YYYY-MM-DD")
    p.add_argument("--lang", choices=["en", "es", "pt"], help="language, when known")
    p.add_argument("--url", help="the report's URL, when known")
    add_format(p, default="json")
    _add_settings(p)


def _add_settings(parser: argparse.ArgumentParser) -> None:
    types = {"max_bytes": int, "jobs": int, "default_lang": str, "time_budget": float}
    for setting in SETTINGS:
        if setting.flag is not None:
            parser.add_argument(
                setting.flag,
                type=types[setting.name],
                default=None,
                help=f"{setting.help} (default: {setting.default})",
            )


def _extract(args: argparse.Namespace) -> int:
    from forcewatch.ingest.files import iter_paths, read_stdin
    from forcewatch.pipeline import extract_page, run_batch

    settings = settings_from(args)
    published = _check_published(args.published)
    results: list[Extraction | Rejection] = []
    if args.paths == ["-"]:
        raw = read_stdin(max_bytes=settings.max_bytes)
        results.append(
            extract_page(raw, published=published, lang=args.lang, url=args.url, settings=settings)
        )
        single = True
    else:
        paths = list(iter_paths([Path(p) for p in args.paths]))
        if not paths:
            raise UsageError(f"no report files found in {', '.join(args.paths)}")
        single = len(paths) == 1 and not Path(args.paths[0]).is_dir()
        results_iter = run_batch(
            paths, published=published, lang=args.lang, url=args.url, settings=settings
        )
        if args.format == "json":
            return _emit_json(results_iter, single)
        results = list(results_iter)
    if args.format == "json":
        return _emit_json(results, single)
    if args.format == "csv":
        header, rows = _table_rows(results)
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerows([header, *rows])
    else:
        print(render_table(results))
    return EXIT_REJECTED if any(isinstance(r, Rejection) for r in results) else EXIT_OK


def _emit_json(results: Iterable[Extraction | Rejection], single: bool) -> int:
    rejected = 0
    for result in results:
        if isinstance(result, Rejection):
            rejected += 1
            print(result.line(), file=sys.stderr)
            if not single:
                line = {"source": {"path": result.item}, "rejection": result.model_dump()}
                print(json.dumps(line, ensure_ascii=False), flush=True)
            continue
        payload = result.model_dump(mode="json")
        if single:
            print(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            print(json.dumps(payload, ensure_ascii=False), flush=True)
    return EXIT_REJECTED if rejected else EXIT_OK


def _q(value: Quantity | None) -> str:
    if value is None:
        return "-"
    low, best, high = value.low, value.best, value.high
    if high is not None and low is not None and high != low:
        return f"{low}-{high}"
    if high is not None and low is None:
        return f"<={high}"
    shown = best if best is not None else low
    return "-" if shown is None else str(shown)


def _row(name: str, mention: Mention | None, note: str = "") -> list[str]:
    if mention is None:
        return [name, "-", "-", "-", "-", "-", "-", "-", note]
    place = ", ".join(x for x in (mention.place, mention.admin1, mention.country) if x) or "-"
    forces = ",".join(dict.fromkeys(f.kind for f in mention.forces)) or "-"
    agents = f"{_q(mention.agents_killed)}/{_q(mention.agents_injured)}"
    text = note or ",".join(a.kind for a in mention.allegations)
    if mention.kind == "aggregate":
        text = "aggregate: " + (mention.evidence[0].text if mention.evidence else "")
    return [
        name,
        mention.date or "-",
        place,
        _q(mention.killed),
        _q(mention.injured),
        agents,
        forces,
        mention.operation or "-",
        text or "-",
    ]


def _table_rows(results: Iterable[Extraction | Rejection]) -> tuple[list[str], list[list[str]]]:
    header = [
        "report",
        "date",
        "place",
        "killed",
        "injured",
        "agents k/i",
        "forces",
        "operation",
        "allegations / note",
    ]
    rows: list[list[str]] = []
    for result in results:
        if isinstance(result, Rejection):
            rows.append(
                _row(Path(result.item).name, None, f"REJECTED [{result.code}] {result.reason}")
            )
            continue
        name = Path(result.source.get("path", result.source.get("name", "-"))).name
        if not result.mentions:
            rows.append(_row(name, None, f"not relevant: {result.relevance.reason}"))
        for mention in result.mentions:
            rows.append(_row(name, mention))
    return header, rows


def render_table(results: Iterable[Extraction | Rejection]) -> str:
    header, rows = _table_rows(results)
    widths = [min(max(len(r[i]) for r in [header, *rows]), 34) for i in range(len(header) - 1)]

    def fmt(row: list[str]) -> str:
        cells = [c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(row, widths, strict=False)]
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=False)) + "  " + row[-1]

    return "\n".join([fmt(header), *(fmt(r) for r in rows)])


def _eval(args: argparse.Namespace) -> int:
    from forcewatch.eval.runner import run

    return run(args)


def _eval_arguments(p: argparse.ArgumentParser) -> None:
    from forcewatch.eval.runner import add_arguments

    add_arguments(p)


VERBS: tuple[Verb, ...] = (
    Verb(
        "extract",
        arguments=_extract_arguments,
        run=_extract,
        help="extract incident records from reports",
        description="Extract incident records from reports (HTML, text dumps, JSON objects, "
        "folders of them, or - for stdin). One report prints one JSON object; several print "
        "JSON Lines, one report a line, each naming its input.",
    ),
    Verb(
        "eval",
        arguments=_eval_arguments,
        run=_eval,
        help="score the extractor against gold files or a reference data set",
        description="Score extraction against gold JSONL files (../shared/eval/FORMAT.md), the "
        "Gun Violence Database TSV ('gvdb'), IndiaPoliceEvents ('india'), the HRW labels ('hrw') or "
        "Fatal Encounters narratives ('fatal').",
    ),
)
