"""The database: SQLite by default, PostgreSQL for teams, one schema and one set of migrations.

``Store.open(url)`` migrates the schema to this version (refusing a newer one) and gives a handle
whose writes are each one transaction: a report is stored whole (raw page, document, mentions) or
not at all, so an ingest killed at any moment leaves nothing half-written and a re-run skips what
was committed (content hash).
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Dialect,
    Engine,
    TypeDecorator,
    bindparam,
    func,
    or_,
    select,
    text,
    update,
)
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.expression import TableClause

from forcewatch import records
from forcewatch.errors import NotFound
from forcewatch.store import models
from forcewatch.store.engine import LOCK_KEY, database_url, make_engine, migrate
from forcewatch.store.models import utcnow
from forcewatch.store.rows import ReportRows, report_rows, sha256
from forcewatch.text import BAND_WIDTHS, near_duplicates

__all__ = ["Store", "database_url", "sha256"]


class _Encoded(TypeDecorator[Any]):
    """A JSON column's value already encoded (``rows.report_rows``, in the worker that
    extracted it): bound as it is, where the JSON type would encode it again."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> None:
        return None


def _encoded(table: Any, *names: str) -> TableClause:
    """``table`` for inserts whose ``names`` columns take encoded JSON; its other columns typed
    as the model's (no Python-side defaults: every value is given)."""
    return sql_table(
        table.name,
        *(sql_column(c.name, _Encoded() if c.name in names else c.type) for c in table.columns),
    )


