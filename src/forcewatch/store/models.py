"""The database schema: one set of SQLAlchemy models for SQLite and PostgreSQL.

    runs ─┬─< rejections
          └─< raw_pages ──1── documents ──< mentions ──1── incident_links >── incidents ──< edits
                                  └─< document_bands (near-duplicate index)      └─< incident_keys
                                                                                 (merge blocking)
    users ─┬─< api_tokens
           └─< web_sessions
    site_settings, setting_changes (their audit log), login_failures (the login rate limit)

Raw pages are kept zlib-compressed and never deleted; a document is the cleaned text of one raw
page; mentions are what a document says, incidents what the merge made of them. Analysts' work
lives in ``incident_links.method == "manual"``, ``incidents.edited`` and ``edits`` (the audit
log: who, when, field, old, new, why): merges read it and never overwrite it. ``incidents.version``
is the optimistic lock: every UPDATE says which version it read, and one that read a stale version
changes nothing. JSON columns hold lists and the full records, for provenance. Users, their API
tokens (stored as SHA-256 hashes), web sessions, the site settings an admin changes at run time
and the failed logins belong to the review app.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from forcewatch.store.rows import document_words


def utcnow() -> datetime:
    return datetime.now(UTC)


def _document_words(context: Any) -> str:
    row = context.get_current_parameters()
    return document_words(row.get("title"), row.get("text"), row.get("language"))


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Run(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    command: Mapped[str] = mapped_column(String(40))
    args: Mapped[list[Any]] = mapped_column(JSON, default=list)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20), default="running")
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Shard(Base):
    """A shard of an ingest's input whose every report is stored: a relaunch skips it."""

    __tablename__ = "shards"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    reports: Mapped[int] = mapped_column(Integer)
    finished_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RawPage(Base):
    __tablename__ = "raw_pages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    media_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed bytes as received
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    raw_page_id: Mapped[int] = mapped_column(ForeignKey("raw_pages.id"), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    format: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    relevant: Mapped[bool] = mapped_column(Boolean, index=True)
    relevance_score: Mapped[float] = mapped_column(Float)
    relevance_reason: Mapped[str] = mapped_column(Text)
    simhash: Mapped[int] = mapped_column(BigInteger)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    extraction: Mapped[dict[str, Any]] = mapped_column(JSON)  # the full Extraction record
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # What full-text search matches, the same on both databases (text.search_words): filled
    # from title, text and language whoever inserts the row.
    words: Mapped[str] = mapped_column(Text, default=_document_words, server_default="")


class DocumentBand(Base):
    """Simhash bands: documents sharing a band are near-duplicate candidates."""

    __tablename__ = "document_bands"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_document_bands_band_value", "band", "value"),)


class Mention(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str] = mapped_column(String(10))
    place: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(2))
    killed_best: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # the full Mention record

    __table_args__ = (UniqueConstraint("document_id", "ordinal"),)


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(12), default="unreviewed", index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str] = mapped_column(String(10), default="unknown")
    place: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(String(10))
    admin1_name: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    killed_low: Mapped[int | None] = mapped_column(Integer)
    killed_best: Mapped[int | None] = mapped_column(Integer, index=True)
    killed_high: Mapped[int | None] = mapped_column(Integer)
    injured_low: Mapped[int | None] = mapped_column(Integer)
    injured_best: Mapped[int | None] = mapped_column(Integer)
    injured_high: Mapped[int | None] = mapped_column(Integer)
    agents_killed_low: Mapped[int | None] = mapped_column(Integer)
    agents_killed_best: Mapped[int | None] = mapped_column(Integer)
    agents_killed_high: Mapped[int | None] = mapped_column(Integer)
    agents_injured_low: Mapped[int | None] = mapped_column(Integer)
    agents_injured_best: Mapped[int | None] = mapped_column(Integer)
    agents_injured_high: Mapped[int | None] = mapped_column(Integer)
    forces: Mapped[list[Any]] = mapped_column(JSON, default=list)
    force_main: Mapped[str | None] = mapped_column(String(20), index=True)
    units: Mapped[list[Any]] = mapped_column(JSON, default=list)
    operation: Mapped[str | None] = mapped_column(String(20))
    allegations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    people: Mapped[list[Any]] = mapped_column(JSON, default=list)
    provenance: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    conflicts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    notes: Mapped[str | None] = mapped_column(Text)
    edited: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # field -> analyst value
    n_sources: Mapped[int] = mapped_column(Integer, default=0)
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        # killed_best in the index: a list "in this country and period, most killed first"
        # sorts from the index alone, without reading the rows.
        Index("ix_incidents_country_date", "country", "date", "killed_best"),
        Index("ix_incidents_admin1_date", "admin1", "date", "killed_best"),
        Index("ix_incidents_date", "date"),
        # the review queue: unreviewed, most killed first
        Index("ix_incidents_status_killed", "status", "killed_best"),
    )


class IncidentLink(Base):
    """A mention's incident, with why: the merge score and explanation, or an analyst's hand."""

    __tablename__ = "incident_links"

    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"), primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(10), default="auto")  # auto | manual
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class IncidentKey(Base):
    """The merge's blocking keys: an incident is filed under its country, state and weeks, its
    victims' full names, its agencies, its reports (see ``merge.match.Index.filed_under``), each
    key a 64-bit hash. A merge looks a new mention's keys up here instead of loading every
    incident; keys only accumulate (a stale one only adds a candidate the score turns down)."""

    __tablename__ = "incident_keys"

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Edit(Base):
    __tablename__ = "edits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    old: Mapped[Any] = mapped_column(JSON)
    new: Mapped[Any] = mapped_column(JSON)
    who: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


class Rejection(Base):
    __tablename__ = "rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), index=True)
    item: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(10))  # viewer | analyst | admin
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class WebSession(Base):
    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SiteSetting(Base):
    """A setting an admin changes while the app runs (public mode, the site's name); every
    server process reads it from here."""

    __tablename__ = "site_settings"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SettingChange(Base):
    """The audit log of site settings: who changed what, from what, to what, and why."""

    __tablename__ = "setting_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    old: Mapped[Any] = mapped_column(JSON, nullable=True)
    new: Mapped[Any] = mapped_column(JSON, nullable=True)
    who: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


class LoginFailure(Base):
    """A failed login, by client address or by user name (``ip:...``, ``user:...``): kept in
    the database so that every server process counts the same attempts."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    at: Mapped[float] = mapped_column(Float, index=True)  # seconds since the epoch

    __table_args__ = (Index("ix_login_failures_key_at", "key", "at"),)
