"""An incident's canonical values from its mentions, with provenance and conflicts.

- date: the most precise date the sources give, the most common among those;
- place: the most precise place (UCDP geo precision), with its state, country and coordinates;
- counts: every figure kept: low is the smallest a source commits to, high the largest figure
  any source gives, best the median of the sources' best figures, so "7 dead" and "at least 9"
  give 7-9 with best 8;
- forces, allegations, people: the union; operation: the most common.
Fields an analyst edited keep the analyst's value: the store lays them over these.
"""

from __future__ import annotations

import functools
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from forcewatch import records

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
COUNT_FIELDS = ("killed", "injured", "agents_killed", "agents_injured")


@dataclass(frozen=True)
class Member:
    """A mention as the merge gets it: the record, and the report it came from."""

    mention_id: int
    document_id: int
    copy_of: int  # the original of a syndicated copy, else the document itself
    published: str | None
    mention: records.Mention


def canonical(members: Sequence[Member], *, incident_id: int = 0) -> records.Incident:
    """The incident these mentions make (status unreviewed, nothing edited)."""
    out: dict[str, Any] = {"id": incident_id}
    provenance: dict[str, list[int]] = {}
    conflicts: dict[str, list[str]] = {}

    def rank(m: Member) -> int:
        return _PRECISION_RANK.get(m.mention.date_precision, 4)

    dated = [m for m in members if m.mention.date and not m.mention.date.startswith("--")]
    if dated:
        best_rank = min(rank(m) for m in dated)
        precise = [m for m in dated if rank(m) == best_rank]
        chosen = _most_common([m.mention.date for m in precise])
        out["date"], out["date_precision"] = chosen, precise[0].mention.date_precision
        provenance["date"] = [m.mention_id for m in precise if m.mention.date == chosen]
        values = sorted({m.mention.date for m in dated if m.mention.date})
        if len(values) > 1:
            conflicts["date"] = [
                _cite(v, [m for m in dated if m.mention.date == v]) for v in values
            ]
    else:
        partial = [m.mention.date for m in members if m.mention.date]
        out["date"] = partial[0] if partial else None
        out["date_precision"] = "day" if partial else "unknown"

    placed = [m for m in members if m.mention.place or m.mention.admin1 or m.mention.country]
    if placed:
        best_precision = min(m.mention.geo_precision or 7 for m in placed)
        precise = [m for m in placed if (m.mention.geo_precision or 7) == best_precision]
        place = _most_common([m.mention.place for m in precise])
        source = next(m.mention for m in precise if m.mention.place == place)
        for key in ("place", "city", "admin1", "admin1_name", "country", "lat", "lon"):
            out[key] = getattr(source, key)
        out["geo_precision"] = source.geo_precision
        out["city"] = out["city"] or _most_common(
            [m.mention.city for m in placed if m.mention.city]
        )
        provenance["place"] = [m.mention_id for m in precise if m.mention.place == place]
        places = sorted({m.mention.place for m in placed if m.mention.place})
        if len(places) > 1:
            conflicts["place"] = [
                _cite(p, [m for m in placed if m.mention.place == p]) for p in places
            ]

    for name in COUNT_FIELDS:
        given = [(m, q) for m in members if (q := getattr(m.mention, name)) is not None]
        if not given:
            continue
        lows = [v for _, q in given if (v := _first(q, "low", "best")) is not None]
        bests = [v for _, q in given if (v := _first(q, "best", "low", "high")) is not None]
        highs = [v for _, q in given if (v := _first(q, "high", "best", "low")) is not None]
        low = min(lows) if lows else None
        best = round(statistics.median(bests)) if bests else None
        top = max(highs) if highs else None
        stated_high = any(q.high is not None for _, q in given)
        high = top if (stated_high or (top is not None and top != low)) else None
        # Built unchecked, as the columns always stored them: sources that disagree can put the
        # median below the smallest committed figure, which reading shows as a conflict.
        out[name] = records.Quantity.model_construct(low=low, best=best, high=high, span=None)
        provenance[name] = [m.mention_id for m, _ in given]
        figures = sorted({_figure(q) for _, q in given})
        if len(figures) > 1:
            conflicts[name] = [_cite(f, [m for m, q in given if _figure(q) == f]) for f in figures]

    kinds: Counter[str] = Counter(f.kind for m in members for f in m.mention.forces)
    out["forces"] = sorted(kinds)
    specific = {k: n for k, n in kinds.items() if k != "security_forces"} or dict(kinds)
    out["force_main"] = max(sorted(specific), key=lambda k: specific[k]) if specific else None
    out["units"] = sorted({f.unit for m in members for f in m.mention.forces if f.unit})
    operations = [m.mention.operation for m in members if m.mention.operation]
    out["operation"] = _most_common(operations) if operations else None
    out["allegations"] = sorted({a.kind for m in members for a in m.mention.allegations})
    people: dict[str, str] = {}
    for m in members:
        for p in m.mention.people:
            key = p.name.lower()
            if key not in people:
                people[key] = f"{p.name} ({p.role}, {p.fate})"
    out["people"] = list(people.values())
    out["provenance"], out["conflicts"] = provenance, conflicts
    # Built unchecked: every value comes from a checked Mention or is computed here with its
    # type (a merge of a million mentions would spend a third of its time checking them again).
    out["sources"] = [
        _built(
            records.Source,
            document_id=m.document_id,
            mention_id=m.mention_id,
            published=m.published,
            evidence=[span.text for span in m.mention.evidence],
            duplicate_of=m.copy_of if m.copy_of != m.document_id else None,
        )
        for m in members
    ]
    return _built(records.Incident, **out)


M = TypeVar("M", bound=BaseModel)


@functools.cache
def _defaults(model: type[BaseModel]) -> tuple[tuple[str, Any, Any], ...]:
    return tuple(
        (name, field.default_factory, field.default) for name, field in model.model_fields.items()
    )


def _built(model: type[M], **values: Any) -> M:
    """``model.model_construct(**values)`` with the defaults filled here: pydantic's own way
    inspects each default factory's signature at every call (half a millisecond an incident)."""
    for name, factory, default in _defaults(model):
        if name not in values:
            values[name] = factory() if factory is not None else default
    return model.model_construct(**values)


def _first(q: records.Quantity, *keys: str) -> int | None:
    for key in keys:
        value = getattr(q, key)
        if value is not None:
            return int(value)
    return None


def _figure(q: records.Quantity) -> str:
    low, best, high = q.low, q.best, q.high
    if high is not None and low is not None and high != low:
        return f"{low}-{high}"
    return str(best if best is not None else low if low is not None else high)


def _most_common(values: Sequence[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(v for v in values if counts.get(v) == top)


def _cite(value: str, members: Sequence[Member]) -> str:
    docs = ", ".join(f"doc {m.document_id}" for m in members)
    return f"{value} ({docs})"
