"""Deciding which incident a mention belongs to: blocking, scoring, explanation.

Blocking: a mention is compared only with incidents of its country whose dates can overlap its
own (a date becomes an interval of days by its precision; a mention without a date borrows the
month before its report's publication) and, when it names a state, that are in its state or in
none. Candidates come from (country, state, week) buckets, so the work per mention is the handful
of incidents there, not every incident: merging n mentions costs O(n log n) with the sort.

Scoring: evidence for (same day, same place or city, shared victims' names, agreeing forces) and
against (another state, dates that cannot meet, other victims named, counts far apart, the same
report). A mention joins the best candidate scoring at least ``THRESHOLD``; the explanation lists
every piece of evidence, for the incident page.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from forcewatch.text import fold

THRESHOLD = 0.6
_SPAN = {"day": 0, "week": 7, "month": 31, "year": 366}


def _month_day(value: str | None) -> str | None:
    if value and value.startswith("--") and len(value) == 7:
        return value[2:]
    if value and len(value) == 10:
        return value[5:]
    return None


def day_interval(
    value: str | None, precision: str, published: str | None
) -> tuple[int, int] | None:
    """The days an event date can be, as ordinals; None when nothing bounds it."""
    if value and not value.startswith("--"):
        try:
            if precision == "year" or len(value) == 4:
                year = int(value[:4])
                return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
            if precision == "month" or len(value) == 7:
                first = date(int(value[:4]), int(value[5:7]), 1)
                last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(1)
                return first.toordinal(), last.toordinal()
            day = date.fromisoformat(value[:10]).toordinal()
            return day - _SPAN.get(precision, 0), day
        except ValueError:
            pass
    if published:
        try:
            day = date.fromisoformat(published[:10]).toordinal()
        except ValueError:
            return None
        if value and value.startswith("--"):  # "--01-15" in a report of 2018-01-16
            return day - 31, day
        return day - 31, day
    return None


@dataclass
class MentionView:
    """What the merge needs of one mention."""

    id: int
    document_id: int
    copy_of: int  # the original document for a syndicated copy, else the document itself
    country: str | None
    admin1: str | None
    place: str
    city: str
    days: tuple[int, int] | None
    exact_day: bool
    names: frozenset[str]
    killed: tuple[int, int] | None
    forces: frozenset[str]
    month_day: str | None = None  # "01-15" of a date whose year the report does not give

    @classmethod
    def of(
        cls,
        mention_id: int,
        document_id: int,
        copy_of: int | None,
        published: str | None,
        data: dict[str, Any],
    ) -> MentionView:
        killed = data.get("killed")
        kill_range = None
        if killed:
            values = [
                v
                for v in (killed.get("low"), killed.get("best"), killed.get("high"))
                if v is not None
            ]
            if values:
                kill_range = (min(values), max(values))
        return cls(
            id=mention_id,
            document_id=document_id,
            copy_of=copy_of or document_id,
            country=data.get("country"),
            admin1=data.get("admin1"),
            place=fold(data.get("place")),
            city=fold(data.get("city")),
            days=day_interval(data.get("date"), data.get("date_precision", "unknown"), published),
            exact_day=data.get("date_precision") == "day"
            and bool(data.get("date"))
            and not str(data.get("date")).startswith("--"),
            names=frozenset(
                fold(p["name"])
                for p in data.get("people", [])
                if p.get("name")
                and p.get("role") in ("victim", "target", "bystander", "protester")
                and p.get("fate") in ("killed", "injured")
            ),
            killed=kill_range,
            forces=frozenset(f["kind"] for f in data.get("forces", [])),
            month_day=_month_day(data.get("date")),
        )


@dataclass
class Cluster:
    """An incident as the merge sees it: the union of its mentions' evidence."""

    id: int
    country: str | None
    admin1s: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    cities: set[str] = field(default_factory=set)
    days: tuple[int, int] | None = None
    exact_days: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    killed: tuple[int, int] | None = None
    forces: set[str] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    copies: set[int] = field(default_factory=set)
    members: list[int] = field(default_factory=list)
    month_days: set[str] = field(default_factory=set)

    def add(self, m: MentionView) -> None:
        if m.admin1:
            self.admin1s.add(m.admin1)
        if m.place:
            self.places.add(m.place)
        if m.city:
            self.cities.add(m.city)
        if m.days:
            if self.days is None:
                self.days = m.days
            else:  # the narrowest interval both allow, or the union when they do not meet
                lo, hi = max(self.days[0], m.days[0]), min(self.days[1], m.days[1])
                self.days = (
                    (lo, hi)
                    if lo <= hi
                    else (min(self.days[0], m.days[0]), max(self.days[1], m.days[1]))
                )
            if m.exact_day:
                self.exact_days.add(m.days[1])
                if m.month_day:
                    self.month_days.add(m.month_day)
        self.names |= m.names
        if m.killed:
            self.killed = (
                m.killed
                if self.killed is None
                else (min(self.killed[0], m.killed[0]), max(self.killed[1], m.killed[1]))
            )
        self.forces |= m.forces
        self.documents.add(m.document_id)
        self.copies.add(m.copy_of)
        self.members.append(m.id)


