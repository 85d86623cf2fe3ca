"""The one mapping between records and rows: a report (page and extraction) to its rows
(:func:`report_rows`), a ``Mention`` record to its ``mentions`` row and back, an ``Incident``
record to the computed columns of its ``incidents`` row and back.

An incident row holds more than the record it was computed from: its review status, the fields an
analyst edited (``edited``, laid over the computed values by :func:`with_edits`), notes and the
optimistic-lock version; and the record read back carries its sources from the links.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from forcewatch import records
from forcewatch.records import ALLEGATION_KINDS, FORCE_KINDS, OPERATION_KINDS
from forcewatch.store.validate import DATE_PRECISIONS, STATUSES
from forcewatch.text import bands, fold_uncached, search_words, simhash

COUNTS = ("killed", "injured", "agents_killed", "agents_injured")
BOUNDS = ("low", "best", "high")


# ---- reports -----------------------------------------------------------------------------------


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class ReportRows:
    """A report's rows as the writer inserts them, all but the ids and times only the database
    gives: computed where the report was extracted (a worker), so that the one writer of a run
    only executes inserts. JSON columns come encoded (``Encoded`` in the store binds them)."""

    sha256: str
    raw_page: dict[str, Any]
    """``raw_pages`` values but ``run_id`` and ``created_at``."""
    document: dict[str, Any]
    """``documents`` values but ``raw_page_id``, ``duplicate_of`` and ``created_at``."""
    bands: tuple[int, ...]
    """The simhash's bands (``document_bands``), which near copies are found by."""
    mentions: tuple[dict[str, Any], ...]
    """``mentions`` values but ``document_id``."""

    @property
    def simhash(self) -> int:
        value: int = self.document["simhash"]
        return value

    @property
    def relevant(self) -> bool:
        return bool(self.document["relevant"])


def report_rows(
    page: records.RawPage, extraction: records.Extraction, value: int | None = None
) -> ReportRows:
    """The rows of a report: its raw bytes compressed, its document with the words full-text
    search matches (``text.search_words``) and its simhash (``value``, when already computed),
    the extraction without the document's text (a column of its own) and its mentions."""
    doc = extraction.document
    value = simhash(doc.text) if value is None else value
    document = {
        "title": doc.title,
        "publisher": doc.publisher,
        "url": doc.url or page.url,
        "published": doc.published,
        "language": doc.language,
        "format": doc.format,
        "text": doc.text,
        "relevant": extraction.relevance.relevant,
        "relevance_score": extraction.relevance.score,
        "relevance_reason": extraction.relevance.reason,
        "simhash": value,
        "extraction": extraction.model_dump_json(exclude={"document": {"text"}}),
        "words": document_words(doc.title, doc.text, doc.language),
    }
    return ReportRows(
        sha256=sha256(page.data),
        raw_page={
            "name": page.name,
            "url": page.url or doc.url,
            "media_type": page.media_type,
            "size": len(page.data),
            "data": zlib.compress(page.data, 6),
        },
        document=document,
        bands=tuple(bands(value)),
        mentions=tuple(
            mention_values(None, ordinal, mention, encoded=True)
            for ordinal, mention in enumerate(extraction.mentions)
        ),
    )


def document_words(title: str | None, text: str | None, lang: str | None) -> str:
    """What full-text search matches in a document: its title and text, as ``search_words``."""
    return search_words(f"{title or ''}\n{text or ''}", lang)


# ---- mentions ----------------------------------------------------------------------------------


def mention_values(
    document_id: int | None, ordinal: int, mention: records.Mention, *, encoded: bool = False
) -> dict[str, Any]:
    """The ``mentions`` row of a record: the columns queries filter on, and the whole record
    (``encoded``: as JSON text, which the store binds as it is)."""
    return {
        "document_id": document_id,
        "ordinal": ordinal,
        "kind": mention.kind,
        "date": mention.date,
        "date_precision": mention.date_precision,
        "place": mention.place,
        "city": mention.city,
        "admin1": mention.admin1,
        "country": mention.country,
        "killed_best": mention.killed.best if mention.killed else None,
        "data": mention.model_dump_json() if encoded else mention.model_dump(mode="json"),
    }


def mention_record(data: dict[str, Any]) -> records.Mention:
    """The record a ``mentions.data`` value holds."""
    return records.Mention.model_validate(data)


# ---- incidents ---------------------------------------------------------------------------------

