"""Mentions -> incidents, in the database: incremental, in batches, candidates by index.

A run links the mentions that have no incident yet; links already made stay as they are, so
running merge twice changes nothing the second time. New mentions are met against the stored
incidents through their blocking keys (``incident_keys``: country, state and week, victims' full
names, agencies, reports; see ``match.Index``), never by loading every incident:

1. the unlinked mentions' ids, in merge order (earliest event first), are read once (a few
   small columns; 8 bytes a mention kept);
2. each batch of ``batch`` mentions is one transaction: its mentions are read whole, their keys
   looked up, the incidents found there loaded with their mentions, the batch assigned, and the
   new links, the changed incidents (computed values under the analysts' edits) and their new
   keys written.

Memory is that of one batch and the incidents it meets, whatever the number of mentions.
``rebuild=True`` forgets the automatic links and merges everything again, keeping what analysts
did: manual links (joins and splits), status, edited fields, incidents with a history; an
incident keeps the id of the one most of its first mentions were in.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import itertools
import time
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy
from sqlalchemy import Insert, bindparam, delete, exists, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from forcewatch.merge.assemble import Member, canonical
from forcewatch.merge.match import (
    COMMON,
    Cluster,
    Index,
    MentionView,
    assign,
    merge_days,
    merge_order,
)
from forcewatch.store import Store, models
from forcewatch.store.models import utcnow
from forcewatch.store.rows import incident_values, mention_record, with_edits

__all__ = ["BATCH", "MergeSummary", "recompute", "run_merge"]

BATCH = 10_000  # mentions a transaction: memory ~ a batch and the incidents it meets
_CHUNK = 2000  # ids in one IN (...) list
_STREAM = 5000  # rows a fetch of a long read (20,000 held ~20 MB in the driver and SQLAlchemy)
_T = TypeVar("_T")
_NEW = 1 << 50  # ids of clusters made in this batch, in the order made, until they are stored


@dataclass(frozen=True)
class MergeSummary:
    mentions: int
    joined: int
    new_incidents: int
    incidents: int
    seconds: float


_ROW = (
    models.Mention.id,
    models.Mention.document_id,
    models.Document.duplicate_of,
    models.Document.published,
    models.Mention.data,
)


def run_merge(store: Store, *, rebuild: bool = False, batch: int = BATCH) -> MergeSummary:
    start = time.perf_counter()
    previous = _Previous()
    kept: list[int] = []
    if rebuild:
        with store.session(write=True) as s:
            previous, kept = _forget(s)
    with store.session(write=True) as s:
        _file_unfiled(s)
    order = _pending(store)
    totals = Counter[str]()
    cache: dict[int, _Stored] = {}  # the incidents the last batch met, as it left them
    enabled = gc.isenabled()
    gc.disable()  # see match._cyclic_gc_paused; what a batch leaves is collected after it
    try:
        for number, part in enumerate(range(0, len(order), batch)):
            with store.session(write=True) as s:
                totals.update(_merge_batch(s, order[part : part + batch], previous, cache))
            gc.collect(2 if number % 20 == 19 else 1)
    finally:
        if enabled:
            gc.enable()
    if kept:
        with store.session(write=True) as s:
            recompute(s, set(kept))
    with store.session() as s:
        total = s.scalar(select(func.count()).select_from(models.Incident)) or 0
    return MergeSummary(
        mentions=totals["mentions"],
        joined=totals["joined"],
        new_incidents=totals["new"],
        incidents=total,
        seconds=time.perf_counter() - start,
    )


# ---- the mentions to merge, in merge order --------------------------------------------------

_ID_BITS = 41  # and 22 bits of day (date.max is day 3,652,059): 63, a signed 64-bit int
_LAST_DAY = (1 << 22) - 1


def _pending(store: Store) -> array[int]:
    """Unlinked incident mentions' ids in merge order (8 bytes a mention). The order is computed
    from the date columns alone (not the records), packed as day << 41 | id in one int each."""
    keys = array("q")
    query = (
        select(
            models.Mention.id,
            models.Mention.date,
            models.Mention.date_precision,
            models.Document.published,
        )
        .join(models.Document, models.Document.id == models.Mention.document_id)
        .outerjoin(models.IncidentLink, models.IncidentLink.mention_id == models.Mention.id)
        .where(models.Mention.kind == "incident", models.IncidentLink.mention_id.is_(None))
    )
    with store.session() as s:
        for mention_id, value, precision, published in s.execute(
            query.execution_options(yield_per=_STREAM)
        ):
            days = merge_days(value, precision or "unknown", published)
            day = min(max(days[1], 0), _LAST_DAY) if days else _LAST_DAY  # undated last
            keys.append(day << _ID_BITS | mention_id)
    # sorted and masked in place, as 8-byte integers: sorted() made a Python int of each and
    # a list (44 MB at 10^6 mentions, beside the 8 MB of the array)
    packed = numpy.frombuffer(keys, dtype=numpy.int64)
    packed.sort()
    packed &= (1 << _ID_BITS) - 1
    del packed  # the array can be resized again
    return keys


# ---- blocking keys in the database ------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)  # neighbouring mentions share most of their week keys
def key_hash(key: tuple[object, ...]) -> int:
    """A blocking key as a signed 64-bit integer (a collision only adds a candidate)."""
    digest = hashlib.blake2b("\x1f".join(map(str, key)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _keys_of(cluster: Cluster) -> set[int]:
    return {key_hash(k) for k in Index.filed_under(cluster)}


def _insert_ignoring(s: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    dialect = s.get_bind().dialect.name
    make = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement: Insert = make(table).on_conflict_do_nothing()
    for part in range(0, len(rows), 10_000):
        s.connection().execute(statement, rows[part : part + 10_000])


def _file(s: Session, keys: dict[int, set[int]]) -> None:
    """File incidents under these keys (those already filed are skipped)."""
    rows = [{"key": k, "incident_id": i} for i, ks in keys.items() for k in sorted(ks)]
    _insert_ignoring(s, models.IncidentKey, rows)


def _file_unfiled(s: Session) -> None:
    """Keys for incidents that have mentions but no keys: a database from before keys (once),
    what a rebuild kept."""
    unfiled = select(models.Incident.id).where(
        ~exists().where(models.IncidentKey.incident_id == models.Incident.id),
        exists().where(models.IncidentLink.incident_id == models.Incident.id),
    )
    ids = list(s.scalars(unfiled.order_by(models.Incident.id)))
    for part in _chunks(ids, _CHUNK):
        loaded = _load(s, part)
        _file(s, {i: _keys_of(c.cluster) for i, c in loaded.items()})


# ---- one batch --------------------------------------------------------------------------------


@dataclass
class _Stored:
    """A stored incident the batch met: its cluster, mentions and what analysts did to it.

    ``members`` (the mentions' whole records) is None until the batch changes the incident:
    most incidents a batch meets are only scored, and their records were most of a batch's
    memory (at 10^6 mentions, ~40,000 incidents met by a batch of 5,000)."""

    cluster: Cluster
    members: list[Member] | None
    keys: set[int]
    edited: dict[str, Any]
    version: int


class _Batch(Index):
    """The batch's index, plus the stored incidents each mention's keys found, less the keys
    too common to block on."""

    def __init__(
        self, found: dict[int, set[int]], common: dict[int, frozenset[tuple[object, ...]]]
    ) -> None:
        super().__init__()
        self._found = found
        self._common = common

    def common_keys(self, m: MentionView) -> frozenset[tuple[object, ...]]:
        return self._common.get(m.id, frozenset())

    def candidates(self, m: MentionView) -> list[Cluster]:
        near = super().candidates(m)
        extra = self._found.get(m.id)
        if not extra:
            return near
        ids = {c.id for c in near} | extra
        return [self.clusters[i] for i in sorted(ids)]


def _merge_batch(
    s: Session, ids: Sequence[int], previous: _Previous, cache: dict[int, _Stored]
) -> Counter[str]:
    members: dict[int, Member] = {}
    for part in _chunks(ids, _CHUNK):
        rows = s.execute(
            select(*_ROW)
            .join(models.Document, models.Document.id == models.Mention.document_id)
            .outerjoin(models.IncidentLink, models.IncidentLink.mention_id == models.Mention.id)
            .where(models.Mention.id.in_(part), models.IncidentLink.mention_id.is_(None))
        )
        for mention_id, document_id, copy_of, published, data in rows:
            member = Member(
                mention_id, document_id, copy_of or document_id, published, mention_record(data)
            )
            members[mention_id] = member
    views = sorted((MentionView.of(m) for m in members.values()), key=merge_order)
    if not views:
        return Counter()

    # the stored incidents filed under the keys the mentions look in
    looks = {v.id: {k: key_hash(k) for k in Index.looks_in(v)} for v in views}
    holders: dict[int, set[int]] = defaultdict(set)
    hashes = {h for keys in looks.values() for h in keys.values()}
    for part in _chunks(sorted(hashes), _CHUNK):
        for key, incident_id in s.execute(
            select(models.IncidentKey.key, models.IncidentKey.incident_id).where(
                models.IncidentKey.key.in_(part)
            )
        ):
            holders[key].add(incident_id)
    found, common = _found(looks, holders)
    wanted = sorted(set().union(*found.values()))
    _still_current(s, cache)
    stored = {i: cache[i] for i in wanted if i in cache}
    stored.update(_load(s, [i for i in wanted if i not in cache], members=False))
    index = _Batch(found, common)
    for incident in stored.values():
        index.add(incident.cluster)

    decisions = assign(views, index, itertools.count(_NEW))
    joined: dict[int, list[Member]] = defaultdict(list)
    for d in decisions:
        joined[d.cluster_id].append(members[d.mention_id])
    _load_members(s, [stored[c] for c in joined if c in stored and stored[c].members is None])
    real = _new_ids(s, [c for c in joined if c >= _NEW], joined, previous)
    made = {real[c] for c in joined if c >= _NEW}

    # incidents: the new ones inserted, the changed ones updated under their edits
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for cluster_id, added in joined.items():
        incident_id = real.get(cluster_id, cluster_id)
        old = stored.get(cluster_id)
        everyone = sorted([*(old.members or [] if old else []), *added], key=lambda m: m.mention_id)
        values = incident_values(canonical(everyone, incident_id=incident_id))
        if old is None:
            inserts.append({"id": incident_id, "status": "unreviewed", "edited": {}, **values})
        else:
            values = with_edits(values, old.edited)
            updates.append(
                {"_id": incident_id, "_version": old.version}
                | {f"v_{k}": v for k, v in values.items()}
            )
    now = utcnow()
    connection = s.connection()  # Core, not the ORM's bulk path: rows, not objects
    if inserts:
        connection.execute(insert(models.Incident), [{**row, "updated_at": now} for row in inserts])
    connection.execute(
        insert(models.IncidentLink),
        [
            {
                "mention_id": d.mention_id,
                "incident_id": real.get(d.cluster_id, d.cluster_id),
                "score": d.score,
                "explanation": d.explanation,
                "method": "auto",
            }
            for d in decisions
        ],
    )
    if updates:
        _update(s, updates, now)
    new_keys: dict[int, set[int]] = {}
    cache.clear()
    cache.update(stored)
    for cluster_id in joined:
        incident_id = real.get(cluster_id, cluster_id)
        cluster = index.clusters[cluster_id]
        cluster.id = incident_id
        keys = _keys_of(cluster)
        old = stored.get(cluster_id)
        new_keys[incident_id] = keys - old.keys if old else keys
        cache[incident_id] = _Stored(
            cluster=cluster,
            members=None,  # loaded again if a later batch changes it
            keys=keys,
            edited=old.edited if old else {},
            version=old.version + 1 if old else 1,
        )
    _file(s, new_keys)
    return Counter(
        mentions=len(decisions),
        joined=sum(1 for d in decisions if d.explanation != "first report of this incident"),
        new=len(made),
    )


def _found(
    looks: dict[int, dict[tuple[object, ...], int]], holders: dict[int, set[int]]
) -> tuple[dict[int, set[int]], dict[int, frozenset[tuple[object, ...]]]]:
    """Per mention, the stored incidents under the keys it looks in, and the timeless keys it
    does not look in because more than ``COMMON`` incidents are filed there."""
    found: dict[int, set[int]] = {}
    common: dict[int, frozenset[tuple[object, ...]]] = {}
    for mention_id, keys in looks.items():
        near: set[int] = set()
        skipped = []
        for key, hashed in keys.items():
            held = holders.get(hashed)
            if not held:
                continue
            if key[0] in Index.TIMELESS and len(held) > COMMON:
                skipped.append(key)
            else:
                near |= held
        found[mention_id] = near
        if skipped:
            common[mention_id] = frozenset(skipped)
    return found, common


def _still_current(s: Session, cache: dict[int, _Stored]) -> None:
    """Drop from the cache the incidents changed (an analyst's join, split or edit) or deleted
    since the last batch wrote them."""
    versions: dict[int, int] = {}
    for part in _chunks(sorted(cache), _CHUNK):
        versions.update(
            (incident_id, version)
            for incident_id, version in s.execute(
                select(models.Incident.id, models.Incident.version).where(
                    models.Incident.id.in_(part)
                )
            )
        )
    for incident_id in [i for i, c in cache.items() if versions.get(i) != c.version]:
        del cache[incident_id]


def _update(s: Session, updates: list[dict[str, Any]], now: Any) -> None:
    """Computed values of stored incidents, each only if still at the version read (an analyst
    who saved in between wins: that incident is recomputed from what is stored now)."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in updates:  # the same columns but for edited ones that are not computed (notes)
        by_columns[tuple(sorted(row))].append(row)
    for names, rows in by_columns.items():
        columns = [c.removeprefix("v_") for c in names if c.startswith("v_")]
        statement = (
            update(models.Incident)
            .where(
                models.Incident.id == bindparam("_id"),
                models.Incident.version == bindparam("_version"),
            )
            .values(
                {c: bindparam(f"v_{c}") for c in columns}
                | {"updated_at": now, "version": models.Incident.version + 1}
            )
        )
        s.connection().execute(statement, rows)
    expected = {row["_id"]: row["_version"] + 1 for row in updates}
    stale: set[int] = set()
    for part in _chunks(sorted(expected), _CHUNK):
        for incident_id, version in s.execute(
            select(models.Incident.id, models.Incident.version).where(models.Incident.id.in_(part))
        ):
            if version != expected[incident_id]:
                stale.add(incident_id)
    recompute(s, stale)


def _new_ids(
    s: Session, made: list[int], joined: dict[int, list[Member]], previous: _Previous
) -> dict[int, int]:
    """Database ids for the batch's new incidents, in the order they were made: on a rebuild,
    the forgotten incident most of its mentions were in when still free, else the next id."""
    ids: dict[int, int] = {}
    fresh: list[int] = []
    for cluster_id in sorted(made):
        olds = Counter(
            old for m in joined[cluster_id] if (old := previous.get(m.mention_id)) is not None
        )
        reuse = next((i for i, _ in olds.most_common() if i not in previous.taken), None)
        if reuse is not None:
            previous.taken.add(reuse)
            ids[cluster_id] = reuse
        else:
            fresh.append(cluster_id)
    if fresh:
        stored_max = s.scalar(select(func.max(models.Incident.id))) or 0
        next_id = max(stored_max, previous.top) + 1
        if s.get_bind().dialect.name == "postgresql":
            # from the table's sequence, so that incidents made at the same time (a split in the
            # review app) never take the same id
            values = s.execute(
                select(func.nextval(func.pg_get_serial_sequence("incidents", "id"))).select_from(
                    func.generate_series(1, len(fresh))
                )
            ).scalars()
            ids.update(zip(fresh, sorted(values), strict=True))
        else:
            ids.update((c, next_id + n) for n, c in enumerate(fresh))
    return ids


# ---- stored incidents ---------------------------------------------------------------------------


def _members_of(s: Session, incident_ids: Sequence[int]) -> dict[int, list[Member]]:
    """The mentions of stored incidents, whole, by incident."""
    members: dict[int, list[Member]] = defaultdict(list)
    rows = s.execute(
        select(models.IncidentLink.incident_id, *_ROW)
        .join(models.Mention, models.Mention.id == models.IncidentLink.mention_id)
        .join(models.Document, models.Document.id == models.Mention.document_id)
        .where(models.IncidentLink.incident_id.in_(incident_ids))
    ).all()
    for incident_id, mention_id, document_id, copy_of, published, data in rows:
        members[incident_id].append(
            Member(mention_id, document_id, copy_of or document_id, published, mention_record(data))
        )
    return members


def _load_members(s: Session, incidents: Sequence[_Stored]) -> None:
    for part in _chunks(incidents, _CHUNK):
        found = _members_of(s, [i.cluster.id for i in part])
        for incident in part:
            incident.members = sorted(found[incident.cluster.id], key=lambda m: m.mention_id)


def _load(s: Session, incident_ids: Sequence[int], *, members: bool = True) -> dict[int, _Stored]:
    """Stored incidents as the merge sees them; with their mentions' records when ``members``."""
    out: dict[int, _Stored] = {}
    for part in _chunks(incident_ids, _CHUNK):
        records = _members_of(s, part)
        heads = s.execute(
            select(models.Incident.id, models.Incident.edited, models.Incident.version).where(
                models.Incident.id.in_(part)
            )
        )
        for incident_id, edited, version in heads:
            if not records.get(incident_id):
                continue
            views = sorted((MentionView.of(m) for m in records[incident_id]), key=merge_order)
            cluster = Cluster(id=incident_id, country=views[0].country)
            for view in views:
                cluster.add(view)
            out[incident_id] = _Stored(
                cluster=cluster,
                members=sorted(records[incident_id], key=lambda m: m.mention_id)
                if members
                else None,
                keys=_keys_of(cluster),
                edited=edited or {},
                version=version,
            )
    return out


def recompute(s: Session, incident_ids: set[int]) -> None:
    """Canonical values of these incidents from their mentions, under the analysts' edits, and
    their keys; an incident left without a mention is deleted unless an analyst worked on it.
    Through the session's objects, so that a caller holding them (the review verbs) sees the
    new values and version."""
    if not incident_ids:
        return
    ids = sorted(incident_ids)
    stored = _load(s, ids)
    for part in _chunks(ids, _CHUNK):
        for incident in s.scalars(select(models.Incident).where(models.Incident.id.in_(part))):
            found = stored.get(incident.id)
            if found is None:
                if incident.status == "unreviewed" and not incident.edited:
                    s.delete(incident)
                continue
            values = incident_values(canonical(found.members or [], incident_id=incident.id))
            for key, value in with_edits(values, incident.edited).items():
                setattr(incident, key, value)
            incident.updated_at = utcnow()
    s.flush()
    _file(s, {i: found.keys for i, found in stored.items()})


# ---- rebuild ------------------------------------------------------------------------------------


@dataclass
class _Previous:
    """Each forgotten mention's incident before a rebuild, as two arrays sorted by mention (16
    bytes a mention, not a dict's ~100), and the incident ids taken again."""

    mentions: array[int] = field(default_factory=lambda: array("q"))
    incidents: array[int] = field(default_factory=lambda: array("q"))
    taken: set[int] = field(default_factory=set)
    top: int = 0  # the highest of the incidents: new ids start above it (SQLite reuses ids)

    def get(self, mention_id: int) -> int | None:
        at = bisect_left(self.mentions, mention_id)
        if at < len(self.mentions) and self.mentions[at] == mention_id:
            return self.incidents[at]
        return None


def _forget(s: Session) -> tuple[_Previous, list[int]]:
    """Forget the automatic links of incidents no analyst worked on (no status, no edit, no
    history), delete those incidents left with no mention, and every key. Returns the forgotten
    links and the incidents kept that lost some (they hold a manual link)."""
    worked = set(s.scalars(select(models.Edit.incident_id).distinct()))
    free: list[int] = []
    for incident_id, status, edited in s.execute(
        select(models.Incident.id, models.Incident.status, models.Incident.edited)
        .order_by(models.Incident.id)
        .execution_options(yield_per=_STREAM)
    ):
        if status == "unreviewed" and not edited and incident_id not in worked:
            free.append(incident_id)
    pairs = array("q")  # mention << 32 | incident, sorted below: by mention
    for part in _chunks(free, _CHUNK):
        auto = (models.IncidentLink.method == "auto", models.IncidentLink.incident_id.in_(part))
        pairs.extend(
            mention_id << 32 | incident_id
            for mention_id, incident_id in s.execute(
                select(models.IncidentLink.mention_id, models.IncidentLink.incident_id).where(*auto)
            )
        )
        s.execute(delete(models.IncidentLink).where(*auto))
    s.execute(delete(models.IncidentKey))
    kept: list[int] = []
    for part in _chunks(free, _CHUNK):
        linked = set(
            s.scalars(
                select(models.IncidentLink.incident_id)
                .where(models.IncidentLink.incident_id.in_(part))
                .distinct()
            )
        )
        kept.extend(i for i in part if i in linked)
        empty = [i for i in part if i not in linked]
        if empty:
            s.execute(delete(models.Incident).where(models.Incident.id.in_(empty)))
    pairs = array("q", sorted(pairs))
    low = (1 << 32) - 1
    previous = _Previous(array("q", (p >> 32 for p in pairs)), array("q", (p & low for p in pairs)))
    previous.top = max(previous.incidents, default=0)
    return previous, kept


def _chunks(values: Sequence[_T], size: int) -> Iterator[list[_T]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])
