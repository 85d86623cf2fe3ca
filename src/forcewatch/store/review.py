"""What analysts do to incidents: review status, edit a field, join incidents, split a mention off.

Every act is recorded in ``edits`` with who, when and why, and made so that merges keep it:
status and edited fields live on the incident and override its computed values; joins and splits
turn the links they touch into manual links, which merges never move.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forcewatch.errors import NotFound, UsageError
from forcewatch.merge.run import recompute
from forcewatch.records import IncidentStatus
from forcewatch.store import Store, models

EDITABLE = frozenset(
    {
        "date", "date_precision", "place", "city", "admin1", "admin1_name", "country", "lat",
        "lon", "geo_precision", "killed_low", "killed_best", "killed_high", "injured_low",
        "injured_best", "injured_high", "agents_killed_low", "agents_killed_best",
        "agents_killed_high", "agents_injured_low", "agents_injured_best", "agents_injured_high",
        "forces", "operation", "allegations", "notes",
    }
)  # fmt: skip
STATUSES: tuple[IncidentStatus, ...] = ("unreviewed", "verified", "rejected")


def set_status(store: Store, incident_id: int, status: str, *, who: str, why: str = "") -> None:
    if status not in STATUSES:
        raise UsageError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    with store.session() as s:
        incident = _incident(s, incident_id)
        s.add(
            models.Edit(
                incident_id=incident_id,
                field="status",
                old=incident.status,
                new=status,
                who=who,
                why=why,
            )
        )
        incident.status = status


def edit(
    store: Store, incident_id: int, field: str, value: Any, *, who: str, why: str = ""
) -> None:
    if field not in EDITABLE:
        raise UsageError(
            f"{field!r} cannot be edited; editable fields: {', '.join(sorted(EDITABLE))}"
        )
    with store.session() as s:
        incident = _incident(s, incident_id)
        s.add(
            models.Edit(
                incident_id=incident_id,
                field=field,
                old=getattr(incident, field),
                new=value,
                who=who,
                why=why,
            )
        )
        incident.edited = {**(incident.edited or {}), field: value}
        setattr(incident, field, value)


def join(store: Store, keep: int, others: list[int], *, who: str, why: str = "") -> None:
    """Move every mention of ``others`` into ``keep``, as manual links."""
    with store.session() as s:
        _incident(s, keep)
        for other in others:
            _incident(s, other)
            for link in s.scalars(
                select(models.IncidentLink).where(models.IncidentLink.incident_id == other)
            ):
                link.incident_id, link.method = keep, "manual"
                link.explanation = f"joined by {who}" + (f": {why}" if why else "")
            s.add(
                models.Edit(incident_id=keep, field="join", old=other, new=keep, who=who, why=why)
            )
        for link in s.scalars(
            select(models.IncidentLink).where(models.IncidentLink.incident_id == keep)
        ):
            link.method = "manual"
        s.flush()
        for other in others:
            incident = s.get(models.Incident, other)
            if incident is not None:
                for record in s.scalars(
                    select(models.Edit).where(models.Edit.incident_id == other)
                ):
                    record.incident_id = keep
                s.delete(incident)
        recompute(s, {keep})


def split(
    store: Store, incident_id: int, mention_ids: list[int], *, who: str, why: str = ""
) -> int:
    """Move these mentions out into a new incident; both incidents' links become manual."""
    with store.session() as s:
        _incident(s, incident_id)
        links = {
            link.mention_id: link
            for link in s.scalars(
                select(models.IncidentLink).where(models.IncidentLink.incident_id == incident_id)
            )
        }
        missing = [m for m in mention_ids if m not in links]
        if missing:
            raise NotFound(f"mention(s) {missing} are not in incident {incident_id}")
        if len(mention_ids) == len(links):
            raise UsageError("a split must leave at least one mention in the incident")
        new = models.Incident(status="unreviewed")
        s.add(new)
        s.flush()
        for mention_id, link in links.items():
            link.method = "manual"
            if mention_id in mention_ids:
                link.incident_id = new.id
                link.explanation = f"split by {who}" + (f": {why}" if why else "")
        s.add(
            models.Edit(
                incident_id=incident_id,
                field="split",
                old=mention_ids,
                new=new.id,
                who=who,
                why=why,
            )
        )
        s.flush()
        recompute(s, {incident_id, new.id})
        return new.id


def history(store: Store, incident_id: int) -> list[models.Edit]:
    with store.session() as s:
        return list(
            s.scalars(
                select(models.Edit)
                .where(models.Edit.incident_id == incident_id)
                .order_by(models.Edit.id)
            )
        )


def _incident(s: Session, incident_id: int) -> models.Incident:
    incident = s.get(models.Incident, incident_id)
    if incident is None:
        raise NotFound(f"no incident {incident_id}")
    return incident
