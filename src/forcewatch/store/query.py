"""Reading incidents back: filters, one incident with its sources, streaming for exports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    Text,
    bindparam,
    cast,
    column,
    exists,
    false,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

from forcewatch import records
from forcewatch.errors import InvalidValue, NotFound
from forcewatch.records import FORCE_KINDS
from forcewatch.store import Store, models, prepared
from forcewatch.store.rows import incident_record, quantity
from forcewatch.store.validate import (
    STATUSES,
    parse_count,
    parse_date,
    resolve_admin1,
    resolve_country,
)
from forcewatch.text import fold, search_phrases

# The tables' columns (not the ORM's attributes): the pages read them on a plain connection,
# and a statement of table columns needs no ORM compilation there.
_INCIDENT: Any = models.Incident.__table__.c
_LINK: Any = models.IncidentLink.__table__.c
_MENTION: Any = models.Mention.__table__.c
_DOCUMENT: Any = models.Document.__table__.c
_RAW: Any = models.RawPage.__table__.c
_EDIT: Any = models.Edit.__table__.c

SORTS: dict[str, tuple[Any, ...]] = {
    "date": (_INCIDENT.date.asc(), _INCIDENT.id.asc()),
    "-date": (_INCIDENT.date.desc(), _INCIDENT.id.desc()),
    # no count last either way, as SQLite and PostgreSQL would each put NULL at another end
    "killed": (_INCIDENT.killed_best.asc().nulls_last(), _INCIDENT.id.asc()),
    "-killed": (_INCIDENT.killed_best.desc().nulls_last(), _INCIDENT.id.desc()),
    "id": (_INCIDENT.id.asc(),),
    "-id": (_INCIDENT.id.desc(),),
    "updated": (_INCIDENT.updated_at.asc(), _INCIDENT.id.asc()),
    "-updated": (_INCIDENT.updated_at.desc(), _INCIDENT.id.desc()),
}


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
    sort: str = "-date"

    @classmethod
    def parse(
        cls,
        *,
        country: str | None = None,
        admin1: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        force: str | None = None,
        status: str | None = None,
        min_killed: str | int | None = None,
        text: str | None = None,
        sort: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> IncidentFilter:
        """A filter from what a user typed (CLI flags, query parameters): countries as alpha-2,
        alpha-3 or names, real dates, known vocabularies; anything else is an
        :class:`InvalidValue` naming the value."""
        problems: list[str] = []

        def attempt(parse: Any, value: Any, **kw: Any) -> Any:
            if value is None or (isinstance(value, str) and not value.strip()):
                return None
            try:
                return parse(value, **kw)
            except InvalidValue as exc:
                problems.append(exc.message)
                return None

        parsed_country = attempt(resolve_country, country)
        parsed_admin1 = attempt(resolve_admin1, admin1)
        parsed_from = attempt(parse_date, date_from, what="--from date")
        parsed_to = attempt(parse_date, date_to, what="--to date")
        parsed_killed = attempt(parse_count, min_killed, what="min_killed")
        if force and force not in FORCE_KINDS:
            problems.append(f"force {force!r} is not one of {', '.join(FORCE_KINDS)}")
        if status and status not in STATUSES:
            problems.append(f"status {status!r} is not one of {', '.join(STATUSES)}")
        if sort and sort not in SORTS:
            problems.append(f"sort {sort!r} is not one of {', '.join(SORTS)}")
        if text is not None and len(text) > 200:
            problems.append("search text is longer than 200 characters")
        if parsed_from and parsed_to and parsed_from > parsed_to + "\uffff":
            problems.append(f"--from {parsed_from} is after --to {parsed_to}")
        if limit is not None and limit < 0:
            problems.append(f"limit {limit} is negative")
        if offset < 0:
            problems.append(f"offset {offset} is negative")
        if problems:
            raise InvalidValue("; ".join(problems))
        return cls(
            country=parsed_country,
            admin1=parsed_admin1,
            date_from=parsed_from,
            date_to=parsed_to,
            force=force or None,
            status=status or None,
            min_killed=parsed_killed,
            text=(text or "").strip() or None,
            limit=limit,
            offset=offset,
            sort=sort or "-date",
        )


def _dates(dialect: str) -> Any:
    """The incident date compared byte by byte on both databases: a PostgreSQL database's
    collation (en_US, say) would otherwise order "--01-15" or "2018-01" otherwise than SQLite."""
    if dialect == "postgresql":
        return _INCIDENT.date.collate("C")
    return _INCIDENT.date


def _published_order(dialect: str, *, latest_first: bool = False) -> tuple[Any, ...]:
    """Reports by publication day (undated last) then id, the same on both databases
    (PostgreSQL compares the ISO days byte by byte, as SQLite does)."""
    published: Any = _DOCUMENT.published
    if dialect == "postgresql":
        published = published.collate("C")
    published = published.desc() if latest_first else published.asc()
    return published.nulls_last(), _DOCUMENT.id.asc()


def _values(filt: IncidentFilter) -> dict[str, Any]:
    """The filter's values by parameter name, for the conditions it sets (see ``_select``)."""
    values: dict[str, Any] = {}
    if filt.country:
        values["country"] = filt.country.upper()
    if filt.admin1:
        values["admin1"] = filt.admin1.upper()
    if filt.date_from:
        values["date_from"] = filt.date_from
    if filt.date_to:
        values["date_to"] = filt.date_to + "\uffff"  # "2018-01" includes the whole month
    if filt.force:
        values["force"] = filt.force
        values["force_listed"] = f'"{filt.force}"'
    if filt.status:
        values["status"] = filt.status
    if filt.min_killed is not None:
        values["min_killed"] = filt.min_killed
    return values


