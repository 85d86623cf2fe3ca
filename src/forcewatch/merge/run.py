"""Mentions -> incidents, in the database: blocking, scoring, assembly with provenance.

A run links the mentions that have no incident yet; links already made stay as they are, so
running merge twice changes nothing the second time. ``rebuild=True`` forgets the automatic links
and merges everything again, keeping what analysts did: manual links (joins and splits), status,
edited fields.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from forcewatch.merge.assemble import Member, canonical
from forcewatch.merge.match import Cluster, Decision, Index, MentionView, assign
from forcewatch.store import Store, models
from forcewatch.store.models import utcnow

__all__ = ["MergeSummary", "recompute", "run_merge"]


@dataclass(frozen=True)
class MergeSummary:
    mentions: int
    joined: int
    new_incidents: int
    incidents: int
    seconds: float


_ROW = (
    models.Mention.id,
    models.Mention.document_id,
    models.Document.duplicate_of,
    models.Document.published,
    models.Mention.data,
)


def run_merge(store: Store, *, rebuild: bool = False) -> MergeSummary:
    start = time.perf_counter()
    with store.session() as s:
        previous: dict[int, int] = {}
        if rebuild:
            # Incidents an analyst reviewed or edited keep their mentions, as manual links do.
            anchored_ids = {
                incident_id
                for incident_id, status, edited in s.execute(
                    select(models.Incident.id, models.Incident.status, models.Incident.edited)
                )
                if status != "unreviewed" or edited
            }
            forgotten = [
                (link.mention_id, link.incident_id)
                for link in s.scalars(
                    select(models.IncidentLink).where(models.IncidentLink.method == "auto")
                )
                if link.incident_id not in anchored_ids
            ]
            previous = dict(forgotten)
            s.execute(
                delete(models.IncidentLink).where(
                    models.IncidentLink.mention_id.in_([m for m, _ in forgotten])
                )
            )
        index = Index()
        linked = s.execute(
            select(models.IncidentLink.incident_id, *_ROW)
            .join(models.Mention, models.Mention.id == models.IncidentLink.mention_id)
            .join(models.Document, models.Document.id == models.Mention.document_id)
            .order_by(models.Mention.id)
        ).all()
        clusters: dict[int, Cluster] = {}
        for incident_id, mention_id, document_id, copy_of, published, data in linked:
            view = MentionView.of(mention_id, document_id, copy_of, published, data)
            cluster = clusters.get(incident_id)
            if cluster is None:
                cluster = clusters[incident_id] = Cluster(id=incident_id, country=view.country)
            cluster.add(view)
        for cluster in clusters.values():
            index.add(cluster)

        pending = s.execute(
            select(*_ROW)
            .join(models.Document, models.Document.id == models.Mention.document_id)
            .outerjoin(models.IncidentLink, models.IncidentLink.mention_id == models.Mention.id)
            .where(models.Mention.kind == "incident", models.IncidentLink.mention_id.is_(None))
        ).all()
        views = [MentionView.of(*row) for row in pending]
        # Earliest event first, then the order reports arrived: the same input, the same result.
        views.sort(key=lambda v: (v.days[1] if v.days else 10**9, v.id))
        decisions = assign(views, index)

        new_ids = _incident_ids(s, decisions, previous)
        incident_of = {d.mention_id: new_ids.get(d.cluster_id, d.cluster_id) for d in decisions}
        links = [
            {
                "mention_id": decision.mention_id,
                "incident_id": incident_of[decision.mention_id],
                "score": decision.score,
                "explanation": decision.explanation,
                "method": "auto",
            }
            for decision in decisions
        ]
        if links:
            s.execute(insert(models.IncidentLink), links)
        touched = set(incident_of.values())
        if rebuild:
            touched |= set(s.scalars(select(models.Incident.id)))
        recompute(s, touched)
        total = s.scalar(select(func.count()).select_from(models.Incident)) or 0
    return MergeSummary(
        mentions=len(views),
        joined=sum(1 for d in decisions if d.cluster_id > 0 or d.score < 1.0),
        new_incidents=len(new_ids),
        incidents=total,
        seconds=time.perf_counter() - start,
    )


def _incident_ids(
    s: Session, decisions: list[Decision], previous: dict[int, int]
) -> dict[int, int]:
    """Database ids for new clusters: on a rebuild, the old incident most of its mentions were
    in (so incident ids stay stable), else a new incident."""
    members: dict[int, list[int]] = defaultdict(list)
    for decision in decisions:
        if decision.cluster_id < 0:
            members[decision.cluster_id].append(decision.mention_id)
    existing = set(s.scalars(select(models.Incident.id))) if previous else set()
    taken: set[int] = set()
    ids: dict[int, int] = {}
    created: dict[int, models.Incident] = {}
    for cluster_id in sorted(members, reverse=True):
        olds = Counter(previous[m] for m in members[cluster_id] if m in previous)
        reuse = next((i for i, _ in olds.most_common() if i not in taken), None)
        if reuse is not None and reuse in existing:
            taken.add(reuse)
            ids[cluster_id] = reuse
        else:
            created[cluster_id] = models.Incident(status="unreviewed")
    s.add_all(created.values())
    s.flush()  # one batch of INSERTs, in the order added: first cluster, lowest id
    ids.update((cluster_id, incident.id) for cluster_id, incident in created.items())
    return ids


def recompute(s: Session, incident_ids: set[int]) -> None:
    """Canonical values of these incidents from their mentions; an incident left without a
    mention is deleted unless an analyst worked on it."""
    if not incident_ids:
        return
    members: dict[int, list[Member]] = defaultdict(list)
    ids = sorted(incident_ids)
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        rows = s.execute(
            select(models.IncidentLink.incident_id, *_ROW)
            .join(models.Mention, models.Mention.id == models.IncidentLink.mention_id)
            .join(models.Document, models.Document.id == models.Mention.document_id)
            .where(models.IncidentLink.incident_id.in_(chunk))
            .order_by(models.Mention.id)
        ).all()
        for incident_id, mention_id, document_id, copy_of, published, data in rows:
            members[incident_id].append(
                Member(mention_id, document_id, copy_of or document_id, published, data)
            )
    incidents: dict[int, models.Incident] = {}
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        incidents.update(
            (incident.id, incident)
            for incident in s.scalars(select(models.Incident).where(models.Incident.id.in_(chunk)))
        )
    for incident_id in ids:
        incident = incidents.get(incident_id)
        if incident is None:
            continue
        if not members.get(incident_id):
            if incident.status == "unreviewed" and not incident.edited:
                s.delete(incident)
            continue
        values = canonical(members[incident_id])
        for key, value in values.items():
            setattr(incident, key, value)
        for key, value in (incident.edited or {}).items():
            setattr(incident, key, value)
        _keep_counts_ordered(incident, incident.edited or {})
        incident.updated_at = utcnow()


_COUNTS = ("killed", "injured", "agents_killed", "agents_injured")


def _keep_counts_ordered(incident: models.Incident, edited: dict[str, object]) -> None:
    """An analyst's bound wins; the computed bounds beside it move so that low <= best <= high
    still holds (an edited best of 12 over sources saying 7-9 makes the high 12)."""
    for count in _COUNTS:
        names = {bound: f"{count}_{bound}" for bound in ("low", "best", "high")}
        if not any(n in edited for n in names.values()):
            continue
        value = {bound: getattr(incident, name) for bound, name in names.items()}
        free = {bound for bound, name in names.items() if name not in edited}
        order = ("low", "best", "high")
        for i, fixed in enumerate(order):
            if fixed in free or value[fixed] is None:
                continue
            for j, other in enumerate(order):
                if other not in free or value[other] is None:
                    continue
                before, after = j < i, j > i
                if (before and value[other] > value[fixed]) or (
                    after and value[other] < value[fixed]
                ):
                    value[other] = value[fixed]
        for bound in free:
            setattr(incident, names[bound], value[bound])
