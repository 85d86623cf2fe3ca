"""``evaluate(source)``: load a data set, run the extractor on every item, score the results.

``source`` is a gold ``.jsonl`` file (FORMAT.md), ``"gvdb"`` or a GVDB ``.tsv`` file
(``"gvdb-all"``: with the rows whose coder coded nothing), or ``"india"`` or an IndiaPoliceEvents
``docs.csv``, or ``"hrw"`` / ``"case2021"`` (the project's labels of Human Rights Watch
releases and of CASE 2021 news snippets; ``"case2021-apart"``: more snippets, kept apart from
every rule decision), or ``"fatal"`` (Fatal Encounters narratives joined to
the Washington Post's rows). The named data sets are read from ``../shared/data`` beside the repository
(``$FORCEWATCH_SHARED_DATA`` overrides it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from forcewatch.eval.clusters import evaluate_clusters, is_cluster_file
from forcewatch.eval.fatal import load_fatal
from forcewatch.eval.gold import (
    DataMissingError,
    Dataset,
    EvalItem,
    SourceError,
    Split,
    load_case2021,
    load_gold,
    load_hrw,
    repository_gold_dir,
    with_split,
)
from forcewatch.eval.gvdb import load_gvdb
from forcewatch.eval.india import load_india
from forcewatch.eval.scores import ItemResult, Report, score_dataset

__all__ = ["evaluate", "load_source", "main_eval", "run_items"]

Progress = Callable[[int, int], None]


def load_source(source: str, *, reports: str | Path | None = None) -> Dataset:
    """The data set ``source`` names; see the module docstring for the accepted forms."""
    lowered = source.lower()
    if lowered == "gvdb":
        return load_gvdb()
    if lowered == "gvdb-all":  # with the rows whose coder coded no victim and no shooter
        return load_gvdb(include_uncoded=True)
    if lowered == "india":
        return load_india()
    if lowered == "hrw":
        return load_hrw()
    if lowered in ("case2021", "case"):
        return load_case2021()
    if lowered == "case2021-apart":  # kept apart: no rule is ever decided on it, on either half
        return load_case2021(repository_gold_dir() / "case2021_apart.jsonl")
    if lowered in ("fatal", "fatal-encounters"):
        return load_fatal()
    path = Path(source)
    if lowered.endswith(".jsonl"):
        return load_gold(path, reports=reports)
    if lowered.endswith(".tsv"):
        return load_gvdb(path)
    if lowered.endswith(".csv"):
        return load_india(path)
    if not path.exists():
        raise DataMissingError(path, "evaluation source", "use a .jsonl gold file, gvdb or india")
    raise SourceError(
        f"cannot tell what {source!r} is: give a gold .jsonl file, 'gvdb' or a GVDB .tsv, "
        "'india' or an IndiaPoliceEvents docs.csv"
    )


def _run_one(item: EvalItem) -> ItemResult:
    start = time.perf_counter()
    try:
        extraction = item.extract()
    except Exception as exc:  # a failing report is scored as a miss, never stops the run
        return ItemResult(None, f"{type(exc).__name__}: {exc}", time.perf_counter() - start)
    return ItemResult(extraction, None, time.perf_counter() - start)


def run_items(
    items: list[EvalItem], *, jobs: int = 1, progress: Progress | None = None
) -> list[ItemResult]:
    """Extract every item, in order; ``jobs`` > 1 uses a process pool."""
    results: list[ItemResult] = []
    if jobs <= 1 or len(items) < 2:
        for item in items:
            results.append(_run_one(item))
            if progress is not None:
                progress(len(results), len(items))
        return results
    chunksize = max(1, min(16, len(items) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for result in pool.map(_run_one, items, chunksize=chunksize):
            results.append(result)
            if progress is not None:
                progress(len(results), len(items))
    return results


def evaluate(
    source: str,
    *,
    limit: int | None = None,
    jobs: int = 1,
    reports: str | Path | None = None,
    progress: Progress | None = None,
    split: Split = "all",
) -> Report:
    """Run the extractor over ``source`` and score it.

    ``limit`` keeps the first N items (in file order); ``reports`` is the folder that gold ids are
    relative to (default: ``examples/reports`` of the repository holding ``tests/gold/``).
    Raises :class:`~forcewatch.eval.gold.DataMissingError` (a ``FileNotFoundError``) naming the
    path when the data is absent.
    """
    dataset = with_split(load_source(source, reports=reports), split)
    if limit is not None:
        dataset = Dataset(
            name=dataset.name,
            path=dataset.path,
            items=dataset.items[: max(0, limit)],
            policy=dataset.policy,
            notes=[*dataset.notes, f"limited to the first {limit} items"],
        )
    start = time.perf_counter()
    results = run_items(dataset.items, jobs=jobs, progress=progress)
    return score_dataset(dataset, results, seconds=time.perf_counter() - start)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="forcewatch eval",
        description="Score forcewatch's extraction against gold records.",
    )
    add_arguments(parser)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``forcewatch eval``, for its own parser and for the CLI's registry."""
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="GOLD",
        help="a gold .jsonl file; 'gvdb' (or a GVDB .tsv; 'gvdb-all' keeps the uncoded rows); "
        "'india' (or IndiaPoliceEvents docs.csv); 'hrw' (the project's HRW labels); 'case2021' "
        "(the project's labels of CASE 2021 snippets; 'case2021-apart': more, never tuned on); "
        "'fatal' (Fatal Encounters narratives)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: tables for people; json: an object for one source, a list for several "
        "(default: text)",
    )
    parser.add_argument("--json", action="store_true", help="the same as --format json")
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N items")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes")
    parser.add_argument("--reports", metavar="DIR", help="folder that gold ids are relative to")
    parser.add_argument("--progress", action="store_true", help="show progress on stderr")
    parser.add_argument(
        "--split",
        choices=("dev", "test", "all"),
        default="all",
        help="score one half of the data set (fixed by a hash of each id): rules are tuned on "
        "dev; test is only for reporting",
    )