_TYPES: dict[str, Any] = {
    "country": _INCIDENT.country.type, "admin1": _INCIDENT.admin1.type,
    "date_from": _INCIDENT.date.type, "date_to": _INCIDENT.date.type,
    "force": _INCIDENT.force_main.type, "force_listed": Text(), "status": _INCIDENT.status.type,
    "min_killed": Integer(), "limit": Integer(), "offset": Integer(),
}  # fmt: skip


def _select(
    filt: IncidentFilter, dialect: str, *, ordered: bool = True, what: Any = None
) -> Select[Any]:
    """The filter's query, of whole rows unless told ``what``. Its values are named parameters
    (``_values``): filters that set the same conditions share one SQL text."""
    return _select_values(
        _values(filt), filt.text, filt.sort, filt.limit, filt.offset, dialect, ordered, what
    )


def _select_values(
    values: Mapping[str, Any],
    text: str | None,
    sort: str,
    limit: int | None,
    offset: int,
    dialect: str,
    ordered: bool,
    what: Any,
) -> Select[Any]:
    def value(name: str) -> Any:
        return bindparam(name, values[name], type_=_TYPES[name])

    query = select(models.Incident.__table__ if what is None else what)
    date = _dates(dialect)
    if "country" in values:
        query = query.where(_INCIDENT.country == value("country"))
    if "admin1" in values:
        query = query.where(_INCIDENT.admin1 == value("admin1"))
    if "date_from" in values:
        query = query.where(date >= value("date_from"))
    if "date_to" in values:
        query = query.where(date <= value("date_to"))
    if "force" in values:
        query = query.where(
            (_INCIDENT.force_main == value("force"))
            | cast(_INCIDENT.forces, Text).contains(value("force_listed"))
        )
    if "status" in values:
        query = query.where(_INCIDENT.status == value("status"))
    if "min_killed" in values:
        query = query.where(_INCIDENT.killed_best >= value("min_killed"))
    if text:
        # the incident's own place, units and people (folded: a part of a word matches), or a
        # source's words
        folded = fold(text)
        query = query.where(
            (_INCIDENT.search_text.contains(folded, autoescape=True) if folded else false())
            | _text_match(text, dialect)
        )
    if not ordered:
        return query
    # Dates latest first, undated last, ties by id: the same order on both databases (PostgreSQL
    # puts NULL first in a descending order unless told, and its collation is not SQLite's).
    if sort == "date":
        query = query.order_by(date.asc().nulls_last(), _INCIDENT.id.asc())
    elif sort in SORTS and sort != "-date":
        query = query.order_by(*SORTS[sort])
    else:
        query = query.order_by(date.desc().nulls_last(), _INCIDENT.id.desc())
    if offset:
        query = query.offset(bindparam("offset", offset, type_=_TYPES["offset"]))
    if limit is not None:
        query = query.limit(bindparam("limit", limit, type_=_TYPES["limit"]))
    return query


