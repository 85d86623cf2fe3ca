"""Deciding which incident a mention belongs to: blocking, scoring, explanation.

Blocking: a mention is compared only with incidents of its country whose dates can overlap its
own (a date becomes an interval of days by its precision; a mention without a date, or with only
a year, borrows the month before its report's publication: see ``merge_days``) and, when it
names a state, that are in its state or in none. Candidates come from (country, state, week) buckets, the weeks within ``APART`` days of
its own, so the work per mention is the handful of incidents there, not every incident: merging n
mentions costs O(n log n) with the sort. Strong keys add candidates whatever the dates: the same
victim's full name (a person is killed once), the same agency or unit, the same count of dead
(three or more) in the same state and town, and the original of a syndicated copy. An incident's
days only narrow, or spread over ``MAX_SPAN`` days at most (see ``_joined_bounds``), so that an
incident stays in the weeks of its event and a town's reports do not chain into one.

Scoring: evidence for (same day, a day or two apart, same place or city, neighbouring places,
shared victims' names, the same agency, agreeing counts and forces) and against (another state,
dates that cannot meet, other victims named, counts far apart, the same report). Two mentions a
day apart in neighbouring towns of one county are one incident when a strong key agrees. A
mention or incident with no date of its own never joins on place alone: it needs a strong key.
A mention joins the best candidate scoring at least ``THRESHOLD``; the explanation lists every
piece of evidence, for the incident page ("1 day apart; neighbouring places (cumberland ~
indianapolis, 17 km); same state US-IN; same victim name 'jason bryant'; ...").
"""

from __future__ import annotations

import gc
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from forcewatch.merge.assemble import Member
from forcewatch.text import fold

THRESHOLD = 0.6
# Stored incidents under one timeless key (a victim's name in a state, an agency, a count in a
# town, a day of the year) beyond which the key no longer picks an incident out: blocking on it
# would only grow with the archive ("block purging"). Such a key is not looked in; the mention
# still meets the incidents of its own weeks.
COMMON = 5
_SPAN = {"day": 0, "week": 7, "month": 31, "year": 366}
APART = 2  # the most days apart two reports of one incident may date it (with a strong key)
MAX_SPAN = 3  # days an incident's reports may spread over when their days do not meet
NEAR_KM = 30.0  # two towns this close are neighbours (one county's towns, a city's suburbs)
NEAR_COUNTY_KM = 60.0  # a place known only as a county (admin2, geo precision 3): its centroid
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# An agency is named by a place and a head ("Memphis Police Department", "Rising Sun Police");
# a unit made only of these words names no one agency ("the sheriff's office", "state police"),
# and one with "by" or "against" is a phrase, not a name ("shot by police").
_AGENCY_HEADS = frozenset({
    "police", "department", "office", "patrol", "bureau", "agency", "service", "guard", "force",
    "forces", "unit", "squad", "troopers", "constabulary", "marshals",
})  # fmt: skip
_GENERIC_AGENCY_WORDS = _AGENCY_HEADS | frozenset({
    "the", "a", "sheriff", "sheriffs", "s", "state", "county", "city", "local", "federal",
    "highway", "metropolitan", "municipal", "national", "public", "safety", "of", "and", "dept",
})  # fmt: skip
_NOT_NAME = re.compile(r"[^\w ]")


def name_key(name: str) -> str | None:
    """A person's full name as first and last word, folded ("Christine A. Lucas" and
    "Christine Lucas" -> "christine lucas"; "Bruce Kelley Jr." -> "bruce kelley"); None for a
    single word, which is no full name."""
    words = [w for w in _NOT_NAME.sub(" ", fold(name)).split() if w not in _SUFFIXES]
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else None


def agency_key(unit: str) -> str | None:
    """A force unit as written, folded, when it names one agency; else None."""
    words = _NOT_NAME.sub(" ", fold(unit)).split()
    if not words or words[-1] not in _AGENCY_HEADS or {"by", "against"} & set(words):
        return None
    if all(w in _GENERIC_AGENCY_WORDS for w in words):
        return None
    return " ".join(words)


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


