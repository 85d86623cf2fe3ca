"""An incident's canonical values from its mentions, with provenance and conflicts.

- date: the most precise date the sources give, the most common among those;
- place: the most precise place (UCDP geo precision), with its state, country and coordinates;
- counts: every figure kept: low is the smallest a source commits to, high the largest figure
  any source gives, best the median of the sources' best figures, so "7 dead" and "at least 9"
  give 7-9 with best 8;
- forces, allegations, people: the union; operation: the most common.
Fields an analyst edited keep the analyst's value.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
COUNT_FIELDS = ("killed", "injured", "agents_killed", "agents_injured")


@dataclass(frozen=True)
class Member:
    mention_id: int
    document_id: int
    copy_of: int
    published: str | None
    data: dict[str, Any]


def canonical(members: Sequence[Member]) -> dict[str, Any]:
    """Column values for the incidents table (without id, status, edited)."""
    out: dict[str, Any] = {}
    provenance: dict[str, list[int]] = {}
    conflicts: dict[str, list[str]] = {}

    dated = [m for m in members if m.data.get("date") and not str(m.data["date"]).startswith("--")]
    if dated:
        rank = min(_PRECISION_RANK.get(m.data.get("date_precision", "unknown"), 4) for m in dated)
        precise = [
            m
            for m in dated
            if _PRECISION_RANK.get(m.data.get("date_precision", "unknown"), 4) == rank
        ]
        chosen = _most_common([m.data["date"] for m in precise])
        out["date"], out["date_precision"] = (
            chosen,
            precise[0].data.get("date_precision", "unknown"),
        )
        provenance["date"] = [m.mention_id for m in precise if m.data["date"] == chosen]
        values = sorted({m.data["date"] for m in dated})
        if len(values) > 1:
            conflicts["date"] = [
                _cite(v, [m for m in dated if m.data["date"] == v]) for v in values
            ]
    else:
        partial = [m.data["date"] for m in members if m.data.get("date")]
        out["date"] = partial[0] if partial else None
        out["date_precision"] = "day" if partial else "unknown"

    placed = [
        m for m in members if m.data.get("place") or m.data.get("admin1") or m.data.get("country")
    ]
    if placed:
        best_precision = min(m.data.get("geo_precision") or 7 for m in placed)
        precise = [m for m in placed if (m.data.get("geo_precision") or 7) == best_precision]
        place = _most_common([m.data.get("place") for m in precise])
        source = next(m for m in precise if m.data.get("place") == place)
        for key in (
            "place",
            "city",
            "admin1",
            "admin1_name",
            "country",
            "lat",
            "lon",
            "geo_precision",
        ):
            out[key] = source.data.get(key)
        out["city"] = out["city"] or _most_common(
            [m.data.get("city") for m in placed if m.data.get("city")]
        )
        provenance["place"] = [m.mention_id for m in precise if m.data.get("place") == place]
        places = sorted({m.data["place"] for m in placed if m.data.get("place")})
        if len(places) > 1:
            conflicts["place"] = [
                _cite(p, [m for m in placed if m.data.get("place") == p]) for p in places
            ]

    for name in COUNT_FIELDS:
        given = [m for m in members if m.data.get(name)]
        low = best = high = None
        if given:
            lows = [_first(m.data[name], "low", "best") for m in given]
            bests = [_first(m.data[name], "best", "low", "high") for m in given]
            highs = [_first(m.data[name], "high", "best", "low") for m in given]
            low = (
                min(v for v in lows if v is not None) if any(v is not None for v in lows) else None
            )
            best_values = [v for v in bests if v is not None]
            best = round(statistics.median(best_values)) if best_values else None
            top = (
                max(v for v in highs if v is not None)
                if any(v is not None for v in highs)
                else None
            )
            stated_high = any(m.data[name].get("high") is not None for m in given)
            high = top if (stated_high or (top is not None and top != low)) else None
            provenance[name] = [m.mention_id for m in given]
            figures = sorted({_figure(m.data[name]) for m in given})
            if len(figures) > 1:
                conflicts[name] = [
                    _cite(f, [m for m in given if _figure(m.data[name]) == f]) for f in figures
                ]
        out[f"{name}_low"], out[f"{name}_best"], out[f"{name}_high"] = low, best, high

    kinds = Counter(f["kind"] for m in members for f in m.data.get("forces", []))
    out["forces"] = sorted(kinds)
    specific = {k: n for k, n in kinds.items() if k != "security_forces"} or dict(kinds)
    out["force_main"] = max(sorted(specific), key=lambda k: specific[k]) if specific else None
    out["units"] = sorted(
        {f["unit"] for m in members for f in m.data.get("forces", []) if f.get("unit")}
    )
    operations = [m.data["operation"] for m in members if m.data.get("operation")]
    out["operation"] = _most_common(operations) if operations else None
    out["allegations"] = sorted({a["kind"] for m in members for a in m.data.get("allegations", [])})
    people: dict[str, str] = {}
    for m in members:
        for p in m.data.get("people", []):
            key = p["name"].lower()
            if key not in people:
                people[key] = f"{p['name']} ({p['role']}, {p['fate']})"
    out["people"] = list(people.values())
    out["provenance"], out["conflicts"] = provenance, conflicts
    out["n_sources"] = len({m.copy_of for m in members})
    out["search_text"] = " ".join(
        filter(
            None,
            [
                out.get("place"),
                out.get("city"),
                out.get("admin1_name"),
                *out["units"],
                *people.values(),
            ],
        )
    )
    return out


def _first(q: dict[str, Any], *keys: str) -> int | None:
    for key in keys:
        if q.get(key) is not None:
            return int(q[key])
    return None


def _figure(q: dict[str, Any]) -> str:
    low, best, high = q.get("low"), q.get("best"), q.get("high")
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
