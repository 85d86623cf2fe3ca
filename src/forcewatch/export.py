"""Incidents out to CSV, JSON Lines, GeoJSON and Parquet, one row per incident.

Every exported column is declared once in :data:`COLUMNS` with its type, what it holds, how it is
computed and the ACLED / UCDP GED / Washington Post column it corresponds to. The writers, the
Parquet schema and ``docs/export-columns.md`` (:func:`columns_markdown`) are all built from it.

CSV, JSON Lines and GeoJSON are written as the incidents arrive, so an export of any size runs in
constant memory; Parquet is written in row groups of :data:`PARQUET_ROW_GROUP` rows.

CSV is meant to be opened in spreadsheets, so a text cell that a spreadsheet would run as a formula
(one starting with ``= + - @``, a tab or a carriage return) is written with a leading apostrophe.
Numbers are written as numbers and never altered (a longitude of ``-74.1`` stays ``-74.1``).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal

import pycountry

from forcewatch.errors import UsageError
from forcewatch.records import SCHEMA_VERSION, DatePrecision, Incident, Quantity

Format = Literal["csv", "jsonl", "geojson", "parquet"]
FORMATS: tuple[str, ...] = Format.__args__  # type: ignore[attr-defined]
ColumnType = Literal["string", "integer", "float", "boolean"]
Cell = str | int | float | bool | None

PARQUET_ROW_GROUP = 10_000
LIST_SEPARATOR = ";"
URL_SEPARATOR = " "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# UCDP GED date_prec: 1 the day, 2 within 2-6 days, 3 the week, 4 the month (8-30 days),
# 5 the year (more than a month, at most a year).
UCDP_DATE_PREC: dict[DatePrecision, int | None] = {
    "day": 1,
    "week": 3,
    "month": 4,
    "year": 5,
    "unknown": None,
}


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    description: str
    compute: Callable[[Incident], Cell]
    like: str = ""
    """The ACLED, UCDP GED or Washington Post column a user of those data sets would match it to."""


def _joined(values: Iterable[str | None], separator: str = LIST_SEPARATOR) -> str | None:
    kept = list(dict.fromkeys(v for v in values if v))
    return separator.join(kept) if kept else None


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit() and (len(date) == 4 or date[4] == "-"):
        return int(date[:4])
    return None


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    """The country's common English name ("Venezuela", not "Venezuela, Bolivarian Republic of")."""
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


@lru_cache(maxsize=4096)
def _subdivision_name(code: str) -> str | None:
    subdivision = pycountry.subdivisions.get(code=code.upper())  # type: ignore[no-untyped-call]
    return str(subdivision.name) if subdivision is not None else None


def admin1_name(incident: Incident) -> str | None:
    if incident.admin1_name:
        return incident.admin1_name
    return _subdivision_name(incident.admin1) if incident.admin1 else None


def _bound(field: str, bound: Literal["low", "best", "high"]) -> Callable[[Incident], Cell]:
    def compute(incident: Incident) -> Cell:
        quantity: Quantity | None = getattr(incident, field)
        return getattr(quantity, bound) if quantity is not None else None

    return compute


def best_count(quantity: Quantity | None) -> int | None:
    """``best``, else ``low``, else None: the figure to add up."""
    if quantity is None:
        return None
    return quantity.best if quantity.best is not None else quantity.low


def _fatalities(incident: Incident) -> int | None:
    counts = [best_count(incident.killed), best_count(incident.agents_killed)]
    known = [c for c in counts if c is not None]
    return sum(known) if known else None


def _first_published(incident: Incident) -> str | None:
    dates = [s.published for s in incident.sources if s.published]
    return min(dates) if dates else None


def _count_columns(field: str, who: str, like: str) -> list[Column]:
    texts = {
        "low": f"{who}: the lowest figure a report commits to ('at least nine' gives 9).",
        "best": f"{who}: the best estimate ('between 5 and 7' gives 6); empty when no report "
        "gives one.",
        "high": f"{who}: the highest figure any report states ('up to 12' gives 12); empty when "
        "none does.",
    }
    return [
        Column(
            f"{field}_{bound}",
            "integer",
            texts[bound],
            _bound(field, bound),
            like if bound == "best" else "",
        )
        for bound in ("low", "best", "high")
    ]


