"""The Monitor's indicators on small, hand-computed sets of invented incidents."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from forcewatch.errors import UsageError
from forcewatch.indicators import (
    IndicatorRow,
    compute,
    excluded,
    period_of,
    plot,
    to_csv,
    to_json,
    to_table,
)
from forcewatch.records import Incident, Quantity


def q(low: int | None, best: int | None = None) -> Quantity:
    return Quantity(low=low, best=best)


def incident(id: int, **fields: Any) -> Incident:
    fields.setdefault("date", "2019-05-02")
    fields.setdefault("date_precision", "day")
    fields.setdefault("country", "CO")
    return Incident(id=id, **fields)


@pytest.fixture
def colombia_2019() -> list[Incident]:
    """Civilians 3+2+1 killed, 1+1+0 injured; agents 1 killed, 2+2 injured; one rejected."""
    return [
        incident(
            1,
            status="verified",
            killed=q(3, 3),
            injured=q(1),
            agents_killed=q(1, 1),
            agents_injured=q(2),
            allegations=["extrajudicial_execution"],
        ),
        incident(2, killed=q(2), injured=q(0, 1), allegations=["excessive_force"]),
        incident(3, status="verified", killed=q(1, 1), agents_killed=q(0), agents_injured=q(2, 2)),
        incident(4, status="rejected", killed=q(10, 10), injured=q(0)),
    ]


@pytest.fixture
def population(tmp_path: Path) -> Path:
    path = tmp_path / "population.csv"
    path.write_text(
        "unit,year,population\nCO,2019,50000000\nco-ant,2019,6500000\nCO,2020,50400000\n",
        encoding="utf-8",
    )
    return path


def only(rows: list[IndicatorRow]) -> IndicatorRow:
    assert len(rows) == 1
    return rows[0]


def test_indicators_hand_computed(colombia_2019: list[Incident], population: Path) -> None:
    row = only(compute(colombia_2019, by="country", period="year", population=population))
    assert (row.unit, row.unit_name, row.period) == ("CO", "Colombia", "2019")
    assert (row.incidents, row.verified) == (3, 2)
    assert (row.civilians_killed, row.civilians_injured) == (6, 2)
    assert (row.agents_killed, row.agents_injured) == (1, 4)
    assert row.lethality_index == 3.0  # 6 / 2
    assert row.killed_per_agent_killed == 6.0  # 6 / 1
    assert row.lethality_ratio == 12.0  # 3.0 / (1 / 4)
    assert row.mean_killed_per_incident == 2.0  # 6 / 3
    assert row.extrajudicial_incidents == 1
    assert row.extrajudicial_share == pytest.approx(1 / 3)
    assert row.population == 50_000_000
    assert row.killed_per_100k == pytest.approx(0.012)  # 6 / 50M * 100k
    assert row.agents_killed_per_100k == pytest.approx(0.002)


def test_indicators_traceable_to_incidents(colombia_2019: list[Incident]) -> None:
    row = only(compute(colombia_2019, by="country", period="year"))
    assert row.incident_ids == (1, 2, 3)
    assert row.verified_ids == (1, 3)
    assert row.extrajudicial_ids == (1,)
    assert row.rejected_ids == (4,)


def test_indicators_rejected_excluded(colombia_2019: list[Incident]) -> None:
    rows = compute(colombia_2019, by="country", period="year")
    assert only(rows).rejected == 1
    assert excluded(rows) == 1
    assert "1 rejected incident excluded" in only(rows).notes
    assert "Rejected incidents excluded: 1." in to_table(rows)
    assert json.loads(to_json(rows))["excluded_rejected"] == 1


def test_indicators_group_of_rejected_only_is_shown_empty() -> None:
    rows = compute([incident(1, status="rejected", killed=q(4))], by="country", period="year")
    row = only(rows)
    assert (row.incidents, row.civilians_killed, row.rejected) == (0, 0, 1)
    assert row.mean_killed_per_incident is None
    assert row.extrajudicial_share is None


def test_indicators_best_then_low_then_zero() -> None:
    rows = compute(
        [
            incident(1, killed=Quantity(low=2, best=3, high=9)),
            incident(2, killed=q(4)),
            incident(3),
        ],
        by="country",
        period="year",
    )
    row = only(rows)
    assert row.civilians_killed == 7
    assert any("fw-3" in note and "counted as 0" in note for note in row.notes)


@pytest.mark.parametrize(
    ("counts", "lethality", "per_agent", "ratio", "note"),
    [
        ((2, 0, 0, 0), None, None, None, "lethality index undefined: no civilians injured"),
        ((2, 1, 0, 3), 2.0, None, None, "lethality ratio undefined: no agents killed"),
        ((2, 1, 1, 0), 2.0, 2.0, None, "lethality ratio undefined: no agents injured"),
        ((0, 0, 0, 0), None, None, None, "civilians killed per agent killed undefined"),
        ((0, 4, 1, 1), 0.0, 0.0, 0.0, None),
    ],
)
def test_indicators_division_by_zero(
    counts: tuple[int, int, int, int],
    lethality: float | None,
    per_agent: float | None,
    ratio: float | None,
    note: str | None,
) -> None:
    killed, injured, agents_killed, agents_injured = counts
    one = incident(
        1,
        killed=q(killed),
        injured=q(injured),
        agents_killed=q(agents_killed),
        agents_injured=q(agents_injured),
    )
    row = only(compute([one], by="country", period="year"))
    assert row.lethality_index == lethality
    assert row.killed_per_agent_killed == per_agent
    assert row.lethality_ratio == ratio
    assert row.mean_killed_per_incident == float(killed)
    if note:
        assert any(n.startswith(note) for n in row.notes), row.notes


@pytest.mark.parametrize(
    ("date", "precision", "period", "expected"),
    [
        ("2019-05-02", "day", "year", "2019"),
        ("2019-05-02", "day", "month", "2019-05"),
        ("2019-05", "month", "month", "2019-05"),
        ("2019-05-02", "week", "month", "2019-05"),
        ("2019", "year", "year", "2019"),
        ("2019", "year", "month", "unknown"),
        ("2019-01-01", "year", "month", "unknown"),
        ("--01-15", "day", "year", "unknown"),
        ("--01-15", "day", "month", "unknown"),
        (None, "unknown", "year", "unknown"),
        ("", "unknown", "month", "unknown"),
    ],
)
def test_indicators_period_of(date: str | None, precision: Any, period: Any, expected: str) -> None:
    assert period_of(Incident(id=1, date=date, date_precision=precision), period) == expected


def test_indicators_unknown_period_sorted_last(population: Path) -> None:
    rows = compute(
        [
            incident(1, date="--01-15", killed=q(1)),
            incident(2, killed=q(2)),
            incident(3, date=None),
        ],
        by="country",
        period="year",
        population=population,
    )
    assert [(r.period, r.incident_ids) for r in rows] == [("2019", (2,)), ("unknown", (1, 3))]
    assert rows[1].killed_per_100k is None
    assert "no rates per 100,000: the period is unknown" in rows[1].notes


def test_indicators_month_periods(population: Path) -> None:
    rows = compute(
        [
            incident(1, date="2019-03-30", killed=q(2), injured=q(1)),
            incident(2, date="2019-03", date_precision="month", killed=q(1)),
            incident(3, date="2019-04-01", killed=q(5), injured=q(1)),
            incident(4, date="2020-04-01", killed=q(1), injured=q(1)),
        ],
        by="country",
        period="month",
        population=population,
    )
    assert [(r.period, r.incident_ids) for r in rows] == [
        ("2019-03", (1, 2)),
        ("2019-04", (3,)),
        ("2020-04", (4,)),
    ]
    assert rows[0].lethality_index == 3.0
    # A month's rate uses that year's population and is not annualised.
    assert rows[1].killed_per_100k == pytest.approx(5 / 50_000_000 * 100_000)
    assert rows[2].population == 50_400_000


def test_indicators_by_admin1(population: Path) -> None:
    rows = compute(
        [
            incident(1, admin1="CO-ANT", killed=q(3)),
            incident(2, admin1="CO-ANT", admin1_name="Antioquia (departamento)", killed=q(1)),
            incident(3, admin1="CO-VAC", killed=q(2)),
            incident(4, killed=q(1)),
            incident(5, country=None, admin1="VE-M", killed=q(1)),
        ],
        by="admin1",
        period="year",
        population=population,
    )
    summary = [(r.country, r.unit, r.unit_name, r.incident_ids) for r in rows]
    assert summary == [
        ("CO", "CO-ANT", "Antioquia", (1, 2)),
        ("CO", "CO-VAC", "Valle del Cauca", (3,)),
        ("CO", "unknown", None, (4,)),
        ("VE", "VE-M", "Miranda", (5,)),
    ]
    # Population units are matched case-insensitively ("co-ant" in the file).
    assert rows[0].killed_per_100k == pytest.approx(4 / 6_500_000 * 100_000)
    assert rows[1].population is None
    assert "no population for CO-VAC in 2019" in rows[1].notes


def test_indicators_unknown_country() -> None:
    rows = compute([incident(1, country=None), incident(2)], by="country", period="year")
    assert [(r.unit, r.incident_ids) for r in rows] == [("CO", (2,)), ("unknown", (1,))]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("unit,year\nCO,2019\n", "lacks the column(s) population"),
        ("unit,year,population\nCO,2019,many\n", "line 2"),
        ("unit,year,population\nCO,twenty,5\n", "line 2"),
        ("unit,year,population\nCO,2019,0\n", "above 0"),
        ("unit,year,population\nCO,2019,5\nco,2019,6\n", "line 3: CO 2019 appears twice"),
    ],
)
def test_indicators_bad_population_table(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "population.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        compute([incident(1)], by="country", period="year", population=path)


def test_indicators_missing_population_table(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read the population table"):
        compute([], by="country", period="year", population=tmp_path / "absent.csv")


def test_indicators_empty() -> None:
    rows = compute([], by="admin1", period="month")
    assert rows == []
    assert "(no incidents)" in to_table(rows)
    assert json.loads(to_json(rows))["rows"] == []


# --- output ----------------------------------------------------------------------------------


def test_indicators_to_table_aligned(colombia_2019: list[Incident], population: Path) -> None:
    rows = compute(
        [*colombia_2019, incident(9, date="2020-02-02", killed=q(12), injured=q(3))],
        by="country",
        period="year",
        population=population,
    )
    lines = to_table(rows).splitlines()
    header, rule, *body = lines[: 2 + len(rows)]
    assert header.split()[:3] == ["unit", "period", "incidents"]
    assert "killed/100k" in header
    assert len({len(header), len(rule), *(len(line) for line in body)}) == 1
    assert "CO Colombia" in body[0]
    assert "3.00" in body[0]  # the lethality index
    assert "33%" in body[0]  # the share alleging an extrajudicial execution


def test_indicators_to_table_without_population_has_no_rates(
    colombia_2019: list[Incident],
) -> None:
    assert "100k" not in to_table(compute(colombia_2019, by="country", period="year"))


def test_indicators_to_csv_round_trip(colombia_2019: list[Incident], tmp_path: Path) -> None:
    rows = compute(colombia_2019, by="country", period="year")
    out = io.StringIO()
    assert to_csv(rows, out) == 1
    record = next(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert record["unit"] == "CO"
    assert record["incident_ids"] == "1;2;3"
    assert record["rejected_ids"] == "4"
    assert float(record["lethality_index"]) == 3.0
    assert record["killed_per_100k"] == ""
    assert "1 rejected incident excluded" in record["notes"]
    path = tmp_path / "indicators.csv"
    assert to_csv(rows, path) == 1
    assert path.read_bytes().decode("utf-8") == out.getvalue()


def test_indicators_to_json(colombia_2019: list[Incident]) -> None:
    document = json.loads(to_json(compute(colombia_2019, by="country", period="year")))
    assert document["schema_version"]
    (row,) = document["rows"]
    assert row["incident_ids"] == [1, 2, 3]
    assert row["lethality_ratio"] == 12.0
    assert row["population"] is None


# --- plot ------------------------------------------------------------------------------------


def many_incidents() -> list[Incident]:
    units = [("CO", "CO-ANT"), ("CO", "CO-VAC"), ("BR", "BR-RJ"), ("VE", "VE-M")]
    out = []
    for n in range(80):
        country, admin1 = units[n % len(units)]
        out.append(
            incident(
                n,
                date=f"{2016 + n % 5}-{1 + n % 12:02d}-10",
                country=country,
                admin1=admin1,
                killed=q(n % 4),
                injured=q(n % 3),
                status="rejected" if n % 11 == 0 else "unreviewed",
            )
        )
    out.append(incident(100, date=None, killed=q(1)))
    return out


@pytest.mark.parametrize("suffix", [".png", ".svg"])
@pytest.mark.parametrize("period", ["year", "month"])
def test_indicators_plot_written(tmp_path: Path, suffix: str, period: Any) -> None:
    path = tmp_path / "plots" / f"indicators{suffix}"
    plot(compute(many_incidents(), by="admin1", period=period), path)
    data = path.read_bytes()
    assert len(data) > 10_000
    if suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    else:
        assert b"<svg" in data[:1000]
        assert b"Lethality index" in data or b"Lethality" in data


@pytest.mark.parametrize("suffix", [".png", ".svg"])
@pytest.mark.parametrize(
    "incidents",
    [
        [],
        [incident(1, date=None, killed=q(2))],
        [incident(1, killed=q(0), injured=q(0))],
        [incident(1, status="rejected")],
    ],
    ids=["none", "undated", "nothing-to-plot", "rejected-only"],
)
def test_indicators_plot_without_data_still_writes(
    tmp_path: Path, suffix: str, incidents: list[Incident]
) -> None:
    path = tmp_path / f"empty{suffix}"
    plot(compute(incidents, by="country", period="year"), path)
    assert path.stat().st_size > 1_000


def test_indicators_plot_refuses_other_formats(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"\.png or \.svg"):
        plot([], tmp_path / "out.pdf")
