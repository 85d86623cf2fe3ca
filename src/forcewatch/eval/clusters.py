"""Merge quality against a gold clustering: pairwise precision and recall.

A gold clustering file is JSON Lines, one real-world incident a line::

    {"cluster": "junquito-2018-01-15",
     "members": [{"report": "es/es_junquito_a.txt", "incident": 1}, ...]}

``incident`` is the 1-based position of the incident among the report's incidents. The reports
are ingested into a fresh SQLite database (with the folder's ``manifest.jsonl`` hints, as
``forcewatch ingest`` would), merged, and every pair of gold items is checked: pairs in the same
gold cluster should share an incident (recall), pairs sharing an incident should be in the same
gold cluster (precision). An item the extractor did not produce counts as a singleton.
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from forcewatch.eval.gold import GoldError, default_reports_dir

Item = tuple[str, int]


@dataclass
class ClusterReport:
    path: Path
    items: int
    clusters: int
    predicted_incidents: int
    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int
    seconds: float
    false_joins: list[str] = field(default_factory=list)
    missed_joins: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def render(self) -> str:
        lines = [
            f"clusters: {self.path}",
            f"{self.items} gold incidents in {self.clusters} clusters; "
            f"{self.predicted_incidents} incidents after merge ({self.seconds:.1f} s)",
            "",
            "field                      n   score",
            f"pairwise precision  {self.predicted_pairs:>8}   {self.precision:.3f}",
            f"pairwise recall     {self.true_pairs:>8}   {self.recall:.3f}",
            f"pairwise F1         {self.true_pairs:>8}   {self.f1:.3f}",
        ]
        for title, pairs in (
            ("joined, but apart in gold", self.false_joins),
            ("together in gold, not joined", self.missed_joins),
        ):
            if pairs:
                lines.append(f"\n{title}:")
                lines.extend(f"  {p}" for p in pairs[:20])
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": "clusters",
            "path": str(self.path),
            "items": self.items,
            "clusters": self.clusters,
            "predicted_incidents": self.predicted_incidents,
            "pairwise_precision": self.precision,
            "pairwise_recall": self.recall,
            "pairwise_f1": self.f1,
            "false_joins": self.false_joins,
            "missed_joins": self.missed_joins,
        }


def is_cluster_file(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        return "cluster" in json.loads(first) if first else False
    except (OSError, json.JSONDecodeError):
        return False


def read_clusters(path: Path) -> dict[Item, str]:
    gold: dict[Item, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            for member in entry["members"]:
                item = (str(member["report"]), int(member["incident"]))
                if item in gold:
                    raise GoldError(f"{path}:{number}: {item} is in two clusters")
                gold[item] = str(entry["cluster"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, GoldError):
                raise
            raise GoldError(f"{path}:{number}: not a cluster line ({exc})") from None
    return gold


def evaluate_clusters(
    path: str | Path, *, reports: str | Path | None = None, jobs: int = 1
) -> ClusterReport:
    from forcewatch.pipeline.ingest import ingest
    from forcewatch.settings import Settings
    from forcewatch.store import Store

    path = Path(path)
    root = Path(reports) if reports else default_reports_dir(path)
    gold = read_clusters(path)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "clusters.sqlite"))
        ingest([str(root)], store, settings=Settings(jobs=jobs))
        predicted = _predicted(store, root)
        store.close()
    return _score(path, gold, predicted, time.perf_counter() - start)


def _predicted(store: Any, root: Path) -> dict[Item, int]:
    from sqlalchemy import select

    from forcewatch.store import models

    with store.session() as s:
        rows = s.execute(
            select(models.RawPage.name, models.Mention.ordinal, models.IncidentLink.incident_id)
            .join(models.Document, models.Document.raw_page_id == models.RawPage.id)
            .join(models.Mention, models.Mention.document_id == models.Document.id)
            .join(models.IncidentLink, models.IncidentLink.mention_id == models.Mention.id)
            .where(models.Mention.kind == "incident")
            .order_by(models.RawPage.name, models.Mention.ordinal)
        ).all()
    predicted: dict[Item, int] = {}
    position: dict[str, int] = {}
    for name, _ordinal, incident_id in rows:
        report = Path(name).resolve().relative_to(root.resolve()).as_posix()
        position[report] = position.get(report, 0) + 1
        predicted[(report, position[report])] = incident_id
    return predicted


def _score(
    path: Path, gold: dict[Item, str], predicted: dict[Item, int], seconds: float
) -> ClusterReport:
    items = sorted(gold)
    true_pairs = {(a, b) for a, b in combinations(items, 2) if gold[a] == gold[b]}
    predicted_pairs = {
        (a, b)
        for a, b in combinations(items, 2)
        if a in predicted and b in predicted and predicted[a] == predicted[b]
    }
    hits = true_pairs & predicted_pairs
    precision = len(hits) / len(predicted_pairs) if predicted_pairs else 1.0
    recall = len(hits) / len(true_pairs) if true_pairs else 1.0

    def show(pair: tuple[Item, Item]) -> str:
        (ra, ia), (rb, ib) = pair
        return f"{ra}#{ia} ~ {rb}#{ib}"

    return ClusterReport(
        path=path,
        items=len(items),
        clusters=len(set(gold.values())),
        predicted_incidents=len({predicted[i] for i in items if i in predicted}),
        precision=precision,
        recall=recall,
        true_pairs=len(true_pairs),
        predicted_pairs=len(predicted_pairs),
        seconds=seconds,
        false_joins=[show(p) for p in sorted(predicted_pairs - true_pairs)],
        missed_joins=[show(p) for p in sorted(true_pairs - predicted_pairs)],
    )