def _text_match(phrase: str, dialect: str) -> Any:
    """Incidents one of whose source documents has the phrase's words in a row, in one of its
    stemmings (``text.search_phrases``): the same whole-word match on both databases."""
    linked = (
        select(_LINK.incident_id)
        .join(models.Mention.__table__, _MENTION.id == _LINK.mention_id)
        .where(_LINK.incident_id == _INCIDENT.id)
    )
    phrases = search_phrases(phrase)
    if not phrases:
        return false()
    if dialect == "sqlite":
        matching = (
            text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q")
            .bindparams(q=" OR ".join(f'"{p}"' for p in phrases))
            .columns(column("rowid", Integer))
        )
        return exists(linked.where(_MENTION.document_id.in_(matching)))
    names = [f"p{n}" for n in range(len(phrases))]
    tsquery = text(
        "to_tsvector('simple', documents.words) @@ ("
        + " || ".join(f"phraseto_tsquery('simple', :{name})" for name in names)
        + ")"
    ).bindparams(**dict(zip(names, phrases, strict=True)))
    return exists(
        linked.join(models.Document.__table__, _DOCUMENT.id == _MENTION.document_id).where(tsquery)
    )


def find_incidents(
    store: Store, filt: IncidentFilter, *, sources: bool = True
) -> list[records.Incident]:
    with store.reading() as c:
        rows = [row._mapping for row in c.execute(_select(filt, store.dialect))]
        return _records(c, rows, sources=sources)


def count_incidents(store: Store, filt: IncidentFilter) -> int:
    with store.reading() as c:
        matching = _select(filt, store.dialect, ordered=False, what=_INCIDENT.id).subquery()
        return int(c.execute(select(func.count()).select_from(matching)).scalar() or 0)


def iter_incidents(
    store: Store, filt: IncidentFilter, *, batch: int = 1000, sources: bool = True
) -> Iterator[records.Incident]:
    """All matching incidents (with their sources unless told not to), a batch at a time."""
    offset = filt.offset
    while True:
        page = IncidentFilter(**{**filt.__dict__, "offset": offset, "limit": batch})
        with store.reading() as c:
            rows = [row._mapping for row in c.execute(_select(page, store.dialect))]
            found = _records(c, rows, sources=sources)
        yield from found
        if len(rows) < batch:
            return
        offset += batch
        if filt.limit is not None and offset - filt.offset >= filt.limit:
            return


def get_incident(store: Store, incident_id: int) -> records.Incident:
    with prepared.reading(store) as reader:
        return _incident_with_sources(reader, incident_id)[0]


def _incident_with_sources(
    reader: prepared.Reader, incident_id: int
) -> tuple[records.Incident, dict[str, Any]]:
    """The incident and its stored row."""
    found = reader.mappings(_WHOLE, {"id": incident_id})
    if not found:
        raise NotFound(f"no incident {incident_id}")
    sources = reader.all(_view_statements(reader.dialect.name)[0], {"id": incident_id})
    return _incident_record(found[0], [_source(s) for s in sources]), found[0]


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


@lru_cache(maxsize=8192)
def _counted(low: Any, best: Any, high: Any) -> records.Quantity | None:
    """:func:`~forcewatch.store.rows.quantity`, cached: records are frozen and the same few figures recur in every
    page of a list."""
    return quantity(low, best, high)


def _records(
    s: Session | Connection, rows: Sequence[Mapping[Any, Any]], *, sources: bool
) -> list[records.Incident]:
    """The records of stored rows (mappings of column to value), with their sources if asked."""
    by_incident: dict[int, list[records.Source]] = defaultdict(list)
    if sources and rows:
        found = s.execute(
            _sources_query(_dialect_of(s)).where(_LINK.incident_id.in_([r["id"] for r in rows]))
        ).all()
        for source in found:
            by_incident[source[0]].append(_source(source))
    return [_incident_record(row, by_incident.get(row["id"], [])) for row in rows]


