"""The indicators of the Monitor of the Use of Lethal Force in Latin America.

For each country or first-level division (ISO 3166-2) and each year or month:

    incidents, verified            incidents counted, and how many an analyst verified
    civilians_killed / _injured    civilians and suspects killed / injured by state agents
    agents_killed / _injured       state agents killed / injured
    lethality_index                civilians killed / civilians injured (above 1 is a warning)
    killed_per_agent_killed        civilians killed / agents killed
    lethality_ratio                lethality_index / (agents killed / agents injured)
    mean_killed_per_incident       civilians killed / incidents
    extrajudicial_share            share of incidents alleging an extrajudicial execution
    killed_per_100k, ...           with a population table, civilians and agents killed per
                                   100,000 inhabitants of the unit in that year (a month's
                                   rate is that month's, not annualised)

Each count adds up the ``best`` figure of every incident, its ``low`` figure when it has no best,
and 0 when it has neither (the row's notes name those incidents). A ratio whose denominator is 0 is
None, and the row's notes say why. Incidents an analyst rejected are left out; each row says how
many and which. Every row carries the ids of the incidents behind it, so each figure can be traced
to its reports.

An incident's period comes from its date: ``2019`` or ``2019-03``. A date without a year
(``--01-15``), no date, or a month asked of a date known only to the year gives the period
``unknown``.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from forcewatch.errors import UsageError
from forcewatch.export import Cell, atomic_path, best_count, country_name, write_csv_rows
from forcewatch.export import admin1_name as _admin1_name
from forcewatch.records import SCHEMA_VERSION, Incident

By = Literal["country", "admin1"]
Period = Literal["year", "month"]
UNKNOWN = "unknown"
WARNING_LEVEL = 1.0
PER = 100_000

_YEAR = re.compile(r"^(\d{4})(?:-|$)")
_MONTH = re.compile(r"^(\d{4}-\d{2})(?:-|$)")


@dataclass(frozen=True)
class IndicatorRow:
    by: By
    unit: str
    """ISO 3166-1 alpha-2 or ISO 3166-2 code; ``unknown`` when the incidents lack it."""
    unit_name: str | None
    country: str
    period: str
    incidents: int
    verified: int
    civilians_killed: int
    civilians_injured: int
    agents_killed: int
    agents_injured: int
    lethality_index: float | None
    killed_per_agent_killed: float | None
    lethality_ratio: float | None
    mean_killed_per_incident: float | None
    extrajudicial_incidents: int
    extrajudicial_share: float | None
    population: int | None
    killed_per_100k: float | None
    agents_killed_per_100k: float | None
    rejected: int
    incident_ids: tuple[int, ...]
    verified_ids: tuple[int, ...]
    extrajudicial_ids: tuple[int, ...]
    rejected_ids: tuple[int, ...]
    notes: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.unit} {self.unit_name}" if self.unit_name else self.unit


@dataclass
class _Group:
    by: By
    unit: str
    country: str
    period: str
    unit_name: str | None = None
    ids: list[int] = field(default_factory=list)
    verified_ids: list[int] = field(default_factory=list)
    extrajudicial_ids: list[int] = field(default_factory=list)
    rejected_ids: list[int] = field(default_factory=list)
    no_killed_figure: list[int] = field(default_factory=list)
    killed: int = 0
    injured: int = 0
    agents_killed: int = 0
    agents_injured: int = 0

    def add(self, incident: Incident) -> None:
        if self.unit_name is None:
            self.unit_name = (
                country_name(self.country) if self.by == "country" else _admin1_name(incident)
            )
        if incident.status == "rejected":
            self.rejected_ids.append(incident.id)
            return
        self.ids.append(incident.id)
        if incident.status == "verified":
            self.verified_ids.append(incident.id)
        if "extrajudicial_execution" in incident.allegations:
            self.extrajudicial_ids.append(incident.id)
        killed = best_count(incident.killed)
        if killed is None:
            self.no_killed_figure.append(incident.id)
        self.killed += killed or 0
        self.injured += best_count(incident.injured) or 0
        self.agents_killed += best_count(incident.agents_killed) or 0
        self.agents_injured += best_count(incident.agents_injured) or 0

    def row(self, population: dict[tuple[str, int], int] | None) -> IndicatorRow:
        notes: list[str] = []
        n = len(self.ids)
        if self.rejected_ids:
            notes.append(f"{_plural(len(self.rejected_ids), 'rejected incident')} excluded")
        if n == 0:
            notes.append("no incidents left after excluding rejected ones")
        if self.no_killed_figure:
            notes.append(
                f"{_plural(len(self.no_killed_figure), 'incident')} without a civilians-killed "
                f"figure counted as 0: {_ids(self.no_killed_figure)}"
            )
        lethality = _ratio(self.killed, self.injured)
        if lethality is None and n:
            notes.append("lethality index undefined: no civilians injured")
        per_agent = _ratio(self.killed, self.agents_killed)
        if per_agent is None and n:
            notes.append("civilians killed per agent killed undefined: no agents killed")
        agent_index = _ratio(self.agents_killed, self.agents_injured)
        lethality_ratio = None
        if n and lethality is not None:
            if agent_index is None:
                notes.append("lethality ratio undefined: no agents injured")
            elif agent_index == 0:
                notes.append("lethality ratio undefined: no agents killed")
            else:
                lethality_ratio = lethality / agent_index
        inhabitants = None
        if population is not None:
            year = _YEAR.match(self.period)
            if year is None:
                notes.append("no rates per 100,000: the period is unknown")
            else:
                inhabitants = population.get((self.unit, int(year.group(1))))
                if inhabitants is None:
                    notes.append(f"no population for {self.unit} in {year.group(1)}")
        return IndicatorRow(
            by=self.by,
            unit=self.unit,
            unit_name=self.unit_name,
            country=self.country,
            period=self.period,
            incidents=n,
            verified=len(self.verified_ids),
            civilians_killed=self.killed,
            civilians_injured=self.injured,
            agents_killed=self.agents_killed,
            agents_injured=self.agents_injured,
            lethality_index=lethality,
            killed_per_agent_killed=per_agent,
            lethality_ratio=lethality_ratio,
            mean_killed_per_incident=_ratio(self.killed, n),
            extrajudicial_incidents=len(self.extrajudicial_ids),
            extrajudicial_share=_ratio(len(self.extrajudicial_ids), n),
            population=inhabitants,
            killed_per_100k=_rate(self.killed, inhabitants),
            agents_killed_per_100k=_rate(self.agents_killed, inhabitants),
            rejected=len(self.rejected_ids),
            incident_ids=tuple(self.ids),
            verified_ids=tuple(self.verified_ids),
            extrajudicial_ids=tuple(self.extrajudicial_ids),
            rejected_ids=tuple(self.rejected_ids),
            notes=tuple(notes),
        )


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _rate(count: int, inhabitants: int | None) -> float | None:
    return count / inhabitants * PER if inhabitants else None


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _ids(ids: Sequence[int], most: int = 10) -> str:
    shown = ", ".join(f"fw-{i}" for i in ids[:most])
    return shown + (f" and {len(ids) - most} more" if len(ids) > most else "")


def period_of(incident: Incident, period: Period) -> str:
    """``2019`` or ``2019-03`` from the incident's date, else ``unknown``."""
    date = incident.date or ""
    if period == "year":
        match = _YEAR.match(date)
    elif incident.date_precision == "year":
        match = None
    else:
        match = _MONTH.match(date)
    return match.group(1) if match else UNKNOWN


