"""Opening a database: URL resolution, SQLite pragmas, migrations, schema-version checks."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, ProgrammingError
from sqlalchemy.pool import NullPool

from forcewatch.errors import BadDatabase, NewerSchema

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_DB = "forcewatch.sqlite"
MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration's revision. Opening a database already at it needs no Alembic (a tenth of
# a second of imports on every command); tests/test_store.py checks it is Alembic's head.
SCHEMA_REVISION = "0008"
# The PostgreSQL advisory lock ("forc") held by migrations and serialized sessions.
LOCK_KEY = 0x666F7263


def database_url(value: str | None = None) -> str:
    """``--db`` wins, then ``FORCEWATCH_DB``, then ``./forcewatch.sqlite``; a plain path is SQLite."""
    value = value or os.environ.get("FORCEWATCH_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


_BUSY_MS = 30_000  # how long a connection waits for another's lock before "database is locked"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Transactions are begun by _sqlite_begin, not by the driver: a writer must be able to say
    # BEGIN IMMEDIATE (the driver's BEGIN is deferred, and only before a write).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # the wait for a lock first: switching to WAL needs one too, and another process may be
    # creating the tables of a new database right then (it failed "database is locked" under load)
    cursor.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
    _write_ahead_log(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA cache_size=-16000")  # 16 MB of pages per connection
    cursor.close()


def _write_ahead_log(cursor: Any) -> None:
    """Switch the file to WAL (it stays so: a file already in WAL is left alone). SQLite answers
    the switch with "database is locked" at once, without its busy handler, while another
    connection holds the new file's lock (eight processes opening one new database failed one
    round in six), so the switch is retried within the busy window."""
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() in ("wal", "memory"):
        return
    deadline = time.monotonic() + _BUSY_MS / 1000
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def _sqlite_begin(connection: Connection) -> None:
    """BEGIN IMMEDIATE for a connection that will write (``sqlite_immediate`` option): it waits
    for the write lock up front (busy_timeout), where a deferred transaction that read first
    fails at once with "database is locked" when another process wrote in the meantime."""
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    # Straight to the driver: through exec_driver_sql a BEGIN costs as much as a query.
    connection.connection.driver_connection.execute(  # type: ignore[union-attr]
        "BEGIN IMMEDIATE" if immediate else "BEGIN"
    )


def make_engine(url: str, *, pooled: bool = False) -> Engine:
    """``pooled`` keeps SQLite connections open between sessions (the web app, one process with
    threads); without it each session opens its own, which worker processes of an ingest need."""
    shown = _redact(url)
    try:
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:" and not Path(path).parent.exists():
                raise BadDatabase(f"no folder {Path(path).parent} for the SQLite file", item=shown)
            # the driver's own wait, from the first statement of a connection on
            waits = {"timeout": _BUSY_MS / 1000}
            if pooled:
                # as many as the server's worker threads (40), so none is opened per request
                engine = create_engine(url, pool_size=40, max_overflow=8, connect_args=waits)
            else:
                engine = create_engine(url, poolclass=NullPool, connect_args=waits)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise BadDatabase(
            f"not a database URL forcewatch can use ({exc.__class__.__name__}); "
            "give a file path or sqlite:///PATH or postgresql+psycopg://USER@HOST/DB",
            item=shown,
        ) from None
    return engine


def _current_revision(engine: Engine) -> str | None:
    """The database's schema revision, read without Alembic; None when it has none yet."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None


def migrate(engine: Engine, url: str) -> None:
    """Bring the schema to this version of forcewatch; refuse a database from a newer one."""
    shown = _redact(url)
    try:
        if _current_revision(engine) == SCHEMA_REVISION:
            return
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc).splitlines()[0]
        raise BadDatabase(f"cannot open the database: {reason}", item=shown) from None
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = head_revision()
    try:
        # One migration at a time: two processes opening a new database at once must not both
        # create its tables (the second waits, then finds them made).
        with engine.execution_options(sqlite_immediate=True).begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            current = MigrationContext.configure(connection).get_current_revision()
            known = {
                s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()
            }
            if current is not None and current not in known:
                raise NewerSchema(
                    f"the database has schema revision {current}, newer than this forcewatch "
                    f"(which knows up to {head}); upgrade forcewatch to use it",
                    item=shown,
                )
            if current != head:
                config = _alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc).splitlines()[0]
        raise BadDatabase(f"cannot open the database: {reason}", item=shown) from None


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in credentials else url
    return url