def _stderr_progress(done: int, total: int) -> None:
    if done == total or done % 25 == 0:
        print(f"\r{done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)


def main_eval(argv: list[str]) -> int:
    """``forcewatch eval GOLD... [--format text|json] [--limit N] [--jobs N] [--reports DIR]``.

    Returns 0 when every source was scored, 2 on bad usage, missing data or a malformed gold file.
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already printed
        return exc.code if isinstance(exc.code, int) else 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """``forcewatch eval`` on parsed arguments (see :func:`add_arguments`)."""
    if args.limit is not None and args.limit < 0:
        print("forcewatch eval: --limit must be 0 or more", file=sys.stderr)
        return 2
    progress = _stderr_progress if args.progress else None
    as_json = args.json or args.format == "json"
    reports: list[Report] = []
    cluster_reports: list[dict[str, object]] = []
    for source in args.sources:
        if is_cluster_file(Path(source)):
            try:
                clusters = evaluate_clusters(source, reports=args.reports, jobs=max(1, args.jobs))
            except (FileNotFoundError, SourceError) as exc:
                print(f"forcewatch eval: {exc}", file=sys.stderr)
                return 2
            if as_json:
                cluster_reports.append(clusters.as_dict())
            else:
                print(clusters.render())
                print()
            continue
        try:
            report = evaluate(
                source, limit=args.limit, jobs=max(1, args.jobs), reports=args.reports,
                progress=progress, split=args.split,
            )  # fmt: skip
        except (FileNotFoundError, SourceError) as exc:
            print(f"forcewatch eval: {exc}", file=sys.stderr)
            return 2
        reports.append(report)
        if not as_json:
            print(report.render())
            print()
    if as_json:
        payload = [r.as_dict() for r in reports] + cluster_reports
        print(
            json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False)
        )
    return 0