def _source(found: Sequence[Any]) -> records.Source:
    """A source from a row of ``_sources_query``."""
    _, mention_id, data, doc_id, url, title, publisher, published, lang, dup, name = found
    return records.Source.model_construct(
        document_id=doc_id,
        mention_id=mention_id,
        url=url,
        path=None if name.startswith(("http://", "https://")) else name,
        title=title,
        publisher=publisher,
        published=published,
        language=lang,
        evidence=[str(e["text"]) for e in (data or {}).get("evidence", [])],
        duplicate_of=dup,
    )


def _dialect_of(s: Session | Connection) -> str:
    return s.dialect.name if isinstance(s, Connection) else s.get_bind().dialect.name


@lru_cache(maxsize=4)
def _sources_query(dialect: str) -> Select[Any]:
    """The reports of incidents, for :func:`_records`."""
    return (
        select(
            _LINK.incident_id,
            _MENTION.id,
            _MENTION.data,
            _DOCUMENT.id,
            _DOCUMENT.url,
            _DOCUMENT.title,
            _DOCUMENT.publisher,
            _DOCUMENT.published,
            _DOCUMENT.language,
            _DOCUMENT.duplicate_of,
            _RAW.name,
        )
        .select_from(models.IncidentLink.__table__)
        .join(models.Mention.__table__, _MENTION.id == _LINK.mention_id)
        .join(models.Document.__table__, _DOCUMENT.id == _MENTION.document_id)
        .join(models.RawPage.__table__, _RAW.id == _DOCUMENT.raw_page_id)
        .order_by(*_published_order(dialect))
    )


def _incident_record(row: Mapping[Any, Any], sources: list[records.Source]) -> records.Incident:
    return incident_record(row, sources, counted=_counted)


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    name: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    language: str | None
    relevant: bool
    reason: str
    score: float


_SUMMARY = (
    models.Document.id,
    models.RawPage.name,
    models.Document.title,
    models.Document.publisher,
    models.Document.published,
    models.Document.url,
    models.Document.language,
    models.Document.relevant,
    models.Document.relevance_reason,
    models.Document.relevance_score,
)


def _summary(row: Any) -> DocumentSummary:
    return DocumentSummary(*row[: len(_SUMMARY)])


