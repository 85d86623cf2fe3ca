"""Reading incidents back: filters, one incident with its sources, streaming for exports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, Text, cast, column, exists, select, text
from sqlalchemy.orm import Session

from forcewatch import records
from forcewatch.errors import NotFound
from forcewatch.store import Store, models


@dataclass(frozen=True)
class IncidentFilter:
    country: str | None = None
    admin1: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    force: str | None = None
    status: str | None = None
    min_killed: int | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0


def _dates(dialect: str) -> Any:
    """The incident date compared byte by byte on both databases: a PostgreSQL database's
    collation (en_US, say) would otherwise order "--01-15" or "2018-01" otherwise than SQLite."""
    if dialect == "postgresql":
        return models.Incident.date.collate("C")
    return models.Incident.date


def _select(filt: IncidentFilter, dialect: str) -> Select[models.Incident]:
    query = select(models.Incident)
    date = _dates(dialect)
    if filt.country:
        query = query.where(models.Incident.country == filt.country.upper())
    if filt.admin1:
        query = query.where(models.Incident.admin1 == filt.admin1.upper())
    if filt.date_from:
        query = query.where(date >= filt.date_from)
    if filt.date_to:
        # "2018-01" as an upper bound includes the whole month
        query = query.where(date <= filt.date_to + "\uffff")
    if filt.force:
        query = query.where(
            (models.Incident.force_main == filt.force)
            | cast(models.Incident.forces, Text).contains(f'"{filt.force}"')
        )
    if filt.status:
        query = query.where(models.Incident.status == filt.status)
    if filt.min_killed is not None:
        query = query.where(models.Incident.killed_best >= filt.min_killed)
    if filt.text:
        query = query.where(
            (models.Incident.search_text.ilike(f"%{filt.text}%")) | _text_match(filt.text, dialect)
        )
    # Latest first, undated last, ties by id (newest first): the same order on both databases
    # (PostgreSQL puts NULL first in a descending order unless told).
    query = query.order_by(date.desc().nulls_last(), models.Incident.id.desc())
    if filt.offset:
        query = query.offset(filt.offset)
    if filt.limit is not None:
        query = query.limit(filt.limit)
    return query


def _text_match(phrase: str, dialect: str) -> Any:
    """Incidents one of whose source documents matches the phrase (full-text index)."""
    linked = (
        select(models.IncidentLink.incident_id)
        .join(models.Mention, models.Mention.id == models.IncidentLink.mention_id)
        .where(models.IncidentLink.incident_id == models.Incident.id)
    )
    if dialect == "sqlite":
        quoted = '"' + phrase.replace('"', '""') + '"'
        matching = (
            text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q")
            .bindparams(q=quoted)
            .columns(column("rowid", Integer))
        )
        return exists(linked.where(models.Mention.document_id.in_(matching)))
    tsquery = text(
        "to_tsvector('simple', coalesce(documents.title, '') || ' ' || documents.text) "
        "@@ plainto_tsquery('simple', :q)"
    ).bindparams(q=phrase)
    return exists(
        linked.join(models.Document, models.Document.id == models.Mention.document_id).where(
            tsquery
        )
    )


def find_incidents(
    store: Store, filt: IncidentFilter, *, sources: bool = True
) -> list[records.Incident]:
    with store.session() as s:
        rows = list(s.scalars(_select(filt, store.dialect)))
        return _records(s, rows, sources=sources)


def iter_incidents(
    store: Store, filt: IncidentFilter, *, batch: int = 1000
) -> Iterator[records.Incident]:
    """All matching incidents with their sources, a batch at a time (for exports)."""
    offset = filt.offset
    while True:
        page = IncidentFilter(**{**filt.__dict__, "offset": offset, "limit": batch})
        with store.session() as s:
            rows = list(s.scalars(_select(page, store.dialect)))
            yield from _records(s, rows, sources=True)
        if len(rows) < batch:
            return
        offset += batch
        if filt.limit is not None and offset - filt.offset >= filt.limit:
            return


def get_incident(store: Store, incident_id: int) -> records.Incident:
    with store.session() as s:
        row = s.get(models.Incident, incident_id)
        if row is None:
            raise NotFound(f"no incident {incident_id}")
        return _records(s, [row], sources=True)[0]


@dataclass(frozen=True)
class Link:
    mention_id: int
    document_id: int
    score: float
    explanation: str
    method: str


def incident_links(store: Store, incident_id: int) -> list[Link]:
    with store.session() as s:
        if s.get(models.Incident, incident_id) is None:
            raise NotFound(f"no incident {incident_id}")
        rows = s.execute(
            select(models.IncidentLink, models.Mention.document_id)
            .join(models.Mention, models.Mention.id == models.IncidentLink.mention_id)
            .where(models.IncidentLink.incident_id == incident_id)
            .order_by(models.IncidentLink.mention_id)
        ).all()
        return [
            Link(link.mention_id, document_id, link.score, link.explanation, link.method)
            for link, document_id in rows
        ]


def _quantity(row: models.Incident, name: str) -> records.Quantity | None:
    low, best, high = (getattr(row, f"{name}_{part}") for part in ("low", "best", "high"))
    if low is None and best is None and high is None:
        return None
    return records.Quantity(low=low, best=best, high=high)


def _records(
    s: Session, rows: Sequence[models.Incident], *, sources: bool
) -> list[records.Incident]:
    by_incident: dict[int, list[records.Source]] = defaultdict(list)
    if sources and rows:
        found = s.execute(
            select(
                models.IncidentLink.incident_id,
                models.Mention.id,
                models.Mention.data,
                models.Document.id,
                models.Document.url,
                models.Document.title,
                models.Document.publisher,
                models.Document.published,
                models.Document.language,
                models.Document.duplicate_of,
                models.RawPage.name,
            )
            .join(models.Mention, models.Mention.id == models.IncidentLink.mention_id)
            .join(models.Document, models.Document.id == models.Mention.document_id)
            .join(models.RawPage, models.RawPage.id == models.Document.raw_page_id)
            .where(models.IncidentLink.incident_id.in_([r.id for r in rows]))
            .order_by(models.Document.published, models.Document.id)
        ).all()
        for (
            incident_id,
            mention_id,
            data,
            doc_id,
            url,
            title,
            publisher,
            published,
            lang,
            dup,
            name,
        ) in found:
            by_incident[incident_id].append(
                records.Source(
                    document_id=doc_id,
                    mention_id=mention_id,
                    url=url,
                    path=None if name.startswith(("http://", "https://")) else name,
                    title=title,
                    publisher=publisher,
                    published=published,
                    language=lang,
                    evidence=[e["text"] for e in data.get("evidence", [])],
                    duplicate_of=dup,
                )
            )
    return [
        records.Incident(
            id=row.id,
            status=row.status,  # type: ignore[arg-type]
            date=row.date,
            date_precision=row.date_precision,  # type: ignore[arg-type]
            place=row.place,
            city=row.city,
            admin1=row.admin1,
            admin1_name=row.admin1_name,
            country=row.country,
            lat=row.lat,
            lon=row.lon,
            geo_precision=row.geo_precision,
            forces=row.forces or [],
            units=row.units or [],
            killed=_quantity(row, "killed"),
            injured=_quantity(row, "injured"),
            agents_killed=_quantity(row, "agents_killed"),
            agents_injured=_quantity(row, "agents_injured"),
            operation=row.operation,  # type: ignore[arg-type]
            allegations=row.allegations or [],
            people=row.people or [],
            sources=by_incident.get(row.id, []),
            provenance=row.provenance or {},
            conflicts=row.conflicts or {},
            notes=row.notes,
            edited_fields=sorted((row.edited or {}).keys()),
        )
        for row in rows
    ]
