"""Merging mentions into incidents: blocking, scoring, assembly, and what analysts did."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest

from forcewatch.merge import merge
from forcewatch.merge.assemble import Member, canonical
from forcewatch.merge.match import (
    MAX_SPAN,
    THRESHOLD,
    Cluster,
    Index,
    MentionView,
    agency_key,
    assign,
    day_interval,
    merge_days,
    name_key,
    score,
)
from forcewatch.records import Mention

_NOWHERE = {"start": 0, "end": 0, "text": ""}


def mention(**data: Any) -> Mention:
    """An incident mention of these fields; evidence spans (which the merge does not read) empty."""
    data = {"kind": "incident", "extractor": "test", "confidence": 1.0, **data}
    for name in ("forces", "people", "allegations"):
        data[name] = [{"span": _NOWHERE, **item} for item in data.get(name) or []]
    return Mention.model_validate(data)


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
    return MentionView.of(Member(mid, doc, copy_of or doc, published, mention(**data)))


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


def test_merge_nobody_killed_is_no_neighbour_of_two_killed() -> None:
    index = Index()
    first, second = view(1, 1, killed=2), view(2, 2, killed=0)
    decisions = assign([first, second], index)
    assert "killed 0 vs 2 far apart" in score(second, index.clusters[decisions[0].cluster_id])[1]
    # one dead more or less is still a report's uncertainty
    assert "agree" in score(view(3, 3, killed=3), index.clusters[decisions[0].cluster_id])[1]


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


@pytest.mark.parametrize(
    ("value", "published", "days"),
    [
        ("2018", "2018-06-16", ("2018-05-16", "2018-06-16")),  # the month before the report
        ("2018", "2018-01-10", ("2018-01-01", "2018-01-10")),  # ... within the year
        ("2015", "2018-06-16", None),  # a background case of another year: nowhere
        ("2018", None, None),
        ("2018-03", "2018-06-16", ("2018-03-01", "2018-03-31")),  # narrower dates as they are
    ],
)
def test_merge_days_a_year_is_no_date_of_its_own(
    value: str, published: str | None, days: tuple[str, str] | None
) -> None:
    precision = "year" if len(value) == 4 else "month"
    expected = days and (
        date.fromisoformat(days[0]).toordinal(),
        date.fromisoformat(days[1]).toordinal(),
    )
    assert merge_days(value, precision, published) == expected
    year_dated = view(1, 1, date=value, precision=precision, published=published)
    assert year_dated.dated is (precision != "year")


def test_merge_year_dated_report_joins_only_by_a_strong_key() -> None:
    """The same town and one dead is every month's news; the same victim, or the same count of
    three or more dead in the town, is this event."""
    first = view(1, 1, names=("Ana Pérez",), killed=1)
    year_dated = view(2, 2, date="2018", precision="year", killed=1)
    index = Index()
    decisions = assign([first, year_dated], index)
    assert decisions[0].cluster_id != decisions[1].cluster_id
    value, why = score(year_dated, index.clusters[decisions[0].cluster_id])
    assert value < THRESHOLD and "no date of its own" in why
    named = [first, view(2, 2, date="2018", precision="year", killed=1, names=("Ana Pérez",))]
    decisions = assign(named, Index())
    assert decisions[0].cluster_id == decisions[1].cluster_id
    assert "same victim name 'ana perez'" in decisions[1].explanation


def test_merge_year_dated_report_meets_its_month_not_its_year() -> None:
    """One incident a week all year in one state: "in 2018" meets the month before its report,
    not the 52 weeks (which, at 10^6 mentions, made each such mention score thousands)."""
    index = Index()
    start = date(2018, 1, 1)
    weekly = [
        view(i, i, date=(start + timedelta(weeks=i - 1)).isoformat(), place=f"Barrio {i}")
        for i in range(1, 53)
    ]
    assign(weekly, index)
    year_dated = view(100, 100, date="2018", precision="year", published="2018-06-16")
    met = index.candidates(year_dated)
    assert 4 <= len(met) <= 6
    assert all(c.days and date(2018, 5, 9).toordinal() <= c.days[1] for c in met)
    assert len(index.candidates(view(101, 101, date="2015", precision="year"))) == 0


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
    return Member(mid, doc, doc, "2018-01-16", mention(**data))


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
    assert values.killed is not None
    assert (values.killed.low, values.killed.best, values.killed.high) == (7, 9, 9)
    assert values.date == "2018-01-15"
    assert values.conflicts["killed"] == ["7 (doc 2)", "9 (doc 1, doc 3)"]
    assert values.provenance["killed"] == [1, 2, 3]
    assert values.n_sources == 3


def test_merge_assembly_most_precise_place() -> None:
    values = canonical(
        [
            member(1, 1, place="Caracas", admin1="VE-A", country="VE", geo_precision=1),
            member(2, 2, place="El Junquito", admin1="VE-M", country="VE", geo_precision=1),
            member(3, 3, place="El Junquito", admin1="VE-M", country="VE", geo_precision=1),
            member(4, 4, place="Venezuela", country="VE", geo_precision=6),
        ]
    )
    assert (values.place, values.admin1) == ("El Junquito", "VE-M")


# ---- merge on real coverage: strong keys, neighbouring towns, mentions without a date ---------

COUNTY_TOWNS = {  # two towns of Marion County, Indiana, 12 km apart; and one 180 km away
    "Indianapolis": (39.7684, -86.1581),
    "Cumberland": (39.7762, -85.9572),
    "Fort Wayne": (41.1306, -85.1289),
}


def us_view(
    mid: int,
    doc: int,
    *,
    town: str | None = "Indianapolis",
    date: str | None = "2015-12-12",
    names: tuple[str, ...] = (),
    fate: str = "killed",
    killed: int | None = 1,
    units: tuple[str, ...] = (),
    admin1: str = "US-IN",
    published: str | None = None,
) -> MentionView:
    lat, lon = COUNTY_TOWNS[town] if town else (None, None)
    data: dict[str, Any] = {
        "date": date, "date_precision": "day" if date else "unknown", "country": "US",
        "admin1": admin1, "place": town, "city": town, "lat": lat, "lon": lon,
        "geo_precision": 1 if town else None,
        "killed": {"low": killed, "best": killed, "high": None} if killed is not None else None,
        "people": [{"name": n, "role": "victim", "fate": fate} for n in names],
        "forces": [{"kind": "police", "unit": u} for u in units] or [{"kind": "police"}],
    }  # fmt: skip
    return MentionView.of(Member(mid, doc, doc, published, mention(**data)))


def _joined(*mentions: MentionView) -> tuple[bool, str]:
    decisions = assign(list(mentions), Index())
    return len({d.cluster_id for d in decisions}) == 1, decisions[-1].explanation


def test_merge_victim_name_joins_neighbouring_towns_a_day_apart() -> None:
    joined, why = _joined(
        us_view(1, 1, names=("Jason Bryant",)),
        us_view(2, 2, town="Cumberland", date="2015-12-13", names=("Jason M. Bryant Jr.",)),
    )
    assert joined
    assert "same victim name 'jason bryant'" in why
    assert "neighbouring places (cumberland ~ indianapolis, 17 km)" in why
    assert "1 day apart" in why


def test_merge_neighbouring_towns_alone_stay_apart() -> None:
    """Same day, next town, nothing else shared: two operations of one metropolitan area."""
    assert not _joined(us_view(1, 1), us_view(2, 2, town="Cumberland"))[0]
    cluster = Cluster(id=1, country="US")
    cluster.add(us_view(1, 1))
    assert (
        "different places (cumberland vs indianapolis)"
        in score(us_view(2, 2, town="Cumberland"), cluster)[1]
    )


def test_merge_two_days_apart_join_only_on_a_strong_key() -> None:
    plain = (us_view(1, 1), us_view(2, 2, town="Cumberland", date="2015-12-14"))
    assert _joined(*plain) == (False, "first report of this incident")
    joined, why = _joined(
        us_view(1, 1, units=("Indianapolis Metropolitan Police Department",)),
        us_view(2, 2, date="2015-12-14", units=("Indianapolis Metropolitan Police Department",)),
    )
    assert joined
    assert "same agency 'indianapolis metropolitan police department'; " in why + "; "
    assert "2 days apart" in why


def test_merge_same_count_of_dead_is_a_strong_key_in_one_town() -> None:
    """Three or more dead, the same figure, the same town: two days apart still join. Two dead,
    or the next town, are every week's news in a big city."""
    joined, why = _joined(us_view(1, 1, killed=3), us_view(2, 2, date="2015-12-14", killed=3))
    assert joined and "2 days apart" in why and "same count of dead (3)" in why
    assert not _joined(us_view(1, 1, killed=2), us_view(2, 2, date="2015-12-14", killed=2))[0]
    assert not _joined(
        us_view(1, 1, killed=3), us_view(2, 2, town="Cumberland", date="2015-12-14", killed=3)
    )[0]


