"""Reads for the requests a server answers hundreds of times a second, on the driver itself.

A ``Connection.execute`` of SQLAlchemy Core costs about a tenth of a millisecond of Python on
top of the database's own work (the statement's cache key, an execution context, a result
object, a Row per row and a type processor per value). On the two pages analysts load most
(the incident list and one incident), and on the session lookup of every request, that was
more than the SQL. A :class:`Prepared` statement is the same Core SELECT, compiled by
SQLAlchemy once per dialect, run with the pool's DBAPI connection (sqlite3 or psycopg) and
read as tuples, with only the conversions the driver does not make itself: JSON text on
SQLite, ISO timestamps on SQLite, 0/1 booleans on SQLite. The SQL is SQLAlchemy's, so both
databases keep the one query the rest of the store uses; ``tests/test_prepared.py`` checks
each prepared read against the same statement through SQLAlchemy on both.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, DateTime
from sqlalchemy.engine import Dialect

if TYPE_CHECKING:
    from sqlalchemy import Select

    from forcewatch.store import Store

Convert = Callable[[Any], Any]


def _json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    # most incidents have no allegations, edits or conflicts: skip the decoder for those
    if value == "[]":
        return []
    if value == "{}":
        return {}
    return json.loads(value)


def _timestamp(value: Any) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _boolean(value: Any) -> Any:
    return bool(value) if isinstance(value, int) else value


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...] | None  # the order of positional parameters (sqlite3's "?")
    constants: dict[str, Any]  # the values bound when the statement was built
    convert: tuple[tuple[int, Convert], ...]  # (column, conversion) where the driver leaves work


class Prepared:
    """A Core SELECT compiled once per dialect (and per length of its list parameters), run
    on a DBAPI connection. ``lists`` names the expanding parameters (``IN :ids``), whose
    values are lists."""

    def __init__(self, statement: Select[Any], *, lists: Sequence[str] = ()) -> None:
        self.statement = statement
        self.lists = tuple(lists)
        self._compiled: dict[tuple[str, tuple[int, ...]], _Compiled] = {}
        self.names = tuple(str(column.key) for column in statement.selected_columns)
        self.row: Any = namedtuple("row", self.names, rename=True)  # type: ignore[misc]

    def compiled(self, dialect: Dialect, params: Mapping[str, Any]) -> _Compiled:
        lengths = tuple(len(params[name]) for name in self.lists)
        key = (dialect.name, lengths)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = self._compile(dialect, lengths)
        return found

    def _compile(self, dialect: Dialect, lengths: tuple[int, ...]) -> _Compiled:
        binds = self.statement.compile(dialect=dialect).binds
        # the values bound when the statement was built: the caller's parameters replace
        # theirs, the others (an OFFSET 0 SQLAlchemy adds, say) are constants of the query
        constants = {
            name: bind.effective_value
            for name, bind in binds.items()
            if not bind.required and name not in self.lists
        }
        # Rendering a list's placeholders (ids_1, ids_2, ...) wants a value for every
        # parameter: stand-ins, replaced at each execution. A list of a new length compiles
        # once more; pages ask for the same few lengths.
        stand_ins: dict[str, Any] = {
            name: None for name, bind in binds.items() if bind.required and name not in self.lists
        }
        stand_ins.update(
            {name: list(range(n)) for name, n in zip(self.lists, lengths, strict=True)}
        )
        statement = self.statement.params(stand_ins) if self.lists else self.statement
        compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        names = (
            tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
        )
        convert: tuple[tuple[int, Convert], ...] = ()
        if dialect.name == "sqlite":
            kinds = [_converter(column.type) for column in self.statement.selected_columns]
            convert = tuple((n, kind) for n, kind in enumerate(kinds) if kind is not None)
        return _Compiled(str(compiled), names, constants, convert)

    def bind(self, compiled: _Compiled, params: Mapping[str, Any]) -> Any:
        values = {**compiled.constants, **params}
        for name in self.lists:
            for n, value in enumerate(values.pop(name), start=1):
                values[f"{name}_{n}"] = value
        if compiled.names is None:
            return values
        return tuple(values[name] for name in compiled.names)


def _converter(kind: Any) -> Convert | None:
    if isinstance(kind, JSON):
        return _json
    if isinstance(kind, DateTime):
        return _timestamp
    if isinstance(kind, Boolean):
        return _boolean
    return None


class Reader:
    """One read-only transaction on a driver connection."""

    def __init__(self, driver: Any, dialect: Dialect) -> None:
        self.driver = driver
        self.dialect = dialect

    def all(self, prepared: Prepared, params: Mapping[str, Any] | None = None) -> list[Any]:
        """The rows, as tuples."""
        params = params or {}
        compiled = prepared.compiled(self.dialect, params)
        rows: list[Any] = self.driver.execute(
            compiled.sql, prepared.bind(compiled, params)
        ).fetchall()
        if not compiled.convert:
            return rows
        converted = []
        for row in rows:
            values = list(row)
            for n, convert in compiled.convert:
                if values[n] is not None:
                    values[n] = convert(values[n])
            converted.append(values)
        return converted

    def named(self, prepared: Prepared, params: Mapping[str, Any] | None = None) -> list[Any]:
        """The rows, as named tuples (``row.column``)."""
        make = prepared.row._make
        return [make(row) for row in self.all(prepared, params)]

    def mappings(
        self, prepared: Prepared, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """The rows, as dicts of column to value."""
        names = prepared.names
        return [dict(zip(names, row, strict=True)) for row in self.all(prepared, params)]

    def first(self, prepared: Prepared, params: Mapping[str, Any] | None = None) -> Any:
        rows = self.all(prepared, params)
        return rows[0] if rows else None

    def scalars(self, prepared: Prepared, params: Mapping[str, Any] | None = None) -> list[Any]:
        return [row[0] for row in self.all(prepared, params)]


@contextmanager
def reading(store: Store, *, snapshot: bool = True) -> Iterator[Reader]:
    """A read-only transaction on one of the pool's connections, at the driver. Without
    ``snapshot`` (one statement), SQLite runs it in its own implicit transaction."""
    pooled = store.engine.raw_connection()
    driver: Any = pooled.driver_connection
    explicit = snapshot and store.dialect == "sqlite"  # the pool's sqlite3 begins nothing itself
    try:
        if explicit:
            driver.execute("BEGIN")  # the reads see one state of the database
        yield Reader(driver, store.engine.dialect)
    finally:
        try:
            # nothing was written: ending the transaction either way is the same
            if explicit:
                driver.execute("ROLLBACK")
            elif store.dialect != "sqlite":
                driver.rollback()
        finally:
            pooled.close()