def score(m: MentionView, c: Cluster) -> tuple[float, str]:
    """How likely the mention is about the cluster's incident, and why. 0 means never."""
    reasons: list[str] = []
    if m.document_id in c.documents:
        return 0.0, "same report"
    if m.copy_of in c.copies:
        return 1.0, "a near-copy (syndicated) of a report already in this incident"
    if m.country != c.country:
        return 0.0, "other country"
    if m.admin1 and c.admin1s and m.admin1 not in c.admin1s:
        return 0.0, f"other state ({m.admin1} vs {', '.join(sorted(c.admin1s))})"
    total = 0.0
    if m.days is None and m.month_day and m.month_day in c.month_days:
        total += 0.3
        reasons.append(f"same day of the year ({m.month_day}; the report gives no year)")
    if m.days and c.days:
        if m.days[0] > c.days[1] + 1 or c.days[0] > m.days[1] + 1:
            return 0.0, "dates cannot meet"
        if m.exact_day and m.days[1] in c.exact_days:
            total += 0.35
            reasons.append(f"same day {date.fromordinal(m.days[1]).isoformat()}")
        elif m.exact_day and c.exact_days and min(abs(m.days[1] - d) for d in c.exact_days) <= 1:
            total += 0.15
            reasons.append("dates a day apart")
        elif m.exact_day and c.exact_days:
            return 0.0, "different days"
        else:
            total += 0.1
            reasons.append("compatible dates")
    place_match = _place_match(m, c)
    if place_match:
        total += place_match[0]
        reasons.append(place_match[1])
    elif m.place and c.places and m.city and c.cities and m.city not in c.cities:
        total -= 0.2
        reasons.append(f"different places ({m.city} vs {', '.join(sorted(c.cities))})")
    if m.admin1 and m.admin1 in c.admin1s:
        total += 0.1
        reasons.append(f"same state {m.admin1}")
    if m.names and c.names:
        shared = _shared_names(m.names, c.names)
        if shared:
            total += 0.4
            reasons.append("shared names: " + ", ".join(sorted(shared)))
        elif _complete(m.names, m.killed) and _complete(c.names, c.killed):
            # Both name every victim, and not the same ones: other people, another incident.
            total -= 0.4
            reasons.append("different people named")
    if m.killed and c.killed:
        lo, hi = max(m.killed[0], c.killed[0]), min(m.killed[1], c.killed[1])
        if lo <= hi or _close(m.killed, c.killed):
            total += 0.05
            reasons.append(f"killed {_range(m.killed)} vs {_range(c.killed)} agree")
        else:
            total -= 0.3
            reasons.append(f"killed {_range(m.killed)} vs {_range(c.killed)} far apart")
    if m.forces and c.forces and m.forces & c.forces:
        total += 0.05
        reasons.append("same forces")
    return max(0.0, min(1.0, total)), "; ".join(reasons)


def _place_match(m: MentionView, c: Cluster) -> tuple[float, str] | None:
    best = 0.0
    for place in c.places:
        if m.place and place:
            best = max(best, fuzz.token_set_ratio(m.place, place, processor=default_process) / 100)
    if best >= 0.9:
        return 0.35, f"same place ({m.place})"
    if m.city and m.city in c.cities | c.places:
        return 0.25, f"same city ({m.city})"
    if m.place and m.place in c.cities:
        return 0.25, f"same city ({m.place})"
    return None


def _shared_names(a: Iterable[str], b: Iterable[str]) -> set[str]:
    shared = set()
    for x in a:
        for y in b:
            wx, wy = set(x.split()), set(y.split())
            if x == y or (len(wx & wy) >= 2) or (x in y or y in x):
                shared.add(x)
    return shared


