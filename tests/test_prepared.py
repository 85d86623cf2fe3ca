"""Prepared statements on the driver (store/prepared.py) read what SQLAlchemy reads: the same
rows with the same Python values (JSON, timestamps, booleans), lists of any length, and the
constants SQLAlchemy binds itself; on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import bindparam, insert, select

from forcewatch.store import Store, models, prepared
from forcewatch.store.models import utcnow

INCIDENTS = models.Incident.__table__.c
USERS = models.User.__table__.c


def _filled(url: str) -> Store:
    store = Store.open(url, pooled=True)
    with store.session() as s:
        s.execute(
            insert(models.Incident),
            [
                {"date": f"2020-0{n}-1{n}", "date_precision": "day", "country": "VE",
                 "killed_best": n, "forces": ["police", "army"][: n % 3], "search_text": "",
                 "edited": {"killed_best": {"who": "ana"}} if n == 2 else {},
                 "allegations": ["extrajudicial_execution"] if n % 2 else []}
                for n in range(1, 8)
            ],
        )  # fmt: skip
        s.execute(
            insert(models.User),
            [{"name": "ana", "password_hash": "x", "role": "analyst", "active": True},
             {"name": "rui", "password_hash": "x", "role": "viewer", "active": False}],
        )  # fmt: skip
    return store


def test_prepared_reads_what_sqlalchemy_reads(store_url: str) -> None:
    store = _filled(store_url)
    try:
        statements = [
            select(INCIDENTS.id, INCIDENTS.forces, INCIDENTS.edited, INCIDENTS.allegations,
                   INCIDENTS.updated_at, INCIDENTS.killed_best).order_by(INCIDENTS.id),
            select(USERS.name, USERS.active, USERS.created_at).order_by(USERS.name),
        ]  # fmt: skip
        with store.reading() as c:
            expected = [[tuple(row) for row in c.execute(st)] for st in statements]
        with prepared.reading(store) as reader:
            got = [[tuple(row) for row in reader.all(prepared.Prepared(st))] for st in statements]
        assert got == expected
        forces = [row[1] for row in got[0]]
        assert forces[1] == ["police", "army"] and forces[2] == []
        assert got[0][1][2] == {"killed_best": {"who": "ana"}}
        assert [row[1] for row in got[1]] == [True, False]
        assert all(isinstance(row[2], datetime) for row in got[1])
        assert abs(got[1][0][2].replace(tzinfo=None) - utcnow().replace(tzinfo=None)) < timedelta(
            minutes=5
        )
    finally:
        store.close()


def test_prepared_lists_of_any_length_and_named_rows(store_url: str) -> None:
    store = _filled(store_url)
    try:
        by_ids = prepared.Prepared(
            select(INCIDENTS.id, INCIDENTS.killed_best)
            .where(INCIDENTS.id.in_(bindparam("ids", expanding=True)))
            .where(INCIDENTS.killed_best >= bindparam("least"))
            .order_by(INCIDENTS.id),
            lists=["ids"],
        )
        with prepared.reading(store) as reader:
            assert reader.all(by_ids, {"ids": [3, 1], "least": 0}) == [(1, 1), (3, 3)]
            assert reader.scalars(by_ids, {"ids": [1, 2, 3, 4, 5, 6], "least": 4}) == [4, 5, 6]
            assert reader.all(by_ids, {"ids": [2], "least": 0}) == [(2, 2)]
            assert reader.first(by_ids, {"ids": [99], "least": 0}) is None
            [row] = reader.named(by_ids, {"ids": [5], "least": 0})
            assert (row.id, row.killed_best) == (5, 5)
            assert reader.mappings(by_ids, {"ids": [6], "least": 0}) == [
                {"id": 6, "killed_best": 6}
            ]
    finally:
        store.close()


def test_prepared_keeps_the_constants_sqlalchemy_binds(store_url: str) -> None:
    """A LIMIT given as a parameter makes SQLite's compiler add ``OFFSET ?`` with 0 bound."""
    store = _filled(store_url)
    try:
        page = prepared.Prepared(
            select(INCIDENTS.id)
            .order_by(INCIDENTS.killed_best.desc(), INCIDENTS.id)
            .limit(bindparam("limit", 0))
        )
        with prepared.reading(store) as reader:
            assert reader.scalars(page, {"limit": 3}) == [7, 6, 5]
            assert reader.scalars(page, {"limit": 1}) == [7]
    finally:
        store.close()