@pytest.mark.parametrize("published", [None, "2015-12-14"])
def test_merge_no_date_never_joins_on_place_alone(published: str | None) -> None:
    dated = us_view(1, 1)
    undated = us_view(2, 2, date=None, published=published)
    assert not _joined(dated, undated)[0]
    assert not _joined(us_view(3, 3, date=None, published=published), undated)[0]
    cluster = Cluster(id=1, country="US")
    cluster.add(dated)
    value, why = score(undated, cluster)
    assert value < THRESHOLD and "no date of its own" in why


def test_merge_no_date_joins_on_the_victims_full_name() -> None:
    joined, why = _joined(
        us_view(1, 1, names=("Christopher Goodlow",)),
        us_view(2, 2, date=None, names=("Christopher Goodlow",)),
    )
    assert joined and "same victim name 'christopher goodlow'" in why


def test_merge_same_person_killed_outweighs_a_wrong_date() -> None:
    # A follow-up story dated by its own news (a suspension, a lawsuit) names the same dead.
    joined, why = _joined(
        us_view(1, 1, names=("Quintonio LeGrier", "Bettie Jones"), killed=2),
        us_view(2, 2, date="2016-02-16", names=("Quintonio LeGrier", "Bettie Jones"), killed=2),
    )
    assert joined and "dates disagree, but the same person killed" in why
    # an injured person may be hurt again another day
    assert not _joined(
        us_view(1, 1, names=("Ana Reyes",), fate="injured", killed=None),
        us_view(2, 2, date="2016-02-16", names=("Ana Reyes",), fate="injured", killed=None),
    )[0]


