"""forcewatch's accuracy on the gold files, GVDB and IndiaPoliceEvents, against the targets.

    python benchmarks/accuracy.py [--only gold|gvdb|india ...] [--limit N] [--jobs N]
                                  [--json FILE] [--check] [--progress]

Prints one table per source (``forcewatch.eval.evaluate``), then the targets with PASS/FAIL. The
field targets are read on *all* gold-relevant items (a police shooting the system judged
irrelevant is a miss on every field); the score on the items the system also judged relevant is
shown beside them for diagnosis. A source whose data is absent is skipped, and so are its targets.
``--check`` exits 1 when a target fails.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
try:
    import forcewatch.eval as fweval
except ModuleNotFoundError:  # run from a checkout without installing
    sys.path.insert(0, str(REPO / "src"))
    import forcewatch.eval as fweval


@dataclass(frozen=True)
class Target:
    label: str
    source: str
    field: str
    goal: float


TARGETS: tuple[Target, ...] = (
    Target("GVDB relevance F1 (police shooting or not)", "gvdb", "relevance_f1", 0.85),
    Target("GVDB killed exact match", "gvdb", "killed", 0.85),
    Target("GVDB injured exact match", "gvdb", "injured", 0.85),
    Target("GVDB state", "gvdb", "state", 0.90),
    Target("GVDB city", "gvdb", "city", 0.80),
    Target("GVDB victim-name recall", "gvdb", "names_recall", 0.80),
    Target("India KILL F1", "india", "relevance_f1", 0.80),
)


def _progress(label: str) -> Any:
    def show(done: int, total: int) -> None:
        if done == total or done % 20 == 0:
            end = "\n" if done == total else ""
            print(f"\r{label}: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="forcewatch accuracy against the targets")
    parser.add_argument(
        "--only",
        action="append",
        choices=("gold", "gvdb", "india"),
        help="run only these sources (repeatable; default all)",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="first N items of each source")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes")
    parser.add_argument("--json", metavar="FILE", help="also write reports and targets as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target fails")
    parser.add_argument("--progress", action="store_true", help="show progress on stderr")
    args = parser.parse_args(argv)
    wanted = set(args.only or ("gold", "gvdb", "india"))

    sources: list[tuple[str, str]] = []
    if "gold" in wanted:
        gold_files = sorted((REPO / "tests" / "gold").glob("[a-z][a-z].jsonl"))
        if not gold_files:
            print("gold: no tests/gold/*.jsonl yet, skipped\n")
        sources += [(f"gold:{p.name}", str(p)) for p in gold_files]
    sources += [(name, name) for name in ("gvdb", "india") if name in wanted]

    reports: dict[str, fweval.Report] = {}
    skipped: dict[str, str] = {}
    for name, source in sources:
        try:
            report = fweval.evaluate(
                source,
                limit=args.limit,
                jobs=max(1, args.jobs),
                progress=_progress(name) if args.progress else None,
            )
        except (FileNotFoundError, fweval.SourceError) as exc:
            skipped[name] = str(exc)
            print(f"{name}: skipped: {exc}\n")
            continue
        reports[name] = report
        print(report.render())
        print()

    rows: list[dict[str, Any]] = []
    print(f"{'target':<44} {'all':>6} {'agreed':>7} {'goal':>7}  result")
    for target in TARGETS:
        found = reports.get(target.source)
        if found is None:
            value = agreed = None
            result = "SKIP"
        else:
            value = found.score(target.field, "all")
            agreed = found.score(target.field, "agreed")
            result = "PASS" if value is not None and value >= target.goal else "FAIL"
        rows.append(
            {
                "target": target.label,
                "source": target.source,
                "field": target.field,
                "value": value,
                "agreed": agreed,
                "goal": target.goal,
                "result": result,
            }
        )
        shown_agreed = _fmt(agreed) if agreed != value else ""
        print(
            f"{target.label:<44} {_fmt(value):>6} {shown_agreed:>7} "
            f"{'>= ' + format(target.goal, '.2f'):>7}  {result}"
        )
    print(
        "\nall: on every gold-relevant item; agreed: only where the system also judged it relevant"
        " (shown when it differs)."
    )

    if args.json:
        payload = {
            "reports": {name: report.as_dict() for name, report in reports.items()},
            "skipped": skipped,
            "targets": rows,
        }
        Path(args.json).write_text(json.dumps(payload, indent=2, ensure_ascii=False), "utf-8")
        print(f"wrote {args.json}")
    failed = any(row["result"] == "FAIL" for row in rows)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