COLUMNS: tuple[Column, ...] = (
    Column(
        "event_id",
        "string",
        "The incident's identifier, `fw-` and its number in the forcewatch database.",
        lambda i: f"fw-{i.id}",
        "ACLED event_id_cnty; UCDP id; WaPo id",
    ),
    Column(
        "event_date",
        "string",
        "The date of the incident in ISO 8601 as precise as the reports allow: `2019-03-02`, "
        "`2019-03`, `2019`, or `--03-02` when the day is known but not the year. Empty when "
        "unknown: a report's publication date never stands in for the date of the event.",
        lambda i: i.date,
        "ACLED event_date; UCDP date_start; WaPo date",
    ),
    Column(
        "date_precision",
        "string",
        "How precisely the date is known: `day`, `week`, `month`, `year` or `unknown`.",
        lambda i: i.date_precision,
    ),
    Column(
        "date_prec",
        "integer",
        "The precision as UCDP GED codes it: 1 the day, 3 the week, 4 the month, 5 the year; "
        "empty when unknown.",
        lambda i: UCDP_DATE_PREC[i.date_precision],
        "UCDP date_prec (ACLED time_precision is coarser: 1-3)",
    ),
    Column(
        "year",
        "integer",
        "The year of the incident, from `event_date`; empty when the year is unknown.",
        lambda i: _year(i.date),
        "ACLED year; UCDP year",
    ),
    Column(
        "country",
        "string",
        "ISO 3166-1 alpha-2 code of the country.",
        lambda i: i.country,
        "UCDP iso3 and ACLED iso, as alpha-2 here",
    ),
    Column(
        "country_name",
        "string",
        "The country's common English name, from the ISO 3166 tables.",
        lambda i: country_name(i.country),
        "ACLED country; UCDP country",
    ),
    Column(
        "admin1",
        "string",
        "ISO 3166-2 code of the first-level division (state, department, province): `CO-ANT`.",
        lambda i: i.admin1,
        "WaPo state (as a full ISO 3166-2 code here)",
    ),
    Column(
        "admin1_name",
        "string",
        "Name of the first-level division, as the gazetteer gives it, else from the ISO 3166-2 "
        "tables.",
        admin1_name,
        "ACLED admin1; UCDP adm_1",
    ),
    Column(
        "location",
        "string",
        "The place as the reports write it (a neighbourhood, a village, a road).",
        lambda i: i.place,
        "ACLED location; UCDP where_coordinates",
    ),
    Column(
        "city",
        "string",
        "The city or town the place lies in, as the reports name it.",
        lambda i: i.city,
        "WaPo city",
    ),
    Column(
        "latitude",
        "float",
        "WGS 84 latitude of the place at `geo_precision`; empty when unknown.",
        lambda i: _finite(i.lat),
        "ACLED latitude; UCDP latitude",
    ),
    Column(
        "longitude",
        "float",
        "WGS 84 longitude of the place at `geo_precision`; empty when unknown.",
        lambda i: _finite(i.lon),
        "ACLED longitude; UCDP longitude",
    ),
    Column(
        "geo_precision",
        "integer",
        "How precise the coordinates are, as UCDP's where_prec: 1 the exact place, 2 within "
        "about 25 km, 3 the second-level division, 4 the centroid of the first-level division, "
        "5 a larger or in-between area, 6 the country.",
        lambda i: i.geo_precision,
        "UCDP where_prec (ACLED geo_precision is coarser: 1-3)",
    ),
    Column(
        "actor",
        "string",
        "The main state force involved, the first of `forces`: police, military, "
        "national_guard, special_police, prison_guards, security_forces, intelligence, "
        "non_state_allied.",
        lambda i: i.forces[0] if i.forces else None,
        "ACLED actor1; UCDP side_a",
    ),
    Column(
        "forces",
        "string",
        "Every kind of force involved, `;`-separated, main force first.",
        lambda i: _joined(i.forces),
        "ACLED assoc_actor_1",
    ),
    Column(
        "units",
        "string",
        "Units named in the reports, as written (`FAES`, `Policía Militar`), `;`-separated.",
        lambda i: _joined(i.units),
    ),
    Column(
        "operation",
        "string",
        "The kind of operation: arrest_operation, raid, protest_policing, checkpoint, custody, "
        "patrol, military_operation, other.",
        lambda i: i.operation,
        "ACLED sub_event_type, loosely",
    ),
    *_count_columns("killed", "Civilians and suspects killed by agents", "UCDP deaths_civilians"),
    *_count_columns("injured", "Civilians and suspects injured by agents", ""),
    *_count_columns("agents_killed", "State agents killed", "UCDP deaths_a"),
    *_count_columns("agents_injured", "State agents injured", ""),
    Column(
        "fatalities_best",
        "integer",
        "Everyone killed: civilians plus agents, each the best estimate or, without one, the "
        "low figure; empty when no report gives either count.",
        _fatalities,
        "ACLED fatalities; UCDP best",
    ),
    Column(
        "allegations",
        "string",
        "Allegations the reports carry, `;`-separated: extrajudicial_execution, excessive_force, "
        "torture, enforced_disappearance, non_state_participation, "
        "information_denied_to_relatives, evidence_destruction, cover_up, other.",
        lambda i: _joined(i.allegations),
        "ACLED tags, loosely",
    ),
    Column(
        "extrajudicial_execution",
        "boolean",
        "`true` when a report alleges an extrajudicial execution, else `false`.",
        lambda i: "extrajudicial_execution" in i.allegations,
    ),
    Column(
        "sources_count",
        "integer",
        "Distinct reports behind the incident; a syndicated copy of a story counts once.",
        lambda i: i.n_sources,
        "UCDP number_of_sources",
    ),
    Column(
        "source_urls",
        "string",
        "Addresses of the reports, separated by a space (a URL never contains one).",
        lambda i: _joined((s.url for s in i.sources), URL_SEPARATOR),
        "ACLED source; UCDP source_article",
    ),
    Column(
        "source_publishers",
        "string",
        "Publishers of the reports, `;`-separated, each once.",
        lambda i: _joined(s.publisher for s in i.sources),
        "UCDP source_office",
    ),
    Column(
        "first_published",
        "string",
        "Publication date (ISO 8601) of the earliest report.",
        _first_published,
        "UCDP source_date",
    ),
    Column(
        "notes",
        "string",
        "The analyst's notes.",
        lambda i: i.notes,
        "ACLED notes",
    ),
    Column(
        "review_status",
        "string",
        "`unreviewed`, `verified` (checked by an analyst) or `rejected`.",
        lambda i: i.status,
    ),
    Column(
        "people",
        "string",
        "Named people, each `name (role, fate)`, `;`-separated.",
        lambda i: _joined(i.people),
        "WaPo name",
    ),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)


