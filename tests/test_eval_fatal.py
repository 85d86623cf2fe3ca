"""The Fatal Encounters adapter: rows of the joined file as gold records."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from forcewatch.eval.fatal import default_path, load_fatal
from forcewatch.eval.gold import DataMissingError, SourceError
from forcewatch.eval.runner import load_source

HEADER = [
    "fe_row", "name", "date", "description", "wapo_id", "guardian_uid", "city", "state", "agency",
    "classification", "armed", "armed_guardian", "manner_of_death",
]  # fmt: skip


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER)
        writer.writeheader()
        for row in rows:
            writer.writerow({key: row.get(key, "") for key in HEADER})
    return path


def test_fatal_rows_become_one_police_killing_each(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "joined.csv",
        [
            {
                "fe_row": "7",
                "name": "Dale Ortiz",
                "description": "Deputies said Ortiz swung a pipe at them before one shot him.",
                "city": "Bend",
                "state": "or",
                "manner_of_death": "shot",
            },
            {"fe_row": "8", "name": "", "description": "  ", "city": "", "state": ""},
            {"fe_row": "9", "name": "", "description": "An officer shot a man.", "state": "??"},
        ],
    )
    dataset = load_fatal(path)
    assert [item.id for item in dataset.items] == ["fe-7", "fe-9"]  # no text, no item
    first = dataset.items[0]
    assert first.lang == "en" and first.gold.relevant and first.text is not None
    [incident] = first.gold.incidents
    assert (incident.country, incident.admin1, incident.place) == ("US", "US-OR", "Bend")
    assert incident.killed is not None and incident.killed.best == 1
    assert incident.names == ["Dale Ortiz"]
    last = dataset.items[1].gold.incidents[0]
    assert last.admin1 is None and last.place is None and last.people == []


def test_fatal_refuses_another_csv(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(SourceError, match="not the joined Fatal Encounters file"):
        load_fatal(path)
    with pytest.raises(DataMissingError):
        load_fatal(tmp_path / "absent.csv")


@pytest.mark.skipif(not default_path().is_file(), reason="../shared/data is not beside the repo")
def test_fatal_shared_data_loads_by_name() -> None:
    dataset = load_source("fatal")
    assert len(dataset.items) > 2700
    assert all(item.gold.relevant for item in dataset.items)