def _complete(names: Iterable[str], killed: tuple[int, int] | None) -> bool:
    """The report names as many people as it counts dead (or counts none)."""
    return killed is None or len(set(names)) >= killed[0]


def _close(a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return hi - lo <= 3 or (lo > 0 and hi / lo <= 2)


def _range(r: tuple[int, int]) -> str:
    return str(r[0]) if r[0] == r[1] else f"{r[0]}-{r[1]}"


class Index:
    """Clusters by country, state and week, for blocking.

    A mention in a known state only meets clusters in that state or in no state yet (``score``
    turns the others down anyway), so dense weeks in big countries do not make every mention
    meet every cluster of the country."""

    WEEK = 7
    _ANY = "*"  # every cluster of the week, whatever its state
    _NONE = ""  # clusters with no state yet

    def __init__(self) -> None:
        self._weeks: dict[tuple[str | None, str, int], set[int]] = defaultdict(set)
        self._month_days: dict[tuple[str | None, str], set[int]] = defaultdict(set)
        self._undated: dict[str | None, set[int]] = defaultdict(set)
        self.clusters: dict[int, Cluster] = {}

    def add(self, cluster: Cluster) -> None:
        self.clusters[cluster.id] = cluster
        self._register(cluster)

    def _register(self, cluster: Cluster) -> None:
        for month_day in cluster.month_days:
            self._month_days[(cluster.country, month_day)].add(cluster.id)
        if cluster.days is None:
            self._undated[cluster.country].add(cluster.id)
            return
        states = [self._ANY, *(cluster.admin1s or [self._NONE])]
        for week in range(cluster.days[0] // self.WEEK, cluster.days[1] // self.WEEK + 1):
            for state in states:
                self._weeks[(cluster.country, state, week)].add(cluster.id)

    def update(self, cluster: Cluster) -> None:
        # intervals and states only grow or narrow inside old buckets: re-adding is enough
        # (a stale "no state" entry only adds a candidate that score() then turns down)
        self._register(cluster)

    def candidates(self, m: MentionView) -> list[Cluster]:
        ids: set[int] = set()
        if m.days is None:
            ids |= self._undated[m.country]
            if m.month_day:
                ids |= self._month_days.get((m.country, m.month_day), set())
        else:
            states = [m.admin1, self._NONE] if m.admin1 else [self._ANY]
            for week in range(m.days[0] // self.WEEK - 1, m.days[1] // self.WEEK + 2):
                for state in states:
                    ids |= self._weeks.get((m.country, state, week), set())
        return [self.clusters[i] for i in sorted(ids)]


@dataclass(frozen=True)
class Decision:
    mention_id: int
    cluster_id: int  # an existing incident id, or a negative id for a new incident
    score: float
    explanation: str


def assign(mentions: Iterable[MentionView], index: Index, next_id: int = -1) -> list[Decision]:
    """Assign mentions (in the given order) to clusters of ``index``, creating clusters as needed.

    New clusters get negative ids (-1, -2, ...) the caller replaces with database ids."""
    decisions: list[Decision] = []
    with _cyclic_gc_paused():
        for m in mentions:
            best = _best_candidate(m, index)
            if best is None:
                cluster = Cluster(id=next_id, country=m.country)
                next_id -= 1
                cluster.add(m)
                index.add(cluster)
                decisions.append(Decision(m.id, cluster.id, 1.0, "first report of this incident"))
            else:
                value, why, cluster = best
                cluster.add(m)
                index.update(cluster)
                decisions.append(Decision(m.id, cluster.id, round(value, 3), why))
    return decisions


def _best_candidate(m: MentionView, index: Index) -> tuple[float, str, Cluster] | None:
    """The candidate cluster scoring highest, at least ``THRESHOLD``, with its explanation."""
    best: tuple[float, str, Cluster] | None = None
    if m.country is not None:
        for cluster in index.candidates(m):
            value, why = score(m, cluster)
            if value >= THRESHOLD and (best is None or value > best[0]):
                best = (value, why, cluster)
    return best


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cycle collector while clusters pile up.

    The merge allocates no reference cycles (reference counting frees all it drops), but each
    full collection walks every live object, so with the collector on the loop slows as the
    index grows: 1.26 against 0.55 us per n log2 n at 100,000 mentions (benchmarks/scale.py)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
