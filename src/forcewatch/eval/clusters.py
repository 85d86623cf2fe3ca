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
import re
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
    if reports is None and is_shared_group_file(path):
        return evaluate_shared_groups(path)
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


# ---- same-event groups from the shared data (GVDB articles, Fatal Encounters narratives) ------

SHARED_PREFIXES = ("gvdb:", "fe:")
_URL_DAY = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/|-(20\d\d)(\d\d)(\d\d)-")


@dataclass(frozen=True)
class SharedItem:
    """One report of the shared data, as ``forcewatch ingest`` would get it."""

    id: str
    text: str
    published: str | None


def is_shared_group_file(path: Path) -> bool:
    """A clustering whose members are ``gvdb:ID`` / ``fe:ROW`` ids of ``../shared/data``."""
    try:
        gold = read_clusters(path)
    except (OSError, GoldError):
        return False
    return bool(gold) and all(report.startswith(SHARED_PREFIXES) for report, _ in gold)


def url_day(url: str) -> str | None:
    """The publication day a news URL carries (``/2016/01/28/`` or ``-20160216-``), if any."""
    match = _URL_DAY.search(url)
    if not match:
        return None
    year, month, day = (g for g in match.groups() if g is not None)
    return f"{year}-{month}-{day}"


def load_shared_items(ids: set[str], data: Path | None = None) -> dict[str, SharedItem]:
    """The reports behind ``gvdb:ID`` and ``fe:ROW`` ids.

    A GVDB article is its full text, published on the day its URL carries (157 of the 400 dev
    URLs carry one; the TSV has no other date). A Fatal Encounters narrative becomes a short
    report headed by the person's name and town, as the database lists it, with no publication
    date: its date is unknown unless the narrative gives one."""
    import csv
    import sys

    from forcewatch.eval.gold import DataMissingError, shared_data_dir
    from forcewatch.eval.gvdb import read_rows

    root = data or shared_data_dir()
    items: dict[str, SharedItem] = {}
    if any(i.startswith("gvdb:") for i in ids):
        for row in read_rows(root / "gvdb" / "dev.tsv"):
            key = f"gvdb:{row['Article id'].strip()}"
            if key in ids:
                items[key] = SharedItem(key, row["Full text"], url_day(row["Article url"]))
    if any(i.startswith("fe:") for i in ids):
        path = root / "fatal-encounters" / "descriptions_joined_wapo_guardian.csv"
        if not path.is_file():
            raise DataMissingError(path, "Fatal Encounters narratives")
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                key = f"fe:{row['fe_row']}"
                if key in ids:
                    head = f"{row['name']} ({row['city']}, {row['state']})"
                    items[key] = SharedItem(key, f"{head}\n\n{row['description']}", None)
    missing = sorted(ids - set(items))
    if missing:
        raise GoldError(f"ids not in the shared data: {', '.join(missing[:10])}")
    return items


@dataclass
class SharedMerge:
    """Extracted shared-data reports, ready to merge in any subset."""

    views: dict[str, list[Any]]  # report id -> its incident mentions as MentionViews
    order: list[str]


def extract_shared(items: dict[str, SharedItem], order: list[str]) -> SharedMerge:
    """Extract every report once; near-copies (simhash) point at the first of their kind."""
    import forcewatch
    from forcewatch.merge.assemble import Member
    from forcewatch.merge.match import MentionView
    from forcewatch.text import near_duplicates, simhash

    views: dict[str, list[Any]] = {}
    hashes: list[tuple[int, int]] = []
    next_mention = 1
    for document_id, report in enumerate(order, 1):
        item = items[report]
        result = forcewatch.extract(item.text, published=item.published, lang="en")
        value = simhash(result.document.text)
        copy_of = next((d for d, h in hashes if near_duplicates(h, value)), None)
        hashes.append((document_id, value))
        views[report] = []
        for mention in result.incidents:
            member = Member(next_mention, document_id, copy_of or document_id, item.published,
                            mention)  # fmt: skip
            views[report].append(MentionView.of(member))
            next_mention += 1
    return SharedMerge(views, order)


def merge_shared(extracted: SharedMerge, reports: list[str]) -> tuple[dict[Item, int], list[Any]]:
    """Merge the mentions of ``reports`` as ``forcewatch merge`` orders them."""
    from forcewatch.merge.match import Index, assign, merge_order

    views = [v for r in reports for v in extracted.views[r]]
    views.sort(key=merge_order)
    decisions = assign(views, Index())
    cluster_of = {d.mention_id: d.cluster_id for d in decisions}
    predicted: dict[Item, int] = {}
    for report in reports:
        for position, view in enumerate(extracted.views[report], 1):
            predicted[(report, position)] = cluster_of[view.id]
    return predicted, decisions


def evaluate_shared_groups(
    path: str | Path,
    *,
    split: str = "all",
    data: Path | None = None,
    extracted: SharedMerge | None = None,
) -> ClusterReport:
    """Pairwise precision and recall of the merge on same-event groups of the shared data.

    ``split`` is ``dev``, ``test`` or ``all``: a group belongs to the half of its first member
    (``split_of``), and only that half's reports are merged together."""
    from forcewatch.eval.gold import split_of

    path = Path(path)
    gold = read_clusters(path)
    first: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            first[str(entry["cluster"])] = str(entry["members"][0]["report"])
    kept = {
        item: cluster
        for item, cluster in gold.items()
        if split == "all" or split_of(first[cluster]) == split
    }
    reports = sorted({report for report, _ in kept}, key=_natural)
    start = time.perf_counter()
    if extracted is None:
        extracted = extract_shared(load_shared_items(set(reports), data), reports)
    predicted, _ = merge_shared(extracted, reports)
    report = _score(path, kept, predicted, time.perf_counter() - start)
    report.path = Path(f"{path} [{split}]") if split != "all" else path
    return report


def _natural(report: str) -> tuple[str, int]:
    prefix, _, number = report.partition(":")
    return prefix, int(number) if number.isdigit() else 0