def row(incident: Incident) -> dict[str, Cell]:
    """The incident as one export row: column name to value, None where nothing is known."""
    return {column.name: column.compute(incident) for column in COLUMNS}


def rows(incidents: Iterable[Incident]) -> Iterator[dict[str, Cell]]:
    return (row(incident) for incident in incidents)


def export(incidents: Iterable[Incident], fmt: Format, out: BinaryIO | Path) -> int:
    """Write the incidents to ``out`` (a binary stream or a path) and return the rows written.

    ``incidents`` is consumed once and, except for Parquet, never held in memory as a whole."""
    writers: dict[str, Callable[[Iterable[Incident], BinaryIO], int]] = {
        "csv": _write_csv,
        "jsonl": _write_jsonl,
        "geojson": _write_geojson,
        "parquet": _write_parquet,
    }
    if fmt not in writers:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        _require_pyarrow()
    if not isinstance(out, Path):
        return writers[fmt](incidents, out)
    with atomic_path(out) as temporary, temporary.open("wb") as stream:
        return writers[fmt](incidents, stream)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it only when the block ends without an
    error: a failed export never leaves a half-written file, nor destroys the previous one."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


# --- CSV -------------------------------------------------------------------------------------


def csv_safe(value: str) -> str:
    """The text with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return csv_safe(value)


def _text(out: BinaryIO) -> io.TextIOWrapper:
    # newline="" leaves the CSV writer's CRLF alone (RFC 4180) and JSON has no raw newlines.
    return io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)


def _detach(text: io.TextIOWrapper) -> None:
    """Flush and let go of the caller's stream without closing it."""
    text.flush()
    text.detach()


def _write_csv(incidents: Iterable[Incident], out: BinaryIO) -> int:
    text = _text(out)
    try:
        written = write_csv_rows(text, COLUMN_NAMES, rows(incidents))
    finally:
        _detach(text)
    return written


def write_csv_rows(out: IO[str], header: Iterable[str], records: Iterable[dict[str, Cell]]) -> int:
    """RFC 4180 CSV with a header, formula-safe cells; returns the data rows written."""
    names = list(header)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_safe(name) for name in names])
    written = 0
    for record in records:
        writer.writerow([csv_cell(record.get(name)) for name in names])
        written += 1
    return written


# --- JSON Lines and GeoJSON ------------------------------------------------------------------


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _sources(incident: Incident) -> list[dict[str, Any]]:
    return [source.model_dump(mode="json") for source in incident.sources]


def _write_jsonl(incidents: Iterable[Incident], out: BinaryIO) -> int:
    written = 0
    for incident in incidents:
        record: dict[str, Any] = {"schema_version": SCHEMA_VERSION, **row(incident)}
        record["sources"] = _sources(incident)
        out.write(_json(record).encode("utf-8") + b"\n")
        written += 1
    out.flush()
    return written


