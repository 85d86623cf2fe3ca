"""Merge on real coverage: pairwise precision and recall on same-event groups of real reports.

    python benchmarks/merge_coverage.py [tests/gold/gvdb_groups.jsonl] [--explain]

The gold (``tests/gold/gvdb_groups.jsonl``, ids only) groups GVDB dev articles and Fatal
Encounters narratives about the same US police shootings, plus checked look-alikes (same city or
same week, another event). Each report is extracted once; each half (dev, test: a hash of the
group's first id) is merged on its own, and the gap between the halves is printed.
``--explain`` lists every report's mentions and the explanation of every link.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from forcewatch.eval.clusters import (
    evaluate_shared_groups,
    extract_shared,
    load_shared_items,
    merge_shared,
    read_clusters,
)

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "gvdb_groups.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=GOLD)
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    gold = read_clusters(args.gold)
    reports = sorted({r for r, _ in gold}, key=lambda r: (r.split(":")[0], int(r.split(":")[1])))
    extracted = extract_shared(load_shared_items(set(reports)), reports)
    rows = {}
    for split in ("dev", "test", "all"):
        rows[split] = evaluate_shared_groups(args.gold, split=split, extracted=extracted)
    print(f"{'half':<6}{'items':>6}{'pairs':>7}{'P':>8}{'R':>8}{'F1':>8}")
    for split, r in rows.items():
        print(
            f"{split:<6}{r.items:>6}{r.true_pairs:>7}{r.precision:>8.3f}{r.recall:>8.3f}{r.f1:>8.3f}"
        )
    gap_p = rows["dev"].precision - rows["test"].precision
    gap_r = rows["dev"].recall - rows["test"].recall
    print(f"gap (dev - test): precision {gap_p:+.3f}, recall {gap_r:+.3f}")
    for split in ("dev", "test"):
        r = rows[split]
        for title, pairs in (("false joins", r.false_joins), ("missed joins", r.missed_joins)):
            if pairs:
                print(f"\n{split} {title}:")
                print("\n".join(f"  {p}" for p in pairs))
    if args.explain:
        print("\nmentions (report#n: date, state, place/city, killed, names):")
        for report in reports:
            for n, v in enumerate(extracted.views[report], 1):
                days = (
                    "-".join(date.fromordinal(d).isoformat() for d in sorted(set(v.days)))
                    if v.days
                    else None
                )
                print(
                    f"  {report}#{n}: {days} exact={v.exact_day} {v.admin1} "
                    f"{v.place!r}/{v.city!r} killed={v.killed} {sorted(v.names)}"
                )
        _, decisions = merge_shared(extracted, reports)
        print("\nlinks (all reports merged together):")
        report_of = {v.id: f"{r}#{n}" for r in reports for n, v in enumerate(extracted.views[r], 1)}
        for d in decisions:
            if d.explanation != "first report of this incident":
                print(
                    f"  {report_of[d.mention_id]} -> cluster {d.cluster_id} ({d.score}): "
                    f"{d.explanation}"
                )


if __name__ == "__main__":
    main()
