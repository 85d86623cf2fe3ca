"""The merge in the database: incremental, in batches, candidates found through the stored
blocking keys; the same incidents whatever the batch size, and after a rebuild."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text, update

from forcewatch.merge.match import COMMON
from forcewatch.merge.run import run_merge
from forcewatch.store import Store, models

SPAN = {"start": 0, "end": 0, "text": ""}


def _data(rng: random.Random, event: int) -> dict[str, Any]:
    erng = random.Random(event)
    country = erng.choice(["VE", "BR", "US"])
    day = 1 + erng.randrange(27)
    killed = erng.choice([1, 1, 2, 3, 5])
    name = erng.choice([None, None, "Ana Pérez", "Luis Mora", "Jason Bryant"])
    precision = rng.choice(["day", "day", "day", "day", "month", "unknown"])
    value = {"day": f"2018-0{1 + event % 3}-{day:02d}", "month": f"2018-0{1 + event % 3}"}
    return {
        "kind": "incident", "extractor": "test", "confidence": 1.0,
        "date": value.get(precision), "date_precision": precision, "country": country,
        "admin1": f"{country}-{erng.choice('ABC')}", "place": f"Barrio {erng.randrange(6)}",
        "city": f"City {erng.randrange(3)}",
        "killed": {"low": killed, "best": killed, "high": None, "span": SPAN},
        "forces": [{"kind": "police", "span": SPAN}],
        "people": [{"name": name, "role": "victim", "fate": "killed", "span": SPAN}] if name else [],
    }  # fmt: skip


def _fill(store: Store, events: list[int], first: int = 1, seed: int = 3) -> None:
    """One report a mention, ids from ``first``, published the day after its month begins."""
    rng = random.Random(seed + first)
    with store.session() as s:
        for i, event in enumerate(events, first):
            data = _data(rng, event)
            s.execute(insert(models.RawPage).values(id=i, sha256=f"{i:064x}", name=f"r{i}",
                                                    size=0, data=b""))  # fmt: skip
            s.execute(
                insert(models.Document).values(
                    id=i, raw_page_id=i, format="text", text="", relevant=True,
                    relevance_score=1.0, relevance_reason="", simhash=0, extraction={},
                    published=f"2018-0{1 + event % 3}-28",
                )
            )  # fmt: skip
            s.execute(
                insert(models.Mention).values(
                    id=i, document_id=i, ordinal=0, kind="incident", date=data["date"],
                    date_precision=data["date_precision"], data=data,
                )
            )  # fmt: skip


def _groups(store: Store) -> dict[int, frozenset[int]]:
    with store.session() as s:
        rows = s.execute(select(models.IncidentLink.incident_id, models.IncidentLink.mention_id))
        found: dict[int, set[int]] = defaultdict(set)
        for incident_id, mention_id in rows:
            found[incident_id].add(mention_id)
    return {i: frozenset(ms) for i, ms in found.items()}


_RNG = random.Random(1)
EVENTS = [_RNG.randrange(60) for _ in range(240)]


def test_merge_run_batches_give_the_same_incidents(store_url: str, tmp_path: Any) -> None:
    whole = Store.open(str(tmp_path / "whole.sqlite"))
    _fill(whole, EVENTS)
    run_merge(whole, batch=10_000)
    store = Store.open(store_url)
    _fill(store, EVENTS)
    summary = run_merge(store, batch=7)
    assert summary.mentions == len(EVENTS)
    assert _groups(store) == _groups(whole)
    assert 50 <= summary.incidents < 0.8 * len(EVENTS)  # the data do merge
    assert run_merge(store, batch=7).mentions == 0  # a second run changes nothing
    with store.session() as s:  # every incident is filed under its blocking keys
        filed = s.scalar(select(func.count(func.distinct(models.IncidentKey.incident_id))))
    assert filed == summary.incidents
    store.close()
    whole.close()


def test_merge_run_new_mentions_meet_the_stored_incidents(store_url: str) -> None:
    """Merging in two runs, the second with new reports, gives what one run over all of them
    gives: the new mentions find the stored incidents through the keys."""
    store = Store.open(store_url)
    _fill(store, EVENTS[:160])
    run_merge(store, batch=50)
    before = _groups(store)
    _fill(store, EVENTS[160:], first=161)
    summary = run_merge(store, batch=50)
    assert summary.mentions == 80 and summary.joined > 40
    after = _groups(store)
    grown = [i for i in before if after[i] != before[i]]
    assert grown and all(after[i] > before[i] for i in grown)  # joined stored incidents
    store.close()


def test_merge_run_rebuild_keeps_ids_and_incidents(store_url: str) -> None:
    store = Store.open(store_url)
    _fill(store, EVENTS)
    run_merge(store, batch=30)
    before = _groups(store)
    summary = run_merge(store, rebuild=True, batch=30)
    assert summary.mentions == len(EVENTS)
    assert _groups(store) == before
    store.close()


def test_merge_run_mentions_nothing_dates_come_last(tmp_path: Any) -> None:
    """A mention with no date in a report with no publication day is merged too, after the
    dated ones."""
    store = Store.open(str(tmp_path / "undated.sqlite"))
    _fill(store, EVENTS[:20])
    with store.session() as s:
        s.execute(update(models.Document).where(models.Document.id == 3).values(published=None))
        s.execute(update(models.Mention).where(models.Mention.id == 3).values(date=None))
    assert run_merge(store, batch=4).mentions == 20
    store.close()


def test_merge_run_year_dated_incidents_filed_again_after_the_upgrade(store_url: str) -> None:
    """Migration 0008 empties the keys of incidents holding a year-dated mention (filed under
    the year's 53 weeks by the merge before it); the next merge files them under their new keys,
    and leaves the others' keys as they were."""
    store = Store.open(store_url)
    _fill(store, EVENTS[:40])
    with store.session() as s:
        s.execute(update(models.Mention).where(models.Mention.id == 5)
                  .values(date="2018", date_precision="year"))  # fmt: skip
    run_merge(store)
    with store.session() as s:
        year_incident = s.scalar(
            select(models.IncidentLink.incident_id).where(models.IncidentLink.mention_id == 5)
        )
        filed = set(s.execute(select(models.IncidentKey.incident_id, models.IncidentKey.key)))
        # a key of the old merge's: one of the year's weeks the incident no longer has
        s.execute(insert(models.IncidentKey).values(incident_id=year_incident, key=-12345))
        s.execute(text("UPDATE alembic_version SET version_num = '0007'"))
    store.close()

    store = Store.open(store_url)  # upgrades to 0008
    with store.session() as s:
        left = set(s.execute(select(models.IncidentKey.incident_id, models.IncidentKey.key)))
    assert left == {(i, k) for i, k in filed if i != year_incident}
    run_merge(store)
    with store.session() as s:
        refiled = set(s.execute(select(models.IncidentKey.incident_id, models.IncidentKey.key)))
    others = {(i, k) for i, k in filed if i != year_incident}
    assert {(i, k) for i, k in refiled if i != year_incident} == others
    again = {k for i, k in refiled if i == year_incident}
    assert again and -12345 not in again
    store.close()


def _mention(store: Store, i: int, *, day: str, town: str, name: str) -> None:
    """One report with one mention: ``name`` killed by police in ``town`` (BR-SP) on ``day``."""
    data = {
        "kind": "incident", "extractor": "test", "confidence": 1.0, "date": day,
        "date_precision": "day", "country": "BR", "admin1": "BR-SP", "place": town, "city": town,
        "killed": {"low": 1, "best": 1, "high": None, "span": SPAN},
        "forces": [{"kind": "police", "span": SPAN}],
        "people": [{"name": name, "role": "victim", "fate": "killed", "span": SPAN}],
    }  # fmt: skip
    with store.session() as s:
        s.execute(insert(models.RawPage).values(id=i, sha256=f"{i:064x}", name=f"r{i}", size=0,
                                                data=b""))  # fmt: skip
        s.execute(insert(models.Document).values(
            id=i, raw_page_id=i, format="text", text="", relevant=True, relevance_score=1.0,
            relevance_reason="", simhash=0, extraction={}, published=day))  # fmt: skip
        s.execute(insert(models.Mention).values(id=i, document_id=i, ordinal=0, kind="incident",
                                                date=day, date_precision="day", data=data))  # fmt: skip


@pytest.mark.parametrize("others", [COMMON, COMMON + 1])
def test_merge_run_a_common_name_is_not_looked_in(store_url: str, others: int) -> None:
    """A victim's name meets the state's incidents with that name in any year (a person is
    killed once), until more than ``COMMON`` separate incidents there hold it: then it picks
    nobody out, and a report years later only meets the incidents of its own weeks."""
    store = Store.open(store_url)
    for i in range(others):  # one name, other towns and years: separate incidents
        _mention(store, i + 1, day=f"{2010 + i}-01-10", town=f"Town {i}", name="Marta Ruiz")
    run_merge(store)
    assert len(_groups(store)) == others
    _mention(store, 100, day="2024-03-05", town="Town 0", name="Marta Ruiz")
    run_merge(store)
    with store.session() as s:
        link = s.execute(
            select(models.IncidentLink.incident_id, models.IncidentLink.explanation).where(
                models.IncidentLink.mention_id == 100
            )
        ).one()
        first = s.scalar(
            select(models.IncidentLink.incident_id).where(models.IncidentLink.mention_id == 1)
        )
    if others <= COMMON:
        assert link.incident_id == first
        assert "same person killed ('marta ruiz')" in link.explanation
    else:
        assert link.incident_id != first
        assert link.explanation == "first report of this incident"
    store.close()