def irrelevant_documents(
    store: Store, *, limit: int | None = 50, offset: int = 0
) -> list[DocumentSummary]:
    """Reports the extractor judged irrelevant, newest first, with its reason."""
    with store.session() as s:
        query = (
            select(*_SUMMARY)
            .join(models.RawPage, models.RawPage.id == models.Document.raw_page_id)
            .where(models.Document.relevant.is_(False))
            .order_by(models.Document.id.desc())
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        return [_summary(row) for row in s.execute(query)]


def count_irrelevant(store: Store) -> int:
    with store.session() as s:
        return int(
            s.scalar(
                select(func.count(models.Document.id)).where(models.Document.relevant.is_(False))
            )
            or 0
        )


@dataclass(frozen=True)
class DocumentView:
    summary: DocumentSummary
    raw_page_id: int
    text: str
    duplicate_of: int | None
    extraction: dict[str, Any]
    mentions: list[tuple[int, int | None, dict[str, Any]]]
    """(mention id, incident id, the Mention record as stored)"""


def get_document(store: Store, document_id: int) -> DocumentView:
    with store.session() as s:
        row: Any = s.execute(
            select(
                *_SUMMARY,
                models.Document.raw_page_id,
                models.Document.text,
                models.Document.duplicate_of,
                models.Document.extraction,
            )
            .join(models.RawPage, models.RawPage.id == models.Document.raw_page_id)
            .where(models.Document.id == document_id)
        ).first()
        if row is None:
            raise NotFound(f"no document {document_id}")
        mentions = s.execute(
            select(models.Mention.id, models.IncidentLink.incident_id, models.Mention.data)
            .outerjoin(models.IncidentLink, models.IncidentLink.mention_id == models.Mention.id)
            .where(models.Mention.document_id == document_id)
            .order_by(models.Mention.ordinal)
        ).all()
        return DocumentView(
            summary=_summary(row),
            raw_page_id=row[len(_SUMMARY)],
            text=row[len(_SUMMARY) + 1],
            duplicate_of=row[len(_SUMMARY) + 2],
            extraction=row[len(_SUMMARY) + 3] or {},
            mentions=[(m, i, d or {}) for m, i, d in mentions],
        )


def aggregate_mentions(
    store: Store, *, limit: int = 200
) -> list[tuple[int, DocumentSummary, dict[str, Any]]]:
    """Official totals over a period or an area (aggregate mentions), with their report."""
    with store.session() as s:
        rows: Any = s.execute(
            select(models.Mention.id, *_SUMMARY, models.Mention.data)
            .join(models.Document, models.Document.id == models.Mention.document_id)
            .join(models.RawPage, models.RawPage.id == models.Document.raw_page_id)
            .where(models.Mention.kind == "aggregate")
            .order_by(*_published_order(_dialect_of(s), latest_first=True), models.Mention.id)
            .limit(limit)
        ).all()
        return [(row[0], _summary(row[1:-1]), row[-1] or {}) for row in rows]


@dataclass(frozen=True)
class Listed:
    incident: records.Incident
    n_sources: int
    version: int


def find_page(store: Store, filt: IncidentFilter) -> tuple[list[Listed], int]:
    """One page of matching incidents (without their sources) and how many match in all.

    The ids of the page first: the database sorts (key, id) pairs, not whole rows; then only
    the columns a list shows (no people, provenance, conflicts, notes: see the incident itself
    for those). A filter without a phrase to search runs as prepared statements on the driver
    (``store/prepared.py``): the list is the page analysts load most."""
    if filt.text:
        with store.reading() as c:
            ids = list(c.execute(_select(filt, store.dialect, what=_INCIDENT.id)).scalars())
            rows = [tuple(row) for row in c.execute(_LISTED_ROWS.statement, {"ids": ids})]
            if _whole_match(filt, ids):
                total = len(ids)
            else:
                matching = _select(filt, store.dialect, ordered=False, what=_INCIDENT.id)
                counted = select(func.count()).select_from(matching.subquery())
                total = int(c.execute(counted).scalar() or 0)
    else:
        params = _values(filt)
        page, count = _page_statements(
            frozenset(params), filt.sort, filt.limit is not None, bool(filt.offset), store.dialect
        )
        ordered = {**params, "limit": filt.limit, "offset": filt.offset}
        with prepared.reading(store) as reader:
            ids = reader.scalars(page, ordered)
            rows = reader.all(_LISTED_ROWS, {"ids": ids}) if ids else []
            total = len(ids) if _whole_match(filt, ids) else int(reader.first(count, params)[0])
    found = {row[0]: dict(zip(_LISTED_NAMES, row, strict=True)) for row in rows}
    return [
        Listed(
            _incident_record({**_UNLISTED, **found[i]}, []),
            found[i]["n_sources"],
            found[i]["version"],
        )
        for i in ids
        if i in found
    ], total


def _whole_match(filt: IncidentFilter, ids: list[int]) -> bool:
    """Whether the page holds the whole match (no need to count it)."""
    return bool(ids) and len(ids) < (filt.limit or 0) and not filt.offset


@lru_cache(maxsize=512)
def _page_statements(
    names: frozenset[str], sort: str, limited: bool, offset: bool, dialect: str
) -> tuple[prepared.Prepared, prepared.Prepared]:
    """The page's ids and the match's count for filters that set these conditions."""
    values = dict.fromkeys(names)
    page = _select_values(
        values, None, sort, 0 if limited else None, 1 if offset else 0, dialect, True,
        _INCIDENT.id,
    )  # fmt: skip
    matching = _select_values(values, None, sort, None, 0, dialect, False, _INCIDENT.id)
    count = select(func.count()).select_from(matching.subquery())
    return prepared.Prepared(page), prepared.Prepared(count)


_LISTED = [
    column
    for column in models.Incident.__table__.columns
    if column.name not in ("people", "provenance", "conflicts", "units", "notes", "search_text")
]
_LISTED_NAMES = [column.name for column in _LISTED]  # id first
_LISTED_ROWS = prepared.Prepared(
    select(*_LISTED).where(_INCIDENT.id.in_(bindparam("ids", expanding=True))), lists=["ids"]
)
_UNLISTED: dict[str, Any] = {
    "people": [], "provenance": {}, "conflicts": {}, "units": [], "notes": None
}  # fmt: skip
LISTED_OUT: set[str] = {"sources", "people", "provenance", "conflicts", "units", "notes"}
"""Fields of a listed incident that are left empty: ask for the incident for them."""


def incident_version(store: Store, incident_id: int) -> int:
    with store.session() as s:
        version = s.scalar(select(models.Incident.version).where(models.Incident.id == incident_id))
        if version is None:
            raise NotFound(f"no incident {incident_id}")
        return int(version)


def verified_document(store: Store, document_id: int) -> bool:
    """Whether the document is a source of a verified incident (what public mode may show)."""
    with store.session() as s:
        return (
            s.scalar(
                select(models.Incident.id)
                .join(models.IncidentLink, models.IncidentLink.incident_id == models.Incident.id)
                .join(models.Mention, models.Mention.id == models.IncidentLink.mention_id)
                .where(models.Mention.document_id == document_id)
                .where(models.Incident.status == "verified")
                .limit(1)
            )
            is not None
        )


@dataclass(frozen=True)
class SourceText:
    mention_id: int
    document_id: int
    text: str
    mention: dict[str, Any]


def source_texts(store: Store, incident_id: int, *, most: int = 30) -> list[SourceText]:
    """The text of each report behind an incident with the mention it gave, for highlighting."""
    with store.session() as s:
        rows = s.execute(
            select(models.Mention.id, models.Document.id, models.Document.text, models.Mention.data)
            .join(models.IncidentLink, models.IncidentLink.mention_id == models.Mention.id)
            .join(models.Document, models.Document.id == models.Mention.document_id)
            .where(models.IncidentLink.incident_id == incident_id)
            .order_by(*_published_order(_dialect_of(s)))
            .limit(most)
        ).all()
        return [SourceText(m, d, t, data or {}) for m, d, t, data in rows]


@dataclass(frozen=True)
class IncidentView:
    incident: records.Incident
    version: int
    links: list[Link]
    texts: list[SourceText]
    history: list[Any]
    """The audit log: rows with the columns of ``models.Edit`` (at, who, field, old, new, why)."""


def incident_view(store: Store, incident_id: int, *, history: bool = True) -> IncidentView:
    """What the incident page shows, read in one transaction (prepared statements on the
    driver: ``store/prepared.py``)."""
    dialect = store.dialect
    key = {"id": incident_id}
    with prepared.reading(store) as reader:
        incident, row = _incident_with_sources(reader, incident_id)
        links = [Link(*link) for link in reader.all(_LINKS, key)]
        texts = [
            SourceText(m, d, t, data or {})
            for m, d, t, data in reader.all(_view_statements(dialect)[1], key)
        ]
        edits = reader.named(_EDITS, key) if history else []
        return IncidentView(incident, row["version"], links, texts, edits)


@lru_cache(maxsize=4)
def _view_statements(dialect: str) -> tuple[prepared.Prepared, prepared.Prepared]:
    """An incident's sources and the texts of its first reports, in this database's order."""
    sources = _sources_query(dialect).where(_LINK.incident_id == bindparam("id"))
    return prepared.Prepared(sources), prepared.Prepared(_texts_query(dialect))


_WHOLE = prepared.Prepared(select(models.Incident.__table__).where(_INCIDENT.id == bindparam("id")))
_LINKS = prepared.Prepared(
    select(_LINK.mention_id, _MENTION.document_id, _LINK.score, _LINK.explanation, _LINK.method)
    .join(models.Mention.__table__, _MENTION.id == _LINK.mention_id)
    .where(_LINK.incident_id == bindparam("id"))
    .order_by(_LINK.mention_id)
)


@lru_cache(maxsize=4)
def _texts_query(dialect: str) -> Select[Any]:
    """The texts of an incident's first 30 reports, for the incident page."""
    return (
        select(_MENTION.id, _DOCUMENT.id, _DOCUMENT.text, _MENTION.data)
        .select_from(models.Mention.__table__)
        .join(models.IncidentLink.__table__, _LINK.mention_id == _MENTION.id)
        .join(models.Document.__table__, _DOCUMENT.id == _MENTION.document_id)
        .where(_LINK.incident_id == bindparam("id"))
        .order_by(*_published_order(dialect))
        .limit(30)
    )


_EDITS = prepared.Prepared(
    select(models.Edit.__table__)
    .where(_EDIT.incident_id == bindparam("id"))
    .order_by(_EDIT.at, _EDIT.id)
)