def _unit_of(incident: Incident, by: By) -> tuple[str, str]:
    """(country, unit) of the incident; ``unknown`` for what it lacks."""
    admin1 = incident.admin1.upper() if incident.admin1 else None
    code = incident.country or (admin1.split("-")[0] if admin1 else None)
    country = code.upper() if code else UNKNOWN
    if by == "country":
        return country, country
    return country, admin1 or UNKNOWN


def load_population(path: Path) -> dict[tuple[str, int], int]:
    """A population table: CSV with the columns ``unit,year,population``.

    ``unit`` is an ISO 3166-1 alpha-2 code (``CO``) or an ISO 3166-2 code (``CO-ANT``)."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            missing = {"unit", "year", "population"} - set(reader.fieldnames or ())
            if missing:
                raise UsageError(
                    f"population table {path} lacks the column(s) {', '.join(sorted(missing))}; "
                    "it needs unit,year,population"
                )
            table: dict[tuple[str, int], int] = {}
            for record in reader:
                where = f"population table {path}, line {reader.line_num}"
                try:
                    key = (record["unit"].strip().upper(), int(record["year"]))
                    people = int(record["population"])
                except (ValueError, AttributeError) as exc:
                    raise UsageError(
                        f"{where}: expected a unit, a year and a whole number of people, "
                        f"got {record!r}"
                    ) from exc
                if people <= 0:
                    raise UsageError(f"{where}: population must be above 0, got {people}")
                if key in table:
                    raise UsageError(f"{where}: {key[0]} {key[1]} appears twice")
                table[key] = people
    except OSError as exc:
        raise UsageError(f"cannot read the population table {path}: {exc.strerror}") from exc
    return table


def compute(
    incidents: Iterable[Incident],
    *,
    by: By,
    period: Period,
    population: Path | None = None,
) -> list[IndicatorRow]:
    """The indicators for each unit (``by``) and period, sorted by country, unit and period."""
    if by not in ("country", "admin1"):
        raise UsageError(f"indicators by {by!r}: choose country or admin1")
    if period not in ("year", "month"):
        raise UsageError(f"indicators per {period!r}: choose year or month")
    table = load_population(population) if population is not None else None
    groups: dict[tuple[str, str, str], _Group] = {}
    for incident in incidents:
        country, unit = _unit_of(incident, by)
        key = (country, unit, period_of(incident, period))
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(by, unit, country, key[2])
        group.add(incident)
    return [groups[key].row(table) for key in sorted(groups, key=_sort_key)]


def _sort_key(key: tuple[str, str, str]) -> tuple[bool, str, bool, str, bool, str]:
    country, unit, period = key
    return (country == UNKNOWN, country, unit == UNKNOWN, unit, period == UNKNOWN, period)


def excluded(rows: Iterable[IndicatorRow]) -> int:
    """Rejected incidents left out of the figures."""
    return sum(r.rejected for r in rows)


# --- output ----------------------------------------------------------------------------------

_TABLE: tuple[tuple[str, str, bool], ...] = (
    # (header, field, needs a population table)
    ("unit", "label", False),
    ("period", "period", False),
    ("incidents", "incidents", False),
    ("verified", "verified", False),
    ("civ. killed", "civilians_killed", False),
    ("civ. injured", "civilians_injured", False),
    ("agents killed", "agents_killed", False),
    ("agents injured", "agents_injured", False),
    ("lethality", "lethality_index", False),
    ("killed/agent", "killed_per_agent_killed", False),
    ("ratio", "lethality_ratio", False),
    ("mean killed", "mean_killed_per_incident", False),
    ("EJE share", "extrajudicial_share", False),
    ("killed/100k", "killed_per_100k", True),
    ("agents/100k", "agents_killed_per_100k", True),
)


def _shown(value: Any, name: str) -> str:
    if value is None:
        return "–"
    if name == "extrajudicial_share":
        return f"{value:.0%}"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def to_table(rows: Sequence[IndicatorRow]) -> str:
    """An aligned text table, with each row's notes and the rejected count below it."""
    with_rates = any(r.population is not None for r in rows)
    columns = [(h, f) for h, f, rate in _TABLE if with_rates or not rate]
    body = [[_shown(getattr(r, f), f) for _, f in columns] for r in rows]
    widths = [max([len(h)] + [len(line[i]) for line in body]) for i, (h, _) in enumerate(columns)]

    def aligned(cells: Sequence[str]) -> str:
        return "  ".join(
            cell.ljust(width) if i < 2 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    lines = [aligned([h for h, _ in columns]), aligned(["-" * w for w in widths])]
    lines += [aligned(cells) for cells in body]
    if not rows:
        lines.append("(no incidents)")
    noted = [r for r in rows if r.notes]
    if noted:
        lines += ["", "Notes:"]
        lines += [f"  {r.unit} {r.period}: {'; '.join(r.notes)}" for r in noted]
    lines += [
        "",
        f"Rejected incidents excluded: {excluded(rows)}. Lethality above "
        f"{WARNING_LEVEL:g} is a warning sign. Incident ids per row: JSON or CSV output.",
    ]
    if with_rates and any(_MONTH.match(r.period) for r in rows):
        lines.append("Rates of a month are for that month, not annualised.")
    return "\n".join(lines) + "\n"


def _record(row: IndicatorRow) -> dict[str, Any]:
    return dataclasses.asdict(row)


def to_json(rows: Sequence[IndicatorRow]) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "excluded_rejected": excluded(rows),
        "rows": [_record(r) for r in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


CSV_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(IndicatorRow))


def _csv_record(row: IndicatorRow) -> dict[str, Cell]:
    record: dict[str, Cell] = {}
    for name, value in _record(row).items():
        if name == "notes":
            record[name] = " | ".join(value)
        elif isinstance(value, tuple | list):
            record[name] = ";".join(str(v) for v in value)
        else:
            record[name] = value
    return record


def to_csv(rows: Iterable[IndicatorRow], out: IO[str] | Path) -> int:
    """One CSV line per row (ids ``;``-separated, notes `` | ``-separated); returns rows written."""
    if isinstance(out, Path):
        with atomic_path(out) as temporary, temporary.open("w", newline="", encoding="utf-8") as f:
            return write_csv_rows(f, CSV_COLUMNS, (_csv_record(r) for r in rows))
    return write_csv_rows(out, CSV_COLUMNS, (_csv_record(r) for r in rows))


# --- plot ------------------------------------------------------------------------------------

MAX_PLOTTED_GROUPS = 10


def periods_between(periods: Iterable[str]) -> list[str]:
    """Every year or month from the first to the last, so that gaps show as gaps."""
    known = sorted(p for p in periods if p != UNKNOWN)
    if not known:
        return []
    first, last = known[0], known[-1]
    if len(first) == 4:
        return [str(y) for y in range(int(first), int(last) + 1)]
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _ticks(periods: Sequence[str], most: int = 14) -> list[int]:
    """Positions to label: every period when few, else every 2nd, 3rd, 6th... on round ones."""
    monthly = len(periods[0]) == 7
    numbers = [int(p[:4]) * 12 + int(p[5:7]) - 1 if monthly else int(p) for p in periods]
    for step in (1, 2, 3, 6, 12, 24, 60, 120) if monthly else (1, 2, 5, 10, 20, 50, 100):
        ticks = [i for i, n in enumerate(numbers) if n % step == 0]
        if len(ticks) <= most:
            return ticks or [0]
    return [0, len(periods) - 1]


def plot(rows: Sequence[IndicatorRow], path: Path) -> None:
    """Two panels: the lethality index of each unit over time, and civilians killed over time.

    The format follows the suffix, ``.png`` or ``.svg``. Units with nothing to show are left out,
    and so are undated incidents (a note says how many); with nothing to plot the image says so."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise UsageError(f"cannot plot to {path.name}: the file name must end in .png or .svg")
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise UsageError("plots need matplotlib; install it with: pip install matplotlib") from exc

    periods = periods_between(r.period for r in rows if r.incidents)
    by_unit: dict[str, dict[str, IndicatorRow]] = {}
    for r in rows:
        if r.incidents and r.period != UNKNOWN:
            by_unit.setdefault(r.label, {})[r.period] = r
    # The units with most civilians killed; a note counts the others.
    ranked = sorted(by_unit, key=lambda u: -sum(r.civilians_killed for r in by_unit[u].values()))
    shown, hidden = ranked[:MAX_PLOTTED_GROUPS], ranked[MAX_PLOTTED_GROUPS:]

    where = "first-level division" if rows and rows[0].by == "admin1" else "country"
    when = "month" if any(_MONTH.match(r.period) for r in rows) else "year"
    fig = Figure(figsize=(11, 8), layout="constrained")
    fig.suptitle(
        f"Use of lethal force by state agents, by {where} and {when}",
        fontsize=14,
        fontweight="bold",
    )
    if periods:
        series = {unit: [by_unit[unit].get(p) for p in periods] for unit in shown}
        colours = {unit: f"C{i}" for i, unit in enumerate(shown)}
        lethality_ax, killed_ax = fig.subplots(2, 1, sharex=True)
        _lethality_panel(lethality_ax, series, colours)
        _killed_panel(killed_ax, series, colours)
        ticks = _ticks(periods)
        killed_ax.set_xticks(
            ticks, [periods[i] for i in ticks], rotation=45 if when == "month" else 0
        )
        killed_ax.set_xlabel(when.capitalize())
        # One entry per unit (its line, else its bars), the warning level last.
        entries: dict[str, Any] = {}
        for ax in (killed_ax, lethality_ax):
            handles, labels = ax.get_legend_handles_labels()
            entries |= dict(zip(labels, handles, strict=True))
        labels = [u for u in shown if u in entries] + ["warning level (1)"]
        handles = [entries[label] for label in labels]
        # A year or two would make bars as wide as the figure: keep room for at least four.
        pad = max(0.0, (4 - len(periods)) / 2)
        killed_ax.set_xlim(-0.5 - pad, len(periods) - 0.5 + pad)
        lethality_ax.legend(
            handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False
        )
    else:
        fig.text(0.5, 0.5, "No dated incidents to plot.", ha="center", va="center", fontsize=14)

    remarks = []
    if hidden:
        remarks.append(f"{len(hidden)} more units not shown")
    undated = sum(r.incidents for r in rows if r.period == UNKNOWN)
    if undated:
        remarks.append(f"{_plural(undated, 'incident')} with an unknown date not shown")
    if excluded(rows):
        remarks.append(f"{_plural(excluded(rows), 'rejected incident')} excluded")
    if remarks:
        fig.supxlabel("; ".join(remarks) + ".", fontsize=9, color="dimgray", x=0.01, ha="left")
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as temporary:
        fig.savefig(temporary, format=suffix[1:], dpi=110)


def _lethality_panel(
    ax: Any, series: dict[str, list[IndicatorRow | None]], colours: dict[str, str]
) -> None:
    drawn = False
    for unit, found in series.items():
        ys = [r.lethality_index if r and r.lethality_index is not None else math.nan for r in found]
        if all(math.isnan(y) for y in ys):
            continue
        # NaN breaks the line, so a period without a value is a gap, not an interpolation.
        ax.plot(range(len(ys)), ys, marker="o", color=colours[unit], label=unit, linewidth=2)
        drawn = True
    ax.axhline(
        WARNING_LEVEL, color="firebrick", linestyle="--", linewidth=1.2, label="warning level (1)"
    )
    ax.set_ylabel("Lethality index\n(civilians killed per injured)")
    ax.set_title("Lethality index", loc="left", fontsize=11)
    ax.set_ylim(0, max(ax.get_ylim()[1], WARNING_LEVEL * 1.25))
    ax.grid(axis="y", alpha=0.3)
    if not drawn:
        ax.text(
            0.5,
            0.6,
            "No civilians injured in any period: the index is undefined.",
            transform=ax.transAxes,
            ha="center",
            color="dimgray",
        )


def _killed_panel(
    ax: Any, series: dict[str, list[IndicatorRow | None]], colours: dict[str, str]
) -> None:
    bottom: list[int] = []
    for unit, found in series.items():
        heights = [r.civilians_killed if r else 0 for r in found]
        bottom = bottom or [0] * len(heights)
        if not any(heights):
            continue
        ax.bar(
            range(len(heights)), heights, bottom=bottom, color=colours[unit], label=unit, width=0.7
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylim(0, max(bottom, default=0) * 1.08 or 1)  # room above the tallest stack
    ax.set_ylabel("Civilians killed")
    ax.set_title("Civilians killed by state agents", loc="left", fontsize=11)
    ax.grid(axis="y", alpha=0.3)
    ax.yaxis.get_major_locator().set_params(integer=True)
    if not any(bottom):
        ax.text(
            0.5, 0.5, "No civilians killed.", transform=ax.transAxes, ha="center", color="dimgray"
        )