def feature(incident: Incident) -> dict[str, Any]:
    """A GeoJSON Feature: a Point at (longitude, latitude), or a null geometry when unplaced."""
    properties = row(incident)
    lon, lat = properties["longitude"], properties["latitude"]
    geometry = (
        {"type": "Point", "coordinates": [lon, lat]}
        if lon is not None and lat is not None
        else None
    )
    return {
        "type": "Feature",
        "id": properties["event_id"],
        "geometry": geometry,
        "properties": {**properties, "sources": _sources(incident)},
    }


def _write_geojson(incidents: Iterable[Incident], out: BinaryIO) -> int:
    head = {"type": "FeatureCollection", "schema_version": SCHEMA_VERSION}
    out.write(_json(head)[:-1].encode("utf-8") + b', "features": [')
    written = 0
    for incident in incidents:
        out.write((",\n" if written else "\n").encode("utf-8"))
        out.write(_json(feature(incident)).encode("utf-8"))
        written += 1
    out.write(b"\n]}\n")
    out.flush()
    return written


# --- Parquet ---------------------------------------------------------------------------------

PARQUET_EXTRA_HINT = "install it with: pip install 'forcewatch[parquet]'"


def _require_pyarrow() -> None:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise UsageError(f"Parquet export needs pyarrow; {PARQUET_EXTRA_HINT}") from exc


def parquet_schema() -> Any:
    """The Arrow schema of the export: every column nullable, its description as field metadata."""
    import pyarrow as pa

    types = {"string": pa.string(), "integer": pa.int64(), "float": pa.float64()}
    types["boolean"] = pa.bool_()
    fields = [
        pa.field(c.name, types[c.type], nullable=True, metadata={"description": c.description})
        for c in COLUMNS
    ]
    fields.append(
        pa.field("sources_json", pa.string(), metadata={"description": "Sources as JSON."})
    )
    return pa.schema(fields, metadata={"schema_version": SCHEMA_VERSION})


def _write_parquet(incidents: Iterable[Incident], out: BinaryIO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    written = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: dict[str, list[Any]] = {name: [] for name in schema.names}
        for incident in incidents:
            for name, value in row(incident).items():
                batch[name].append(value)
            batch["sources_json"].append(_json(_sources(incident)))
            written += 1
            if written % PARQUET_ROW_GROUP == 0:
                writer.write_table(pa.Table.from_pydict(batch, schema=schema))
                batch = {name: [] for name in schema.names}
        if batch["event_id"] or written == 0:
            writer.write_table(pa.Table.from_pydict(batch, schema=schema))
    return written


# --- docs ------------------------------------------------------------------------------------


def columns_markdown() -> str:
    """The text of ``docs/export-columns.md``, generated from :data:`COLUMNS`."""
    lines = [
        "# Export columns",
        "",
        "<!-- Generated from forcewatch.export.COLUMNS by columns_markdown(); do not edit by hand.",
        "     Regenerate: .venv/bin/python -m forcewatch.export > docs/export-columns.md -->",
        "",
        "`forcewatch.export.export(incidents, fmt, out)` writes one row per incident in the formats "
        + ", ".join(f"`{f}`" for f in FORMATS)
        + ". Every format has the same columns, in this order:",
        "",
        "- **csv**: UTF-8, a header line, RFC 4180 quoting, CRLF line ends; empty cells for unknown "
        "values, `true`/`false` for booleans. A text cell starting with `=`, `+`, `-`, `@`, a tab "
        "or a carriage return gets a leading `'` so that spreadsheets do not run it as a formula "
        "(strip it when reading the file with a program).",
        "- **jsonl**: one JSON object per line with `schema_version`, the columns (null when "
        "unknown) and `sources`, the reports behind the incident.",
        "- **geojson**: an RFC 7946 FeatureCollection; each incident is a Feature whose geometry "
        "is a Point `[longitude, latitude]`, or null when the place has no coordinates; the "
        "properties are the columns and `sources`.",
        "- **parquet**: typed columns (string, int64, float64, bool; all nullable; dates as ISO "
        "strings since they may be partial), plus `sources_json`; needs the `parquet` extra.",
        "",
        "Counts follow UCDP GED: `low` is what a report commits to, `best` the best estimate, "
        "`high` a stated upper bound.",
        "",
        "| column | type | what it holds | in ACLED / UCDP GED / Washington Post |",
        "|---|---|---|---|",
    ]
    for column in COLUMNS:
        cells = [f"`{column.name}`", column.type, column.description, column.like or "–"]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(columns_markdown(), end="")
