"""What analysts do to incidents: review status, edit fields, join incidents, split a mention off,
send a report judged irrelevant back as relevant.

Every act goes through :mod:`forcewatch.store.validate` (nothing is stored unless every value
passes), is recorded in ``edits`` with who, when, old, new and why (the audit log), and is made so
that merges keep it: status and edited fields live on the incident and override its computed
values; joins and splits turn the links they touch into manual links, which merges never move.

Optimistic locking: an incident carries a ``version``; a change made with ``version=N`` is refused
with :class:`~forcewatch.errors.StaleEdit` when someone else changed the incident since version N
was read (the web pages and the API pass the version they showed). A change without a version (the
CLI's ``edit``) is applied to the newest version: when another writer gets in between the read and
the write, the change is read again and retried, so concurrent edits of different fields all stay.

This module sits above both the store and the merge: an act that moves mentions recomputes the
incidents it touched with ``merge.run.recompute``; neither of them imports it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from forcewatch import records
from forcewatch.errors import NotFound, StaleEdit, UsageError
from forcewatch.merge.run import recompute
from forcewatch.store import Store, models
from forcewatch.store.rows import mention_values
from forcewatch.store.validate import EDITABLE, STATUSES, check_changes, check_status

__all__ = [
    "EDITABLE",
    "STATUSES",
    "edit",
    "edit_many",
    "history",
    "join",
    "mark_relevant",
    "set_status",
    "split",
]

T = TypeVar("T")
RETRIES = 20


def _retrying(store: Store, work: Callable[[Session], T], *, locked: bool) -> T:
    """Run ``work`` in one transaction; when a concurrent writer made it stale and the caller did
    not pin a version, run it again on the fresh values."""
    for attempt in range(RETRIES):
        try:
            with store.session() as s:
                return work(s)
        except StaleDataError:
            if locked:
                raise StaleEdit(
                    "the incident was changed by someone else while you saved; reload it and "
                    "apply your change again"
                ) from None
        except OperationalError as exc:  # SQLite: a write lock not granted in time
            if "locked" not in str(exc) or attempt == RETRIES - 1:
                raise
        time.sleep(0.01 * (attempt + 1))
    raise StaleEdit("the incident kept changing while saving; try again")


def _check_version(incident: models.Incident, version: int | None) -> None:
    if version is not None and incident.version != version:
        raise StaleEdit(
            f"incident {incident.id} has changed since you read it (you had version {version}, "
            f"it is now at version {incident.version}); reload it, check the other change in its "
            "history, and apply yours again",
            item=f"incident {incident.id}",
        )


def set_status(
    store: Store,
    incident_id: int,
    status: str,
    *,
    who: str,
    why: str = "",
    version: int | None = None,
) -> int:
    """Set the review status; returns the incident's new version."""
    check_status(status)

    def work(s: Session) -> int:
        incident = _incident(s, incident_id)
        _check_version(incident, version)
        if incident.status == status:
            return incident.version
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
        s.flush()
        return incident.version

    return _retrying(store, work, locked=version is not None)


def edit(
    store: Store,
    incident_id: int,
    field: str,
    value: Any,
    *,
    who: str,
    why: str = "",
    version: int | None = None,
) -> int:
    return edit_many(store, incident_id, {field: value}, who=who, why=why, version=version)


def edit_many(
    store: Store,
    incident_id: int,
    changes: dict[str, Any],
    *,
    who: str,
    why: str = "",
    version: int | None = None,
    only_changed: bool = False,
) -> int:
    """Validate and store several fields at once (a form's save); values already set by an
    analyst and unchanged are skipped (with ``only_changed``, a whole form: every value equal to
    the stored one). Returns the incident's new version."""

    def work(s: Session) -> int:
        incident = _incident(s, incident_id)
        _check_version(incident, version)
        current = {name: getattr(incident, name) for name in EDITABLE}
        parsed = check_changes(current, changes)
        pinned = incident.edited or {}
        # A value equal to the computed one still counts: the analyst confirmed it, and merges
        # must keep it from now on.
        changed = {
            k: v
            for k, v in parsed.items()
            if not _same(current.get(k), v) or (not only_changed and pinned.get(k, ...) != v)
        }
        for field, value in changed.items():
            s.add(
                models.Edit(
                    incident_id=incident_id,
                    field=field,
                    old=current.get(field),
                    new=value,
                    who=who,
                    why=why,
                )
            )
            setattr(incident, field, value)
        if changed:
            incident.edited = {**(incident.edited or {}), **changed}
            incident.updated_at = models.utcnow()
        s.flush()
        return incident.version

    return _retrying(store, work, locked=version is not None)