COMPUTED = (
    "date", "date_precision", "place", "city", "admin1", "admin1_name", "country", "lat", "lon",
    "geo_precision", *(f"{c}_{b}" for c in COUNTS for b in BOUNDS), "forces", "force_main",
    "units", "operation", "allegations", "people", "provenance", "conflicts", "n_sources",
    "search_text",
)  # fmt: skip
"""The columns a merge computes; the others (status, edited, notes, version) are analysts'."""


def incident_values(incident: records.Incident) -> dict[str, Any]:
    """The computed columns of an incident row (``COMPUTED``), from the record."""
    values: dict[str, Any] = {
        "date": incident.date,
        "date_precision": incident.date_precision,
        "place": incident.place,
        "city": incident.city,
        "admin1": incident.admin1,
        "admin1_name": incident.admin1_name,
        "country": incident.country,
        "lat": incident.lat,
        "lon": incident.lon,
        "geo_precision": incident.geo_precision,
        "forces": list(incident.forces),
        "force_main": incident.force_main,
        "units": list(incident.units),
        "operation": incident.operation,
        "allegations": list(incident.allegations),
        "people": list(incident.people),
        "provenance": incident.provenance,
        "conflicts": incident.conflicts,
        "n_sources": incident.n_sources,
        # what a search matches besides the sources' words: folded, as the search phrase is
        "search_text": fold_uncached(
            " ".join(
                filter(
                    None,
                    [
                        incident.place,
                        incident.city,
                        incident.admin1_name,
                        *incident.units,
                        *incident.people,
                    ],
                )
            )
        ),
    }
    for count in COUNTS:
        q = getattr(incident, count)
        for bound in BOUNDS:
            values[f"{count}_{bound}"] = getattr(q, bound) if q is not None else None
    return values


def with_edits(values: dict[str, Any], edited: dict[str, Any] | None) -> dict[str, Any]:
    """The computed values with an analyst's edits laid over them (and the edited fields that
    are not computed, such as notes). An analyst's count bound wins;
    the computed bounds beside it move so that low <= best <= high still holds (an edited best
    of 12 over sources saying 7-9 makes the high 12)."""
    if not edited:
        return values
    out = {**values, **edited}
    for count in COUNTS:
        names = {bound: f"{count}_{bound}" for bound in BOUNDS}
        if not any(n in edited for n in names.values()):
            continue
        value = {bound: out[name] for bound, name in names.items()}
        free = {bound for bound, name in names.items() if name not in edited}
        for i, fixed in enumerate(BOUNDS):
            if fixed in free or value[fixed] is None:
                continue
            for j, other in enumerate(BOUNDS):
                if other not in free or value[other] is None:
                    continue
                before, after = j < i, j > i
                if (before and value[other] > value[fixed]) or (
                    after and value[other] < value[fixed]
                ):
                    value[other] = value[fixed]
        for bound in free:
            out[names[bound]] = value[bound]
    return out


def quantity(low: Any, best: Any, high: Any) -> records.Quantity | None:
    """The Quantity of these stored bounds, checked as its validator would (ValueError)."""
    if low is None and best is None and high is None:
        return None
    known = [v for v in (low, best, high) if v is not None]
    if any(type(v) is not int or v < 0 for v in known) or known != sorted(known):
        raise ValueError(f"low/best/high {low}/{best}/{high}")
    return records.Quantity.model_construct(low=low, best=best, high=high, span=None)


def _trusted(fields: dict[str, Any]) -> bool:
    """The values whose types the columns do not already guarantee, checked cheaply."""
    for name in _TEXT:
        if not isinstance(fields[name], _TEXT_TYPES):
            return False
    return (
        isinstance(fields["lat"], _NUMBER_TYPES)
        and isinstance(fields["lon"], _NUMBER_TYPES)
        and isinstance(fields["geo_precision"], _INT_TYPES)
        and isinstance(fields["provenance"], dict)
        and all(isinstance(v, list) for v in fields["provenance"].values())
    )


def _constructed(fields: dict[str, Any]) -> records.Incident:
    """``Incident.model_construct(**fields)`` for a dict that has every field, without its loop
    over the fields for aliases and defaults (two thirds of the cost of a listed row);
    tests/test_store.py checks that both give the same record."""
    incident = records.Incident.__new__(records.Incident)
    object.__setattr__(incident, "__dict__", fields)
    object.__setattr__(incident, "__pydantic_fields_set__", set(_INCIDENT_FIELDS))
    object.__setattr__(incident, "__pydantic_extra__", None)
    object.__setattr__(incident, "__pydantic_private__", None)
    return incident