AGENCY = ("Marion County Sheriff's Office",)


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        (
            dict(names=("Jason Bryant",)),
            dict(names=("Jason Bryant",), admin1="US-OH"),
            "other state",
        ),
        (
            dict(units=AGENCY),
            dict(units=AGENCY, town="Cumberland", date="2015-12-13", killed=9),
            "killed 9 vs 1 far apart",
        ),
        (
            dict(names=("Christopher Goodlow",), units=AGENCY),
            dict(names=("Jason Bryant",), units=AGENCY, town="Cumberland", date="2015-12-13"),
            "different people named",
        ),
        (dict(units=AGENCY), dict(units=AGENCY, date="2015-12-15"), "dates cannot meet"),
    ],
)
def test_merge_contradictions_still_veto(
    first: dict[str, Any], second: dict[str, Any], why: str
) -> None:
    """A strong key (the same victim's name, the same agency) does not outweigh another state,
    counts far apart, other victims named, or dates three days apart."""
    index = Index()
    decisions = assign([us_view(1, 1, **first), us_view(2, 2, **second)], index)
    assert decisions[0].cluster_id != decisions[1].cluster_id
    assert why in score(us_view(2, 2, **second), index.clusters[decisions[0].cluster_id])[1]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Christine A. Lucas", "christine lucas"),
        ("Bruce Kelley Jr.", "bruce kelley"),
        ("José Ángel Pérez-Ruiz", "jose ruiz"),
        ("LeGrier", None),
    ],
)
def test_merge_name_key_is_first_and_last_name(name: str, key: str | None) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("unit", "key"),
    [
        ("Memphis Police Department", "memphis police department"),
        ("Cecil County Sheriff's Office", "cecil county sheriff office"),
        ("the sheriff's office", None),
        ("state police", None),
        ("shot by police", None),
        ("Coalition Against Police Violence", None),
    ],
)
def test_merge_agency_key_names_one_agency(unit: str, key: str | None) -> None:
    assert agency_key(unit) == key


def test_merge_strong_key_blocking_loses_no_match() -> None:
    rng = random.Random(5)
    people = [(), (), ("Jason Bryant",), ("Christopher Goodlow",), ("Ana Reyes", "Luis Mora")]
    mentions = [
        us_view(
            i, i,
            town=rng.choice([*COUNTY_TOWNS, None]),
            date=rng.choice([None, f"2015-12-{rng.randint(1, 28):02d}", f"2016-0{rng.randint(1, 6)}-10"]),
            names=rng.choice(people),
            killed=rng.choice([1, 2, None]),
            units=rng.choice([(), ("Marion County Sheriff's Office",), ("Fort Wayne Police",)]),
            admin1=rng.choice(["US-IN", "US-IN", "US-OH"]),
            published=rng.choice([None, "2016-01-05"]),
        )
        for i in range(1, 301)
    ]  # fmt: skip
    blocked = [(d.cluster_id, d.score) for d in assign(mentions, Index())]
    brute = [(d.cluster_id, d.score) for d in assign(mentions, _EveryCluster())]
    assert blocked == brute
    assert len({c for c, _ in blocked}) < 0.9 * len(mentions)