def merge_days(value: str | None, precision: str, published: str | None) -> tuple[int, int] | None:
    """The days the merge files and scores a mention under: its date's ``day_interval``, but a
    date known only to its year is no date of its own.

    "In 2019" can be any of 365 days: as an interval it met every incident of its state that
    year, and at 10^6 mentions a year's last batch (where such dates sort) scored each of them
    against thousands. Such a mention is placed as an undated one is, in the month before its
    report, within its year (a report of that year); a report of another year places it
    nowhere, and it joins only by a strong key (a victim's name, an agency, a count in a town).
    Either way ``MentionView.dated`` is false: it never joins on place and time alone."""
    if value and not value.startswith("--") and (precision == "year" or len(value) == 4):
        try:
            year = int(value[:4])
            first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        except ValueError:
            return day_interval(None, "unknown", published)
        window = day_interval(None, "unknown", published)
        if window is None or window[1] < first or window[0] > last:
            return None
        return max(window[0], first), min(window[1], last)
    return day_interval(value, precision, published)


def year_only(value: str | None, precision: str) -> bool:
    """The date gives a year and nothing narrower."""
    return (
        bool(value)
        and not str(value).startswith("--")
        and (precision == "year" or len(str(value)) == 4)
    )


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
    dated: bool = False  # the report gives a date narrower than a year (see merge_days)
    name_keys: frozenset[str] = frozenset()  # full names of the victims, see name_key
    killed_keys: frozenset[str] = frozenset()  # those of them killed
    units: frozenset[str] = frozenset()  # agencies and units as written, folded
    point: tuple[float, float, int] | None = None  # lat, lon, geo precision (town or county)
    killed_exact: int | None = None  # a count of dead the report commits to, 3 or more

    @classmethod
    def of(cls, member: Member) -> MentionView:
        mention = member.mention
        killed = mention.killed
        kill_range = None
        if killed:
            values = [v for v in (killed.low, killed.best, killed.high) if v is not None]
            if values:
                kill_range = (min(values), max(values))
        victims = [
            p
            for p in mention.people
            if p.name
            and p.role in ("victim", "target", "bystander", "protester")
            and p.fate in ("killed", "injured")
        ]
        keys = {p.name: name_key(p.name) for p in victims}
        lat, lon, precision = mention.lat, mention.lon, mention.geo_precision
        dated = (
            bool(mention.date)
            and not str(mention.date).startswith("--")
            and not year_only(mention.date, mention.date_precision)
        )
        return cls(
            id=member.mention_id,
            document_id=member.document_id,
            copy_of=member.copy_of or member.document_id,
            country=mention.country,
            admin1=mention.admin1,
            place=fold(mention.place),
            city=fold(mention.city),
            days=merge_days(mention.date, mention.date_precision, member.published),
            exact_day=mention.date_precision == "day" and dated,
            names=frozenset(fold(p.name) for p in victims),
            killed=kill_range,
            forces=frozenset(f.kind for f in mention.forces),
            month_day=_month_day(mention.date),
            dated=dated,
            name_keys=frozenset(k for k in keys.values() if k),
            killed_keys=frozenset(k for p in victims if p.fate == "killed" and (k := keys[p.name])),
            units=frozenset(k for f in mention.forces if f.unit and (k := agency_key(f.unit))),
            point=(
                (float(lat), float(lon), int(precision))
                if lat is not None and lon is not None and precision is not None and precision <= 3
                else None
            ),
            killed_exact=(
                kill_range[0] if kill_range and kill_range[0] == kill_range[1] >= 3 else None
            ),
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
    dated: bool = False
    bounds: tuple[int, int] | None = None  # see _joined_bounds; ``days`` is what they span
    # strong keys, mostly empty: the shared empty frozenset costs no memory per incident
    name_keys: frozenset[str] = frozenset()
    killed_keys: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    points: frozenset[tuple[float, float, int]] = frozenset()
    killed_exact: frozenset[int] = frozenset()

    def add(self, m: MentionView) -> None:
        if m.admin1:
            self.admin1s.add(m.admin1)
        if m.place:
            self.places.add(m.place)
        if m.city:
            self.cities.add(m.city)
        if m.days:
            self.bounds = m.days if self.bounds is None else _joined_bounds(self.bounds, m.days)
            self.days = (min(self.bounds), max(self.bounds))
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
        self.dated |= m.dated
        if m.name_keys:
            self.name_keys |= m.name_keys
            self.killed_keys |= m.killed_keys
        if m.units:
            self.units |= m.units
        if m.point:
            self.points |= {m.point}
        if m.killed_exact:
            self.killed_exact |= {m.killed_exact}
        self.documents.add(m.document_id)
        self.copies.add(m.copy_of)
        self.members.append(m.id)


def _joined_bounds(held: tuple[int, int], new: tuple[int, int]) -> tuple[int, int]:
    """The latest first day and the earliest last day of an incident's reports' intervals, once
    one more joins, unless they would then lie more than ``MAX_SPAN`` days apart: that report
    (the same person killed, on a date a follow-up story gives) leaves the incident's days as
    they were.

    While the reports' intervals all meet, the incident's days are where they meet; when they
    do not (a day or two apart), the days between the two bounds. Either way they only narrow
    or spread, never drift: when the newest report narrowed the incident to its own day and the
    next report a day later spread it again, a town's news chained into one incident week after
    week, filed under ever more weeks and a candidate for every later mention there (10^6
    synthetic mentions: 855 reports in one incident, and the merge slowing as it grew)."""
    start, end = max(held[0], new[0]), min(held[1], new[1])
    return (start, end) if start - end <= MAX_SPAN else held


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
    keys = _strong_keys(m, c)
    same_person = sorted(m.killed_keys & c.killed_keys)
    total = 0.0
    if m.days is None and m.month_day and m.month_day in c.month_days:
        total += 0.3
        reasons.append(f"same day of the year ({m.month_day}; the report gives no year)")
    if m.days and c.days:
        gap = max(m.days[0] - c.days[1], c.days[0] - m.days[1], 0)
        apart = _days_apart(m, c)
        slack = APART if keys else 1  # "over the weekend": a day or two apart, with a strong key
        if gap > slack or (apart is not None and apart > slack):
            if not same_person:
                return 0.0, "dates cannot meet" if gap > slack else "different days"
            # A person is killed once: one of the dates is a report's error or a later event's.
            total -= 0.1
            reasons.append(f"dates disagree, but the same person killed ({same_person[0]!r})")
        elif apart == 0:
            total += 0.35
            reasons.append(f"same day {date.fromordinal(m.days[1]).isoformat()}")
        elif apart is not None:
            total += 0.15 if apart == 1 else 0.1
            reasons.append(f"{apart} day{'s' if apart > 1 else ''} apart")
        else:
            total += 0.1
            reasons.append("compatible dates" if gap <= 1 else f"{gap} days apart")
    place_match = _place_match(m, c, near=bool(keys))
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
            full = sorted(m.name_keys & c.name_keys)
            reasons.append(
                "same victim name " + ", ".join(repr(k) for k in full)
                if full
                else "shared names: " + ", ".join(sorted(shared))
            )
        elif _complete(m.names, m.killed) and _complete(c.names, c.killed):
            # Both name every victim, and not the same ones: other people, another incident.
            total -= 0.4
            reasons.append("different people named")
    if m.killed and c.killed:
        lo, hi = max(m.killed[0], c.killed[0]), min(m.killed[1], c.killed[1])
        if lo <= hi or _close(m.killed, c.killed):
            total += 0.05
            reasons.append(f"killed {_range(m.killed)} vs {_range(c.killed)} agree")
            if any(k.startswith("count ") for k in keys):
                total += 0.1
                reasons.append(f"same count of dead ({m.killed_exact})")
        else:
            total -= 0.3
            reasons.append(f"killed {_range(m.killed)} vs {_range(c.killed)} far apart")
    units = sorted(m.units & c.units)
    if units:
        total += 0.15
        reasons.append(f"same agency {units[0]!r}")
    if m.forces and c.forces and m.forces & c.forces:
        total += 0.05
        reasons.append("same forces")
    if not (m.dated and c.dated) and not keys and m.month_day not in c.month_days:
        # No date of its own on one side: a place (and a count of one) is every week's news.
        total = min(total, THRESHOLD - 0.1)
        reasons.append("no date of its own and no shared name, agency or count: not joined")
    elif place_match and _city_only(m, c, place_match[1]) and _silent_on_victims(m, c):
        # A day and a city are every day's news in a big city, and its police department is
        # named after it: with nothing of the victims to compare, nothing says it is this event.
        total = min(total, THRESHOLD - 0.1)
        reasons.append("only the day and the city in common, nothing of the victims: not joined")
    return max(0.0, min(1.0, total)), "; ".join(reasons)


def _city_only(m: MentionView, c: Cluster, why: str) -> bool:
    """The places agree on the city and nothing narrower (a street, a neighbourhood, a town)."""
    if why.startswith("same city"):
        return True
    return why.startswith("same place") and (m.place == m.city or m.place in c.cities)


def _silent_on_victims(m: MentionView, c: Cluster) -> bool:
    """One side neither counts nor names anyone harmed."""
    return not (m.killed or m.names) or not (c.killed or c.names)


def _days_apart(m: MentionView, c: Cluster) -> int | None:
    """Days between the mention's exact day and the incident's nearest exact day, when both
    have one."""
    if not (m.exact_day and m.days and c.exact_days):
        return None
    return min(abs(m.days[1] - d) for d in c.exact_days)


def _strong_keys(m: MentionView, c: Cluster) -> list[str]:
    """What ties the mention to the incident beyond time and place: the same victim's full
    name, the same agency or unit, the same count of three or more dead in the same town."""
    keys = [f"name {k}" for k in sorted(m.name_keys & c.name_keys)]
    keys += [f"unit {u}" for u in sorted(m.units & c.units)]
    if (
        m.killed_exact
        and m.killed_exact in c.killed_exact
        and m.admin1
        and m.admin1 in c.admin1s
        and ((m.city and m.city in c.cities) or (m.place and m.place in c.places))
    ):
        # Three or more dead, the same figure, in the same town: two or one dead are every
        # week's news in a big city, and a figure alone says nothing of where.
        keys.append(f"count {m.killed_exact}")
    return keys


def _place_match(m: MentionView, c: Cluster, *, near: bool) -> tuple[float, str] | None:
    """Same place, same city, or (``near``: when a strong key agrees) neighbouring places.

    Neighbouring towns alone are no evidence: a metropolitan area has several police operations
    on one day (Maré in Rio and São Gonçalo, 16 km apart)."""
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
    nearest = _nearest(m, c) if near else None
    if nearest is not None:
        km, other = nearest
        return 0.2, f"neighbouring places ({m.city or m.place} ~ {other}, {km:.0f} km)"
    return None


def _nearest(m: MentionView, c: Cluster) -> tuple[float, str] | None:
    """The incident's nearest place within a neighbour's distance of the mention's: towns
    within ``NEAR_KM``, or a county (admin2) and a town within ``NEAR_COUNTY_KM`` of its
    centroid."""
    if m.point is None:
        return None
    best: tuple[float, str] | None = None
    for point in c.points:
        km = _km(m.point, point)
        limit = NEAR_COUNTY_KM if max(m.point[2], point[2]) >= 3 else NEAR_KM
        if km <= limit and (best is None or km < best[0]):
            best = (km, ", ".join(sorted(c.cities | c.places)[:2]))
    return best


def _km(a: tuple[float, float, int], b: tuple[float, float, int]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


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
    """Counts a report's uncertainty can join; "nobody died" is no other count's neighbour."""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    if lo == 0 and hi > 0:
        return False
    return hi - lo <= 3 or (lo > 0 and hi / lo <= 2)


def _range(r: tuple[int, int]) -> str:
    return str(r[0]) if r[0] == r[1] else f"{r[0]}-{r[1]}"


class Index:
    """Clusters by country, state and week, and by strong keys, for blocking.

    A mention in a known state only meets clusters in that state or in no state yet (``score``
    turns the others down anyway), so dense weeks in big countries do not make every mention
    meet every cluster of the country. Whatever the dates, a mention also meets the clusters
    that share a victim's full name with it (a person is killed once), the one holding the
    original of a syndicated copy, and, when one side has no date at all, the clusters with
    its agency or its count of dead in its town: the only ways ``score`` lets such pairs join.
    """

    WEEK = 7
    _ANY = "*"  # every cluster of the week, whatever its state
    _NONE = ""  # clusters with no state yet

    def __init__(self) -> None:
        self._weeks: dict[tuple[str | None, str, int], set[int]] = defaultdict(set)
        self._month_days: dict[tuple[str | None, str], set[int]] = defaultdict(set)
        self._names: dict[tuple[str | None, str, str], set[int]] = defaultdict(set)
        self._copies: dict[int, list[int]] = {}  # document -> the clusters holding it
        self._keys: dict[tuple[str | None, str], set[int]] = defaultdict(set)
        self._undated_keys: dict[tuple[str | None, str], set[int]] = defaultdict(set)
        self.clusters: dict[int, Cluster] = {}

    def add(self, cluster: Cluster) -> None:
        self.clusters[cluster.id] = cluster
        self._register(cluster)

    @staticmethod
    def _other_keys(
        admin1s: Iterable[str], places: Iterable[str], units: Iterable[str], counts: Iterable[int]
    ) -> list[str]:
        """Agencies, and counts of dead in a state's town: a count meets only where
        ``_strong_keys`` can count it, in the same town, not among every incident of the state
        with that count, ever (a number that grows with the archive)."""
        keys = [f"unit:{u}" for u in units]
        if counts:
            keys += [f"count:{a}:{p}:{n}" for a in admin1s for p in places for n in counts]
        return keys

    @classmethod
    def _cluster_keys(cls, cluster: Cluster) -> list[str]:
        places = cluster.cities | cluster.places
        return cls._other_keys(cluster.admin1s, places, cluster.units, cluster.killed_exact)

    @classmethod
    def _mention_keys(cls, m: MentionView) -> list[str]:
        admin1s = [m.admin1] if m.admin1 else []
        places = {p for p in (m.city, m.place) if p}
        counts = [m.killed_exact] if m.killed_exact else []
        return cls._other_keys(admin1s, places, m.units, counts)

    def _register(self, cluster: Cluster) -> None:
        for month_day in cluster.month_days:
            self._month_days[(cluster.country, month_day)].add(cluster.id)
        for key in cluster.name_keys:
            for state in self._filed_states(cluster):
                self._names[(cluster.country, state, key)].add(cluster.id)
        for copy in cluster.copies:
            holders = self._copies.setdefault(copy, [])
            if cluster.id not in holders:
                holders.append(cluster.id)
        for key in self._cluster_keys(cluster):
            self._keys[(cluster.country, key)].add(cluster.id)
            if cluster.days is None:
                self._undated_keys[(cluster.country, key)].add(cluster.id)
        if cluster.days is None:
            return
        states = self._filed_states(cluster)
        for week in range(cluster.days[0] // self.WEEK, cluster.days[1] // self.WEEK + 1):
            for state in states:
                self._weeks[(cluster.country, state, week)].add(cluster.id)

    def update(self, cluster: Cluster) -> None:
        # intervals and states only grow or narrow inside old buckets: re-adding is enough
        # (a stale "no state" or "no date" entry only adds a candidate score() turns down)
        self._register(cluster)

    @classmethod
    def _filed_states(cls, cluster: Cluster) -> list[str]:
        """A cluster is filed under every state it is in, or none, and any."""
        return [cls._ANY, *(cluster.admin1s or [cls._NONE])]

    @classmethod
    def _states_of(cls, m: MentionView) -> list[str]:
        """A mention in a state meets the clusters of its state and of none (``score`` turns the
        others down); one in no state, every cluster. The same for victims' names: a common
        name's incidents of the whole country, every year, grew with the archive (at 10^6
        synthetic mentions a named report met ~10 incidents of other states to load and score)."""
        return [m.admin1, cls._NONE] if m.admin1 else [cls._ANY]

    @classmethod
    def _weeks_near(cls, days: tuple[int, int]) -> range:
        """The weeks of incidents whose days can come within ``APART`` of these: a day's report
        looks in one or two weeks, not the three around it (other dates than these score 0,
        but for the same person killed, whom the name keys find)."""
        return range((days[0] - APART) // cls.WEEK, (days[1] + APART) // cls.WEEK + 1)

    def candidates(self, m: MentionView) -> list[Cluster]:
        ids: set[int] = set(self._copies.get(m.copy_of, ()) if m.copy_of != m.document_id else ())
        common = self.common_keys(m)
        for key in m.name_keys:
            for state in self._states_of(m):
                if ("n", m.country, state, key) not in common:
                    ids |= self._names.get((m.country, state, key), set())
        kind, others = ("k", self._keys) if m.days is None else ("u", self._undated_keys)
        for key in self._mention_keys(m):
            if (kind, m.country, key) not in common:
                ids |= others.get((m.country, key), set())
        if m.days is None:
            if m.month_day and ("d", m.country, m.month_day) not in common:
                ids |= self._month_days.get((m.country, m.month_day), set())
        else:
            states = self._states_of(m)
            for week in self._weeks_near(m.days):
                for state in states:
                    ids |= self._weeks.get((m.country, state, week), set())
        return [self.clusters[i] for i in sorted(ids)]

    def common_keys(self, m: MentionView) -> frozenset[tuple[object, ...]]:
        """Keys of ``looks_in(m)`` too common to block on (none here; see ``TIMELESS``)."""
        return frozenset()

    # The same buckets as keys a database can index (``incident_keys``): a cluster is filed
    # under ``filed_under(cluster)``, a mention looks in ``looks_in(m)``, and the clusters
    # sharing a key with the mention are the ones ``candidates`` gives.

    @classmethod
    def filed_under(cls, cluster: Cluster) -> set[tuple[object, ...]]:
        country = cluster.country
        keys: set[tuple[object, ...]] = {("d", country, md) for md in cluster.month_days}
        states = cls._filed_states(cluster)
        keys |= {("n", country, state, key) for key in cluster.name_keys for state in states}
        keys |= {("c", copy) for copy in cluster.copies}
        for key in cls._cluster_keys(cluster):
            keys.add(("k", country, key))
            if cluster.days is None:
                keys.add(("u", country, key))
        if cluster.days is not None:
            for week in range(cluster.days[0] // cls.WEEK, cluster.days[1] // cls.WEEK + 1):
                keys |= {("w", country, state, week) for state in states}
        return keys

    # Keys with no time in them: the clusters under one only grow with the archive.
    TIMELESS = frozenset("nkud")

    @classmethod
    def looks_in(cls, m: MentionView) -> set[tuple[object, ...]]:
        country = m.country
        keys: set[tuple[object, ...]] = set()
        if m.copy_of != m.document_id:
            keys.add(("c", m.copy_of))
        keys |= {("n", country, state, key) for key in m.name_keys for state in cls._states_of(m)}
        kind = "k" if m.days is None else "u"
        keys |= {(kind, country, key) for key in cls._mention_keys(m)}
        if m.days is None:
            if m.month_day:
                keys.add(("d", country, m.month_day))
        else:
            states = cls._states_of(m)
            for week in cls._weeks_near(m.days):
                keys |= {("w", country, state, week) for state in states}
        return keys


@dataclass(frozen=True)
class Decision:
    mention_id: int
    cluster_id: int  # an existing incident id, or a negative id for a new incident
    score: float
    explanation: str


def merge_order(view: MentionView) -> tuple[int, int]:
    """The order mentions are merged in: earliest event first (the last day it can be; no date
    at all last), then the order reports arrived. The same input, the same result."""
    return (view.days[1] if view.days else UNDATED, view.id)


UNDATED = 10**9  # merge_order's day for a mention nothing dates


def assign(
    mentions: Iterable[MentionView], index: Index, new_ids: Iterator[int] | None = None
) -> list[Decision]:
    """Assign mentions (in the given order) to clusters of ``index``, creating clusters as needed.

    New clusters take their ids from ``new_ids`` (by default -1, -2, ...: the caller replaces
    them with database ids). Between candidates that score the same, the lowest id wins."""
    ids = new_ids if new_ids is not None else itertools.count(-1, -1)
    decisions: list[Decision] = []
    with _cyclic_gc_paused():
        for m in mentions:
            best = _best_candidate(m, index)
            if best is None:
                cluster = Cluster(id=next(ids), country=m.country)
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