_INCIDENT_FIELDS = frozenset(records.Incident.model_fields)
_TEXT = ("date", "place", "city", "admin1", "admin1_name", "country", "notes")
_TEXT_TYPES = (str, type(None))
_NUMBER_TYPES = (float, int, type(None))
_INT_TYPES = (int, type(None))


def _vocabulary(invalid: list[str], name: str, values: Any, allowed: frozenset[str]) -> list[Any]:
    if not isinstance(values, list):
        return []
    if all(v in allowed for v in values):
        return values
    invalid.extend(f"{name}: {v!r}" for v in values if v not in allowed)
    return [v for v in values if v in allowed]


def _choice(
    invalid: list[str], name: str, value: Any, allowed: frozenset[str], default: Any
) -> Any:
    if value is None:
        return default
    if value in allowed:
        return value
    invalid.append(f"{name}: {value!r}")
    return default


def _checked_quantity(
    invalid: list[str], row: Mapping[str, Any], counted: Any, name: str
) -> records.Quantity | None:
    parts = [row[f"{name}_{bound}"] for bound in BOUNDS]
    try:
        found: records.Quantity | None = counted(*parts)
    except ValueError:
        invalid.append(f"{name}: low/best/high {'/'.join(map(str, parts))}")
        return None
    return found


_FORCES, _ALLEGATIONS = frozenset(FORCE_KINDS), frozenset(ALLEGATION_KINDS)
_STATUSES, _PRECISIONS = frozenset(STATUSES), frozenset(DATE_PRECISIONS)
_OPERATIONS = frozenset(OPERATION_KINDS)


def incident_record(
    row: Mapping[str, Any], sources: list[records.Source], *, counted: Any = quantity
) -> records.Incident:
    """The stored row as a record. A value that fails the record's checks (written before edits
    were validated, or by hand) does not break reading: it is left out of the field and listed
    under ``conflicts["invalid stored value"]`` for an analyst to correct. ``row`` maps column
    names to values; ``counted`` turns bounds into a Quantity (a caller may cache it)."""
    invalid: list[str] = []
    stored_conflicts = row["conflicts"]
    conflicts = (
        {str(k): [str(x) for x in v] for k, v in stored_conflicts.items() if isinstance(v, list)}
        if stored_conflicts
        else {}
    )
    notes = row["notes"]
    fields: dict[str, Any] = {
        "id": row["id"],
        "status": _choice(invalid, "status", row["status"], _STATUSES, "unreviewed"),
        "date": row["date"],
        "date_precision": _choice(
            invalid, "date_precision", row["date_precision"], _PRECISIONS, "unknown"
        ),
        "place": row["place"],
        "city": row["city"],
        "admin1": row["admin1"],
        "admin1_name": row["admin1_name"],
        "country": row["country"],
        "lat": row["lat"],
        "lon": row["lon"],
        "geo_precision": row["geo_precision"],
        "forces": _vocabulary(invalid, "forces", row["forces"], _FORCES),
        "force_main": _choice(invalid, "force_main", row["force_main"], _FORCES, None),
        "units": [str(u) for u in row["units"] or []],
        "killed": _checked_quantity(invalid, row, counted, "killed"),
        "injured": _checked_quantity(invalid, row, counted, "injured"),
        "agents_killed": _checked_quantity(invalid, row, counted, "agents_killed"),
        "agents_injured": _checked_quantity(invalid, row, counted, "agents_injured"),
        "operation": _choice(invalid, "operation", row["operation"], _OPERATIONS, None),
        "allegations": _vocabulary(invalid, "allegations", row["allegations"], _ALLEGATIONS),
        "people": [str(p) for p in row["people"] or []],
        "sources": sources,
        "provenance": row["provenance"] or {},
        "conflicts": conflicts,
        "notes": notes if notes is None or isinstance(notes, str) else str(notes),
        "edited_fields": sorted(row["edited"]) if row["edited"] else [],
    }
    if invalid:
        fields["conflicts"] = {**conflicts, "invalid stored value": invalid}
    elif _trusted(fields):
        # Every field checked above or typed by its column: no second validation (a list page
        # builds fifty of these per request).
        return _constructed(fields)
    try:
        return records.Incident(**fields)
    except ValidationError as exc:
        # Last resort: the fields that still fail are dropped and named, never a crash.
        failing = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
        for name in failing:
            invalid.append(f"{name}: {fields.get(name)!r}")
            fields[name] = records.Incident.model_fields[name].get_default(
                call_default_factory=True
            )
        fields["conflicts"] = {**conflicts, "invalid stored value": invalid}
        return records.Incident(**fields)