def test_merge_mentions_in_incidents_out() -> None:
    """The merge's whole interface: Mention records with where they came from in, Incident
    records out, numbered in the order the merge meets them, with their sources."""
    members = [
        Member(1, 1, 1, "2018-01-16", mention(date="2018-01-15", date_precision="day",
               country="VE", admin1="VE-M", place="El Junquito", killed={"low": 7, "best": 7})),
        Member(2, 2, 2, "2019-03-21", mention(date="2019-03-20", date_precision="day",
               country="VE", admin1="VE-V", place="Villa Bonita", killed={"low": 2, "best": 2})),
        Member(3, 3, 3, "2018-01-17", mention(date="2018-01-15", date_precision="day",
               country="VE", admin1="VE-M", place="El Junquito", killed={"low": 9, "best": 9},
               forces=[{"kind": "military"}])),
    ]  # fmt: skip
    junquito, zulia = merge(members)
    assert (junquito.id, zulia.id) == (1, 2)
    assert [s.mention_id for s in junquito.sources] == [1, 3] and junquito.n_sources == 2
    assert junquito.killed is not None and (junquito.killed.low, junquito.killed.high) == (7, 9)
    assert (junquito.force_main, zulia.place) == ("military", "Villa Bonita")


def test_merge_day_and_city_alone_do_not_join_a_report_silent_on_victims() -> None:
    """gvdb:4052: another Chicago police shooting on the day of the LeGrier shooting, its
    report naming and counting no one, joined it on the day, the city and "Chicago Police"
    (named after the city). A day and a city are every day's news in a big city."""
    named = us_view(1, 1, names=("Quintonio LeGrier", "Bettie Jones"), killed=2,
                    units=("Indianapolis Police",))  # fmt: skip
    silent = us_view(2, 2, killed=None, units=("Indianapolis Police",))
    assert not _joined(named, silent)[0]
    cluster = Cluster(id=1, country="US")
    cluster.add(named)
    assert (
        "only the day and the city in common, nothing of the victims" in score(silent, cluster)[1]
    )
    assert _joined(named, us_view(2, 2, killed=2, units=("Indianapolis Police",)))[0]


def test_merge_daily_reports_of_one_town_do_not_chain_into_one_incident() -> None:
    """A report a day from one town for a month, each of another event: each is a day from the
    one before and joins it, but an incident's days spread over ``MAX_SPAN`` days at most, so
    the month makes several short incidents, not one that takes every later report of the town
    (and is a candidate for each)."""
    first = date(2018, 1, 1)
    index = Index()
    days = 30
    assign(
        [
            view(i, i, date=(first + timedelta(days=i)).isoformat(), killed=1, published=None)
            for i in range(days)
        ],
        index,
    )
    spans = [c.days[1] - c.days[0] for c in index.clusters.values() if c.days]
    assert max(spans) <= MAX_SPAN
    assert len(index.clusters) >= days // (MAX_SPAN + 2)


def test_merge_follow_up_story_leaves_the_incident_on_its_day() -> None:
    """A story two months later naming the same dead joins the incident without moving it."""
    index = Index()
    original = view(1, 1, names=("Ana Pérez",), killed=1)
    follow_up = view(2, 2, date="2018-03-20", names=("Ana Pérez",), killed=1, published=None)
    decisions = assign([original, follow_up], index)
    assert decisions[0].cluster_id == decisions[1].cluster_id
    assert index.clusters[decisions[0].cluster_id].days == original.days


@pytest.mark.parametrize("others", [5, 200])
def test_merge_undated_mention_meets_a_count_in_its_town_only(others: int) -> None:
    """A mention with no date meets the incidents with its count of dead in its own town, not
    every incident of its state with that count: its candidates do not grow with the archive."""
    index = Index()
    first = date(2010, 1, 1)
    stored = [
        view(i, i, date=(first + timedelta(days=5 * i)).isoformat(), place=f"Sector {i}", killed=3)
        for i in range(1, others + 1)
    ]
    assign(stored, index)
    assert len(index.clusters) == others
    undated = view(
        others + 1, others + 1, date=None, precision="unknown", place="Sector 2", killed=3,
        published=None,
    )  # fmt: skip
    found = index.candidates(undated)
    assert [c.places for c in found] == [{"sector 2"}]
    joined = assign([undated], index)[0]
    assert "same count of dead (3)" in joined.explanation


@pytest.mark.parametrize("others", [5, 200])
def test_merge_victims_name_meets_incidents_of_its_state_only(others: int) -> None:
    """A common name meets the incidents of the mention's state (and of none), whatever their
    dates, not every incident of the country with that name: another state scores 0 anyway."""
    index = Index()
    first = date(2010, 1, 1)
    stored = [
        view(
            i, i, date=(first + timedelta(days=5 * i)).isoformat(), admin1=f"VE-{i}",
            names=("José Pérez",), killed=1,
        )
        for i in range(1, others + 1)
    ]  # fmt: skip
    assign(stored, index)
    later = view(others + 1, others + 1, date="2020-06-01", admin1="VE-2", names=("José Pérez",))
    assert [c.admin1s for c in index.candidates(later)] == [{"VE-2"}]