def _text(value: str) -> str:
    """Text both databases take: no lone surrogates (bytes of a name that were not UTF-8, shown
    as escapes) and no NUL characters (which PostgreSQL refuses)."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")


def _rejection_row(rejection: records.Rejection, run_id: int | None) -> models.Rejection:
    return models.Rejection(
        run_id=run_id,
        item=_text(rejection.item),
        stage=str(rejection.stage),
        code=rejection.code,
        reason=_text(rejection.reason),
    )


_KNOWN = select(models.RawPage.id).where(models.RawPage.sha256 == bindparam("digest"))


class Store:
    def __init__(self, engine: Engine, url: str, *, serialized: bool = False) -> None:
        self.engine = engine
        self.url = url
        self._serialized = serialized
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writer = engine.execution_options(sqlite_immediate=True)
        self._built: dict[str, Any] | None = None
        self._lookups = threading.local()

    @classmethod
    def open(cls, url: str | None = None, *, pooled: bool = False) -> Store:
        resolved = database_url(url)
        engine = make_engine(resolved, pooled=pooled)
        migrate(engine, resolved)
        return cls(engine, resolved)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def serialized(self) -> Store:
        """This database, with sessions that run one at a time across processes and machines
        (each waits for the one before it): for a merge, which reads the unlinked mentions and
        then links them, so that two ingests ending together do not link the same mentions."""
        return Store(self.engine, self.url, serialized=True)

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction. ``write``: it will write after reading, so on SQLite it takes the
        write lock first (waiting for another process's write to end, where a transaction that
        read first would fail with "database is locked"); PostgreSQL's row locks need nothing."""
        lock = write or self._serialized
        bind = self._writer if lock and self.dialect == "sqlite" else self.engine
        with self._sessions(bind=bind) as session, session.begin():
            if self._serialized and self.dialect == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            yield session

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """One read-only transaction on a plain connection: for the pages a server answers many
        times a second, which select columns and need none of the ORM's identity map, unit of
        work or per-statement ORM compilation (a third of a list page's time in a Session)."""
        with self.engine.connect() as connection, connection.begin():
            yield connection

    def close(self) -> None:
        connection = getattr(self._lookups, "connection", None)
        if connection is not None:  # this thread's; another thread's closes when collected
            self._lookups.connection = None
            connection.close()
        self.engine.dispose()

    # ---- runs -------------------------------------------------------------------------------

    def start_run(
        self, command: str, args: Sequence[str], process: dict[str, Any] | None = None
    ) -> int:
        """``process``: who runs it (``pipeline.runs``), kept in its counts as ``process``."""
        with self.session(write=True) as s:
            counts = {"process": process} if process else {}
            run = models.Run(command=command, args=list(args), status="running", counts=counts)
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, counts: dict[str, Any], status: str = "finished") -> None:
        with self.session(write=True) as s:
            run = s.get(models.Run, run_id)
            if run is not None:
                process = {"process": run.counts["process"]} if "process" in run.counts else {}
                run.counts, run.status = {**counts, **process}, status
                run.finished_at = utcnow()

    def set_run_status(self, run_id: int, status: str, *, was: str) -> bool:
        """Set a run's status if it is still ``was``; False when another process got there."""
        with self.session(write=True) as s:
            changed = s.execute(
                update(models.Run)
                .where(models.Run.id == run_id, models.Run.status == was)
                .values(status=status)
            )
            return bool(changed.rowcount)  # type: ignore[attr-defined]

    def runs(self, *, status: str | None = None, limit: int | None = None) -> list[models.Run]:
        """Runs, the latest first."""
        with self.session() as s:
            query = select(models.Run).order_by(models.Run.id.desc()).limit(limit)
            if status is not None:
                query = query.where(models.Run.status == status)
            return list(s.scalars(query))

    # ---- reports ----------------------------------------------------------------------------

    def known(self, digest: str) -> bool:
        """Whether a report with these bytes (their SHA-256) is stored. An ingest asks once a
        report, so the question is asked on a connection kept for it (opening one cost ten times
        the query), each time in a transaction of its own, which sees what others committed."""
        connection: Connection | None = getattr(self._lookups, "connection", None)
        if connection is None:  # one a thread: SQLite's may not change threads
            connection = self._lookups.connection = self.engine.connect()
        try:
            found = connection.execute(_KNOWN, {"digest": digest}).first()
            connection.rollback()
        except BaseException:
            self._lookups.connection = None  # a broken connection is opened anew next time
            connection.close()
            raise
        return found is not None

    def add_report(
        self, page: records.RawPage, extraction: records.Extraction, run_id: int | None
    ) -> tuple[int, int | None] | None:
        """Store a report whole; ``None`` when its bytes are already stored (another process, a
        re-run). Returns the document id and the document it is a near-copy of, if any.

        The raw page is inserted or skipped in one statement (``ON CONFLICT DO NOTHING``), so two
        processes storing the same report at once both go on: one stores it, the other skips."""
        return self.write_batch([report_rows(page, extraction)], [], [], run_id)[0]

    def write_batch(
        self,
        reports: Sequence[ReportRows],
        rejections: Sequence[records.Rejection],
        shards: Sequence[tuple[str, int]],
        run_id: int | None,
    ) -> list[tuple[int, int | None] | None]:
        """Reports (their rows, ``rows.report_rows``, made where they were extracted), rejections
        and the completion markers of shards (key, reports) in one transaction: the one writer
        of an ingest writes in batches. Each report's outcome is as :meth:`add_report`'s."""
        insert = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        with self.session(write=True) as s:
            mentions: list[dict[str, Any]] = []
            stored = [self._add_report(s, report, run_id, mentions) for report in reports]
            if mentions:  # nothing in the batch reads them: one statement for all
                s.connection().execute(self._statements()["mention"], mentions)
            for rejection in rejections:
                s.add(_rejection_row(rejection, run_id))
            if shards:
                s.execute(
                    insert(models.Shard)
                    .values([{"key": k, "reports": n, "run_id": run_id} for k, n in shards])
                    .on_conflict_do_nothing(index_elements=[models.Shard.key])
                )
            return stored

    def done_shards(self, keys: Sequence[str]) -> dict[str, int]:
        """Of these shard keys, those marked complete, with their number of reports."""
        found: dict[str, int] = {}
        with self.session() as s:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                query = select(models.Shard.key, models.Shard.reports).where(
                    models.Shard.key.in_(chunk)
                )
                found.update({key: reports for key, reports in s.execute(query)})
        return found

    def _add_report(
        self,
        s: Session,
        report: ReportRows,
        run_id: int | None,
        mentions: list[dict[str, Any]],
    ) -> tuple[int, int | None] | None:
        """Insert a report's raw page, document and bands; its mentions are added to
        ``mentions``, for the batch to insert after its documents."""
        # Core statements built once, run on the session's connection: the one writer of a
        # cluster's run spends its time here
        statements = self._statements()
        connection = s.connection()
        now = utcnow()
        raw_id = connection.execute(
            statements["raw_page"],
            {"sha256": report.sha256, **report.raw_page, "run_id": run_id, "created_at": now},
        ).scalar()
        if raw_id is None:
            return None
        duplicate_of = self._near_copy(s, report.simhash, report.bands)
        document_id = connection.execute(
            statements["document"],
            {
                **report.document,
                "raw_page_id": raw_id,
                "duplicate_of": duplicate_of,
                "created_at": now,
            },
        ).scalar_one()
        connection.execute(
            statements["band"],
            [
                {"document_id": document_id, "band": b, "value": v}
                for b, v in enumerate(report.bands)
            ],
        )
        mentions.extend({**values, "document_id": document_id} for values in report.mentions)
        return int(document_id), duplicate_of

    def _statements(self) -> dict[str, Any]:
        if self._built is None:
            insert = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
            same_band = or_(
                *[
                    (models.DocumentBand.band == b)
                    & (models.DocumentBand.value == bindparam(f"band{b}"))
                    for b in range(len(BAND_WIDTHS))
                ]
            )
            documents = _encoded(models.Document.__table__, "extraction")
            self._built = {
                "raw_page": insert(models.RawPage)
                .on_conflict_do_nothing(index_elements=[models.RawPage.sha256])
                .returning(models.RawPage.id),
                "document": insert(documents).returning(documents.c.id),
                "band": insert(models.DocumentBand),
                "mention": insert(_encoded(models.Mention.__table__, "data")),
                "near": select(
                    models.Document.id, models.Document.simhash, models.Document.duplicate_of
                )
                .where(
                    models.Document.id.in_(select(models.DocumentBand.document_id).where(same_band))
                )
                .order_by(models.Document.id),
            }
        return self._built

    def _near_copy(self, s: Session, value: int, its_bands: Sequence[int]) -> int | None:
        """The earliest stored document whose simhash is within a few bits of ``value``."""
        found = s.connection().execute(
            self._statements()["near"], {f"band{b}": v for b, v in enumerate(its_bands)}
        )
        for doc_id, other, original in found:
            if near_duplicates(value, other):
                return int(original or doc_id)
        return None

    def add_rejection(self, rejection: records.Rejection, run_id: int | None) -> None:
        with self.session(write=True) as s:
            s.add(_rejection_row(rejection, run_id))

    def rejections(self, run_id: int | None = None) -> list[models.Rejection]:
        with self.session() as s:
            query = select(models.Rejection).order_by(models.Rejection.id)
            if run_id is not None:
                query = query.where(models.Rejection.run_id == run_id)
            return list(s.scalars(query))

    def raw_bytes(self, raw_page_id: int) -> bytes:
        with self.session() as s:
            raw = s.get(models.RawPage, raw_page_id)
            if raw is None:
                raise NotFound(f"no raw page {raw_page_id}")
            return zlib.decompress(raw.data)

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            return {
                "raw_pages": s.scalar(select(func.count(models.RawPage.id))) or 0,
                "documents": s.scalar(select(func.count(models.Document.id))) or 0,
                "relevant": s.scalar(
                    select(func.count(models.Document.id)).where(models.Document.relevant)
                )
                or 0,
                "mentions": s.scalar(select(func.count(models.Mention.id))) or 0,
                "incidents": s.scalar(select(func.count(models.Incident.id))) or 0,
                "rejections": s.scalar(select(func.count(models.Rejection.id))) or 0,
            }

    def last_run(self) -> models.Run | None:
        with self.session() as s:
            return s.scalar(select(models.Run).order_by(models.Run.id.desc()).limit(1))
