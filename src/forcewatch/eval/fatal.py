"""Fatal Encounters narratives joined to the Washington Post's fatal police shootings, as gold.

``../shared/data/fatal-encounters/descriptions_joined_wapo_guardian.csv`` (2,746 rows; SOURCES.md):
each row is a short narrative of one person shot dead by US police, with the person's name, the
city and the state the Post recorded. None of it was written for forcewatch, and no rule was
written from it before it was scored, so it measures English police-shooting prose the project
has not seen. The mapping:

- relevant: always (every row is a death at police hands, by the Post's count);
- killed: 1, the person the row is about (a narrative that tells others killed as well is
  scored against 1: the Post counts people, one a row);
- admin1: the two-letter state as ISO 3166-2 ("OR" -> "US-OR"); place: the city;
- people: the person's name, killed.

The narrative is passed as it is, with ``lang="en"`` and no publication date (the rows' dates
are the deaths', and most narratives say "Saturday", not the date, so dates are not scored).
"""

from __future__ import annotations

import csv
from pathlib import Path

from forcewatch.eval.gold import (
    DataMissingError,
    Dataset,
    EvalItem,
    GoldIncident,
    GoldPerson,
    GoldQuantity,
    GoldReport,
    Policy,
    SourceError,
    shared_data_dir,
)

__all__ = ["FATAL_FIELDS", "default_path", "load_fatal"]

FATAL_FIELDS: tuple[str, ...] = ("killed", "state", "city", "names_recall")
COLUMNS = ("fe_row", "name", "description", "city", "state", "manner_of_death")


def default_path() -> Path:
    return shared_data_dir() / "fatal-encounters" / "descriptions_joined_wapo_guardian.csv"


def gold_from_row(row: dict[str, str]) -> GoldReport:
    state = row["state"].strip().upper()
    name = row["name"].strip()
    incident = GoldIncident(
        date=None,
        date_precision="unknown",
        country="US",
        admin1=f"US-{state}" if len(state) == 2 and state.isalpha() else None,
        place=row["city"].strip() or None,
        killed=GoldQuantity.exactly(1),
        forces=["police"],
        people=[GoldPerson(name=name, role="victim", fate="killed")] if name else [],
    )
    return GoldReport(
        id=f"fe-{row['fe_row'].strip()}", lang="en", relevant=True, incidents=[incident]
    )


def load_fatal(path: str | Path | None = None) -> Dataset:
    path = Path(path) if path is not None else default_path()
    if not path.is_file():
        raise DataMissingError(path, "Fatal Encounters narratives joined to the Post's rows")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SourceError(f"{path}: not the joined Fatal Encounters file (no {missing[0]!r})")
        rows = [row for row in reader if row["description"].strip()]
    golds = [(gold_from_row(row), row["description"]) for row in rows]
    items = [EvalItem(id=gold.id, gold=gold, text=text, lang="en") for gold, text in golds]
    notes = [
        f"{len(items)} narratives of people shot dead by US police (every one relevant)",
        "killed: 1 a row, the person the Post counted; dates not scored (the rows give no "
        "publication date)",
    ]
    policy = Policy(fields=FATAL_FIELDS, counts="value")
    return Dataset(name="fatal-encounters", path=path, items=items, policy=policy, notes=notes)
