"""Analysts' changes: one validation for every edit, the audit log, optimistic locking, no
analyst's value lost to concurrency, joins or merges, read verbs that survive any stored value,
exports that never leave a broken file."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import update

from forcewatch.cli import main
from forcewatch.errors import InvalidValue, StaleEdit
from forcewatch.export import export
from forcewatch.merge.run import run_merge
from forcewatch.review import edit, edit_many, history, join, mark_relevant, set_status
from forcewatch.store import Store, models
from forcewatch.store.query import IncidentFilter, find_incidents, get_incident, iter_incidents
from tests.test_store import A, B, C, add

IRRELEVANT = (
    "La policía informó que un hombre mató a su esposa en Maracaibo, estado Zulia, el domingo. "
    "El sospechoso fue detenido."
)


def _two(store_url: str) -> tuple[Store, int, int]:
    store = Store.open(store_url)
    add(store, A, "a.txt", "2018-01-16")
    add(store, B, "b.txt", "2018-01-17")
    add(store, C, "c.txt", "2019-03-20")
    run_merge(store)
    junquito = find_incidents(store, IncidentFilter(admin1="VE-M"))[0].id
    zulia = find_incidents(store, IncidentFilter(admin1="VE-V"))[0].id
    return store, junquito, zulia


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date", "2018-02-30", "does not exist"),
        ("date", "16/01/2018", "is not a date"),
        ("date", "2999-01-01", "in the future"),
        ("date_precision", "day", None),
        ("admin1", "CO-ANT", "is in CO, not in the incident's country VE"),
        ("admin1", "VE-ZZ", "not an ISO 3166-2 code"),
        ("country", "Atlantis", "not an ISO 3166-1 code"),
        ("killed_best", -1, "cannot be negative"),
        ("killed_best", 2.5, "whole number"),
        ("killed_best", "many", "whole number"),
        ("killed_best", 20, "low <= best <= high does not hold"),
        ("forces", ["police", "army"], "'army' not allowed"),
        ("allegations", ["murder"], "'murder' not allowed"),
        ("operation", "ambush", "not allowed"),
        ("lat", 123, "outside -90..90"),
        ("status", "verified", "cannot be edited"),
    ],
)
def test_review_bad_value_refused_and_nothing_stored(
    tmp_path: Path, field: str, value: object, message: str | None
) -> None:
    store, junquito, _ = _two(str(tmp_path / "db.sqlite"))
    before = get_incident(store, junquito)
    if message is None:  # a precision the date does not have
        with pytest.raises(InvalidValue) as caught:
            edit_many(store, junquito, {"date": "2018-01", "date_precision": value}, who="ana")
        assert "not precise to the day" in caught.value.message
        assert get_incident(store, junquito) == before
        return
    with pytest.raises(InvalidValue) as caught:
        edit(store, junquito, field, value, who="ana", why="test")
    assert message in caught.value.message
    assert get_incident(store, junquito) == before
    assert history(store, junquito) == []


def test_review_cli_bad_edit_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db.sqlite")
    _, junquito, _ = _two(db)
    code = main(["edit", str(junquito), "forces", '["police","army"]', "--who", "ana", "--db", db])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.count("\n") == 0 and "[FW202]" in err and "'army' not allowed" in err
    assert main(["incidents", "--db", db]) == 0


def test_review_valid_edits_normalised_and_counts_kept_ordered(tmp_path: Path) -> None:
    store, junquito, _ = _two(str(tmp_path / "db.sqlite"))
    edit_many(
        store,
        junquito,
        {"country": "Venezuela", "admin1": "ve-m", "killed_high": "12", "killed_best": 10},
        who="ana",
        why="official count",
    )
    incident = get_incident(store, junquito)
    assert (incident.country, incident.admin1) == ("VE", "VE-M")
    assert incident.killed is not None and (incident.killed.best, incident.killed.high) == (10, 12)
    run_merge(store, rebuild=True)
    assert get_incident(store, junquito).killed == incident.killed


def test_review_stale_version_refused_with_a_clear_message(tmp_path: Path) -> None:
    store, junquito, _ = _two(str(tmp_path / "db.sqlite"))
    with store.session() as s:
        version = s.get(models.Incident, junquito).version  # type: ignore[union-attr]
    edit(store, junquito, "place", "El Junquito", who="ana", version=version)
    with pytest.raises(StaleEdit) as caught:
        edit(store, junquito, "place", "Junquito", who="luis", version=version)
    assert "has changed since you read it" in caught.value.message
    assert get_incident(store, junquito).place == "El Junquito"
    with pytest.raises(StaleEdit):
        set_status(store, junquito, "verified", who="luis", version=version)


TEN = {
    "place": "El Junquito",
    "city": "Caracas",
    "notes": "checked",
    "operation": "raid",
    "allegations": '["extrajudicial_execution"]',
    "forces": '["police","military"]',
    "lat": "10.45",
    "lon": "-67.08",
    "geo_precision": "2",
    "date_precision": "day",
}


def test_review_ten_concurrent_cli_edits_none_lost(store_url: str) -> None:
    store, junquito, _ = _two(store_url)
    store.close()

    def run(field: str) -> int:
        argv = [sys.executable, "-m", "forcewatch.cli", "--db", store_url, "edit"]
        argv += [str(junquito), field, TEN[field], "--who", f"analyst-{field}", "--why", "test"]
        return subprocess.run(argv, capture_output=True, timeout=120).returncode

    with ThreadPoolExecutor(len(TEN)) as pool:
        assert list(pool.map(run, TEN)) == [0] * len(TEN)
    store = Store.open(store_url)
    run_merge(store, rebuild=True)
    incident = get_incident(store, junquito)
    assert set(incident.edited_fields) == set(TEN)
    assert (incident.place, incident.city, incident.operation) == ("El Junquito", "Caracas", "raid")
    assert incident.forces == ["police", "military"] and incident.lat == 10.45
    assert sorted(e.field for e in history(store, junquito)) == sorted(TEN)
    store.close()


def test_review_join_keeps_the_joined_incidents_edits_and_status(store_url: str) -> None:
    store, junquito, zulia = _two(store_url)
    set_status(store, zulia, "verified", who="luis", why="read it")
    edit(store, zulia, "notes", "from zulia", who="luis")
    edit(store, zulia, "place", "Villa Bonita", who="luis")
    edit(store, junquito, "place", "El Junquito", who="ana")
    join(store, junquito, [zulia], who="ana", why="same operation")
    run_merge(store, rebuild=True)
    joined = get_incident(store, junquito)
    assert joined.status == "verified"
    assert joined.notes == "from zulia" and joined.place == "El Junquito"
    assert set(joined.edited_fields) >= {"notes", "place"}
    fields = [e.field for e in history(store, junquito)]
    assert fields.count("status") == 2 and "join" in fields
    assert any("set aside" in e.why for e in history(store, junquito))
    store.close()


def test_review_history_verb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db.sqlite")
    _, junquito, _ = _two(db)
    assert main(["--db", db, "edit", str(junquito), "killed_best", "8", "--who", "ana"]) == 0
    assert main(["--db", db, "review", str(junquito), "verified", "--who", "luis"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "history", str(junquito)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "ana  killed_best: 8 -> 8" in out[0] and out[1].endswith(
        'status: "unreviewed" -> "verified"'
    )
    assert main(["--db", db, "history", str(junquito), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["who"] == "ana"


def test_review_read_verbs_survive_invalid_stored_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db.sqlite")
    store, junquito, _ = _two(db)
    with store.session() as s:  # what an unvalidated edit of an older forcewatch could store
        s.execute(
            update(models.Incident)
            .where(models.Incident.id == junquito)
            .values(forces=["police", "army"], killed_low=9, killed_best=3, operation="ambush")
        )
    for argv in (
        ["incidents"],
        ["show", str(junquito)],
        ["show", str(junquito), "--format", "json"],
        ["export", "--format", "jsonl"],
        ["indicators"],
    ):
        assert main(["--db", db, *argv]) == 0, argv
    incident = get_incident(store, junquito)
    assert incident.forces == ["police"]
    assert "forces: 'army'" in incident.conflicts["invalid stored value"]


def test_review_send_back_as_relevant(tmp_path: Path) -> None:
    store, _, _ = _two(str(tmp_path / "db.sqlite"))
    document = add(store, IRRELEVANT, "irrelevant.txt", "2019-05-06")
    incident = mark_relevant(store, document, who="ana", why="the man was an off-duty officer")
    found = get_incident(store, incident)
    assert [s.document_id for s in found.sources] == [document]
    assert found.date == "2019-05-06"
    assert history(store, incident)[0].field == "relevant"
    run_merge(store, rebuild=True)
    assert get_incident(store, incident).sources[0].document_id == document


def test_review_failed_export_keeps_the_previous_file(tmp_path: Path) -> None:
    store, _, _ = _two(str(tmp_path / "db.sqlite"))
    out = tmp_path / "incidents.csv"
    export(iter_incidents(store, IncidentFilter()), "csv", out)
    before = out.read_bytes()

    def broken():  # type: ignore[no-untyped-def]
        yield from iter_incidents(store, IncidentFilter())
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        export(broken(), "csv", out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--country", "Atlantis"], "country 'Atlantis'"),
        (["--from", "2018-13"], "--from date '2018-13' does not exist"),
        (["--to", "yesterday"], "is not a date"),
        (["--force", "army"], "force 'army'"),
        (["--from", "2019", "--to", "2018"], "is after --to"),
    ],
)
def test_review_cli_bad_filter_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    db = str(tmp_path / "db.sqlite")
    assert main(["--db", db, "incidents", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_review_country_filter_accepts_codes_and_names(tmp_path: Path) -> None:
    store, _, _ = _two(str(tmp_path / "db.sqlite"))
    for value in ("VE", "ve", "VEN", "Venezuela"):
        assert len(find_incidents(store, IncidentFilter.parse(country=value))) == 2, value
