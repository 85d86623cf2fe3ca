"""Merging mentions into incidents: blocking, scoring, assembly, and what analysts did."""

from __future__ import annotations

import random
from typing import Any

import pytest

from forcewatch.merge.assemble import Member, canonical
from forcewatch.merge.match import Cluster, Index, MentionView, assign, day_interval, score


def view(
    mid: int,
    doc: int,
    *,
    date: str | None = "2018-01-15",
    precision: str = "day",
    country: str = "VE",
    admin1: str | None = "VE-M",
    place: str | None = "El Junquito",
    city: str | None = None,
    killed: int | None = 9,
    names: tuple[str, ...] = (),
    copy_of: int | None = None,
    published: str | None = "2018-01-16",
) -> MentionView:
    data: dict[str, Any] = {
        "date": date, "date_precision": precision, "country": country, "admin1": admin1,
        "place": place, "city": city,
        "killed": {"low": killed, "best": killed, "high": None} if killed is not None else None,
        "people": [{"name": n, "role": "victim", "fate": "killed"} for n in names],
        "forces": [{"kind": "security_forces"}],
    }  # fmt: skip
    return MentionView.of(mid, doc, copy_of, published, data)


def test_merge_same_incident_from_three_reports() -> None:
    index = Index()
    decisions = assign(
        [view(1, 1), view(2, 2, killed=7), view(3, 3, place="El Junquito, Miranda")], index
    )
    assert len({d.cluster_id for d in decisions}) == 1
    assert "same day 2018-01-15" in decisions[1].explanation


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (dict(date="2018-01-20"), "dates cannot meet"),
        (dict(admin1="VE-A", place="Caracas"), "other state"),
        (dict(country="CO", admin1=None), None),
        (dict(place="Petare", city="Petare"), None),
    ],
)
def test_merge_look_alikes_stay_apart(other: dict[str, Any], why: str | None) -> None:
    first = view(1, 1, city="Caracas" if "city" in other else None)
    index = Index()
    decisions = assign([first, view(2, 2, **other)], index)
    assert decisions[0].cluster_id != decisions[1].cluster_id
    if why:
        cluster = index.clusters[decisions[0].cluster_id]
        assert why in score(view(2, 2, **other), cluster)[1]


def test_merge_different_victims_named_stay_apart() -> None:
    index = Index()
    decisions = assign(
        [view(1, 1, names=("Ana Pérez",), killed=1), view(2, 2, names=("Luis Mora",), killed=1)],
        index,
    )
    assert decisions[0].cluster_id != decisions[1].cluster_id


def test_merge_same_report_two_incidents_stay_apart() -> None:
    decisions = assign([view(1, 1), view(2, 1)], Index())
    assert decisions[0].cluster_id != decisions[1].cluster_id


def test_merge_syndicated_copy_joins_its_original() -> None:
    decisions = assign([view(1, 1), view(2, 2, copy_of=1, date=None, place=None)], Index())
    assert decisions[0].cluster_id == decisions[1].cluster_id
    assert "near-copy" in decisions[1].explanation


def test_merge_year_unknown_joins_by_day_of_year() -> None:
    decisions = assign([view(1, 1), view(2, 2, date="--01-15", published=None)], Index())
    assert decisions[0].cluster_id == decisions[1].cluster_id


@pytest.mark.parametrize(
    ("value", "precision", "published", "days"),
    [
        ("2018-01-15", "day", None, 0),
        ("2018-01", "month", None, 30),
        ("2018", "year", None, 364),
        ("2018-01-15", "week", None, 7),
        (None, "unknown", "2018-01-16", 31),
    ],
)
def test_merge_date_intervals(
    value: str | None, precision: str, published: str | None, days: int
) -> None:
    interval = day_interval(value, precision, published)
    assert interval is not None and interval[1] - interval[0] == days


def test_merge_order_does_not_change_the_clusters() -> None:
    mentions = [
        view(i, i, date=f"2018-01-{10 + i % 5:02d}", place=f"Barrio {i % 5}") for i in range(1, 21)
    ]
    first = assign(sorted(mentions, key=lambda m: m.id), Index())
    shuffled = mentions[:]
    random.Random(7).shuffle(shuffled)
    second = assign(sorted(shuffled, key=lambda m: m.id), Index())
    assert [d.cluster_id for d in first] == [d.cluster_id for d in second]
    assert len({d.cluster_id for d in first}) == 5


def member(mid: int, doc: int, **data: Any) -> Member:
    return Member(mid, doc, doc, "2018-01-16", data)


class _EveryCluster(Index):
    """No blocking on state or week: every cluster of the country is a candidate."""

    def candidates(self, m: MentionView) -> list[Cluster]:
        return [c for _, c in sorted(self.clusters.items()) if c.country == m.country]


def test_merge_blocking_loses_no_match() -> None:
    rng = random.Random(11)
    states = ["VE-M", "VE-A", "VE-X", None]
    mentions = [
        view(
            i, i,
            date=f"2018-01-{rng.randint(1, 28):02d}",
            precision=rng.choice(["day", "day", "week", "month"]),
            admin1=rng.choice(states),
            place=rng.choice(["El Junquito", "Petare", "Caracas", None]),
            killed=rng.choice([1, 2, 3, 9, None]),
            names=rng.choice([(), (), ("Ana Pérez",), ("Luis Mora",)]),
        )
        for i in range(1, 301)
    ]  # fmt: skip
    blocked = [(d.cluster_id, d.score) for d in assign(mentions, Index())]
    brute = [(d.cluster_id, d.score) for d in assign(mentions, _EveryCluster())]
    assert blocked == brute
    assert len({c for c, _ in blocked}) < 0.8 * len(mentions)  # the data do merge


def test_merge_assembly_counts_as_a_range_with_conflicts() -> None:
    values = canonical(
        [
            member(
                1,
                1,
                killed={"low": 9, "best": 9, "high": None},
                date="2018-01-15",
                date_precision="day",
            ),
            member(
                2,
                2,
                killed={"low": 7, "best": 7, "high": None},
                date="2018-01-15",
                date_precision="day",
            ),
            member(
                3,
                3,
                killed={"low": 9, "best": 9, "high": None},
                date="2018-01",
                date_precision="month",
            ),
        ]
    )
    assert (values["killed_low"], values["killed_best"], values["killed_high"]) == (7, 9, 9)
    assert values["date"] == "2018-01-15"
    assert values["conflicts"]["killed"] == ["7 (doc 2)", "9 (doc 1, doc 3)"]
    assert values["provenance"]["killed"] == [1, 2, 3]
    assert values["n_sources"] == 3


def test_merge_assembly_most_precise_place() -> None:
    values = canonical(
        [
            member(1, 1, place="Caracas", admin1="VE-A", country="VE", geo_precision=1),
            member(2, 2, place="El Junquito", admin1="VE-M", country="VE", geo_precision=1),
            member(3, 3, place="El Junquito", admin1="VE-M", country="VE", geo_precision=1),
            member(4, 4, place="Venezuela", country="VE", geo_precision=6),
        ]
    )
    assert (values["place"], values["admin1"]) == ("El Junquito", "VE-M")