def join(store: Store, keep: int, others: list[int], *, who: str, why: str = "") -> None:
    """Move every mention of ``others`` into ``keep``, as manual links. What analysts did to the
    others stays: their edited fields (``keep``'s own win where both were edited; the audit log
    says which value was set aside), their review status when ``keep`` has none, and their
    history."""
    if keep in others:
        raise UsageError(f"cannot join incident {keep} with itself")

    def work(s: Session) -> None:
        kept = _incident(s, keep)
        for other in others:
            joined = _incident(s, other)
            for link in s.scalars(
                select(models.IncidentLink).where(models.IncidentLink.incident_id == other)
            ):
                link.incident_id, link.method = keep, "manual"
                link.explanation = f"joined by {who}" + (f": {why}" if why else "")
            for record in s.scalars(select(models.Edit).where(models.Edit.incident_id == other)):
                record.incident_id = keep
            s.add(
                models.Edit(incident_id=keep, field="join", old=other, new=keep, who=who, why=why)
            )
            edited = dict(kept.edited or {})
            for field, value in (joined.edited or {}).items():
                if field not in edited:
                    edited[field] = value
                elif edited[field] != value:
                    s.add(
                        models.Edit(
                            incident_id=keep,
                            field=field,
                            old=value,
                            new=edited[field],
                            who=who,
                            why=f"join: incident {other}'s edited value set aside for {keep}'s",
                        )
                    )
            kept.edited = edited
            if kept.status == "unreviewed" and joined.status != "unreviewed":
                s.add(
                    models.Edit(
                        incident_id=keep,
                        field="status",
                        old=kept.status,
                        new=joined.status,
                        who=who,
                        why=f"join: status of incident {other}",
                    )
                )
                kept.status = joined.status
            if joined.notes and joined.notes != kept.notes and "notes" not in edited:
                kept.notes = "\n".join(n for n in (kept.notes, joined.notes) if n)
            s.flush()
            s.delete(joined)
        for link in s.scalars(
            select(models.IncidentLink).where(models.IncidentLink.incident_id == keep)
        ):
            link.method = "manual"
        s.flush()
        recompute(s, {keep})

    _retrying(store, work, locked=False)


def split(
    store: Store, incident_id: int, mention_ids: list[int], *, who: str, why: str = ""
) -> int:
    """Move these mentions out into a new incident; both incidents' links become manual."""

    def work(s: Session) -> int:
        _incident(s, incident_id)
        links = {
            link.mention_id: link
            for link in s.scalars(
                select(models.IncidentLink).where(models.IncidentLink.incident_id == incident_id)
            )
        }
        if not mention_ids:
            raise UsageError("name at least one mention to split off")
        missing = [m for m in mention_ids if m not in links]
        if missing:
            raise NotFound(f"mention(s) {missing} are not in incident {incident_id}")
        if len(set(mention_ids)) == len(links):
            raise UsageError("a split must leave at least one mention in the incident")
        new = models.Incident(status="unreviewed")
        s.add(new)
        s.flush()
        for mention_id, link in links.items():
            link.method = "manual"
            if mention_id in mention_ids:
                link.incident_id = new.id
                link.explanation = f"split by {who}" + (f": {why}" if why else "")
        for target, old, new_value in (
            (incident_id, mention_ids, new.id),
            (new.id, incident_id, mention_ids),
        ):
            s.add(
                models.Edit(
                    incident_id=target,
                    field="split" if target == incident_id else "split_from",
                    old=old,
                    new=new_value,
                    who=who,
                    why=why,
                )
            )
        s.flush()
        recompute(s, {incident_id, new.id})
        return new.id

    return _retrying(store, work, locked=False)


def mark_relevant(store: Store, document_id: int, *, who: str, why: str = "") -> int:
    """Send a report judged irrelevant back as relevant: the document counts as relevant and gets
    an incident mention of its own, in a new unreviewed incident for the analyst to fill in.
    Returns the new incident's id."""

    def work(s: Session) -> int:
        document = s.get(models.Document, document_id)
        if document is None:
            raise NotFound(f"no document {document_id}")
        if document.relevant:
            raise UsageError(f"document {document_id} is already relevant")
        old_reason = document.relevance_reason
        document.relevant = True
        document.relevance_reason = f"sent back as relevant by {who}" + (f": {why}" if why else "")
        ordinal = 1 + max(
            s.scalars(
                select(models.Mention.ordinal).where(models.Mention.document_id == document_id)
            ),
            default=-1,
        )
        mention = records.Mention(
            kind="incident", date=document.published, extractor="analyst", confidence=1.0
        )
        row = models.Mention(**mention_values(document_id, ordinal, mention))
        incident = models.Incident(status="unreviewed")
        s.add_all([row, incident])
        s.flush()
        s.add(
            models.IncidentLink(
                mention_id=row.id,
                incident_id=incident.id,
                score=1.0,
                explanation=f"sent back as relevant by {who}",
                method="manual",
            )
        )
        s.add(
            models.Edit(
                incident_id=incident.id,
                field="relevant",
                old={"document": document_id, "relevant": False, "reason": old_reason},
                new={"document": document_id, "relevant": True},
                who=who,
                why=why,
            )
        )
        s.flush()
        recompute(s, {incident.id})
        return incident.id

    return _retrying(store, work, locked=False)


def history(store: Store, incident_id: int) -> list[models.Edit]:
    with store.session() as s:
        return list(
            s.scalars(
                select(models.Edit)
                .where(models.Edit.incident_id == incident_id)
                .order_by(models.Edit.at, models.Edit.id)
            )
        )


def _same(old: Any, new: Any) -> bool:
    """Equal values; lists (forces, allegations) in any order."""
    if isinstance(old, list) and isinstance(new, list):
        return sorted(map(str, old)) == sorted(map(str, new))
    return bool(old == new)


def _incident(s: Session, incident_id: int) -> models.Incident:
    incident = s.get(models.Incident, incident_id)
    if incident is None:
        raise NotFound(f"no incident {incident_id}")
    return incident
