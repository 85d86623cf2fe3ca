"""The database on SQLite and on PostgreSQL: reports stored whole and once, merges, search,
analysts' decisions kept across merges, and clear errors for databases we cannot use."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import forcewatch
from forcewatch.errors import BadDatabase, NewerSchema
from forcewatch.merge.run import run_merge
from forcewatch.records import Incident, RawPage
from forcewatch.review import edit, history, join, set_status, split
from forcewatch.store import Store
from forcewatch.store.query import (
    LISTED_OUT,
    IncidentFilter,
    find_incidents,
    find_page,
    get_incident,
    incident_links,
)

A = (
    "CARACAS, 16 ene (Agencia) – El operativo de los cuerpos de seguridad para capturar al "
    "exinspector Óscar Pérez dejó ayer siete muertos en El Junquito, estado Miranda, según el "
    "balance oficial. Familiares denunciaron que no han recibido información sobre los cuerpos."
)
B = (
    "Al menos nueve personas murieron el lunes en El Junquito, estado Miranda, durante el "
    "operativo de las fuerzas de seguridad contra Óscar Pérez, denunció una organización de "
    "derechos humanos que habla de ejecuciones extrajudiciales."
)
C = (
    "MARACAIBO, 20 mar (Agencia) – Funcionarios de la Policía Nacional Bolivariana mataron "
    "ayer a dos hombres durante un allanamiento en el barrio Villa Bonita, estado Zulia."
)


def add(store: Store, body: str, name: str, published: str) -> int:
    page = RawPage(data=body.encode(), name=name)
    extraction = forcewatch.extract(body, published=published)
    stored = store.add_report(page, extraction, None)
    assert stored is not None
    return stored[0]


def test_store_report_stored_whole_and_once(store_url: str) -> None:
    store = Store.open(store_url)
    add(store, A, "a.txt", "2018-01-16")
    page = RawPage(data=A.encode(), name="again.txt")
    assert store.add_report(page, forcewatch.extract(A, published="2018-01-16"), None) is None
    counts = store.counts()
    assert (counts["raw_pages"], counts["documents"], counts["mentions"]) == (1, 1, 1)
    assert store.raw_bytes(1) == A.encode()
    store.close()


def test_store_merge_reports_of_one_operation(store_url: str) -> None:
    store = Store.open(store_url)
    add(store, A, "a.txt", "2018-01-16")
    add(store, B, "b.txt", "2018-01-17")
    add(store, C, "c.txt", "2019-03-20")
    summary = run_merge(store)
    assert (summary.mentions, summary.incidents) == (3, 2)
    [junquito] = find_incidents(store, IncidentFilter(admin1="VE-M"))
    assert junquito.n_sources == 2
    assert junquito.killed is not None
    assert (junquito.killed.low, junquito.killed.high) == (7, 9)
    assert junquito.date == "2018-01-15"
    links = incident_links(store, junquito.id)
    assert any("same day 2018-01-15" in link.explanation for link in links)
    assert run_merge(store).mentions == 0  # a second run changes nothing
    assert len(find_incidents(store, IncidentFilter())) == 2
    store.close()


def test_store_filters_and_text_search(store_url: str) -> None:
    store = Store.open(store_url)
    add(store, A, "a.txt", "2018-01-16")
    add(store, C, "c.txt", "2019-03-20")
    run_merge(store)
    assert len(find_incidents(store, IncidentFilter(country="VE"))) == 2
    assert len(find_incidents(store, IncidentFilter(date_from="2019", date_to="2019-12"))) == 1
    assert len(find_incidents(store, IncidentFilter(min_killed=5))) == 1
    assert len(find_incidents(store, IncidentFilter(force="police"))) == 1
    [found] = find_incidents(store, IncidentFilter(text="allanamiento"))
    assert found.admin1 == "VE-V"
    assert find_incidents(store, IncidentFilter(text="helicóptero")) == []
    store.close()


def test_store_listed_page_gives_the_records_of_the_whole_rows(store_url: str) -> None:
    """The list page's quick path (columns of the list only, records built without pydantic's
    field loop) gives the same records as reading whole incidents, less the unlisted fields."""
    store = Store.open(store_url)
    add(store, A, "a.txt", "2018-01-16")
    add(store, C, "c.txt", "2019-03-20")
    run_merge(store)
    [first] = find_incidents(store, IncidentFilter(country="VE", sort="date", limit=1))
    edit(store, first.id, "killed_best", 8, who="ana", why="checked")
    rows, total = find_page(store, IncidentFilter(country="VE", sort="-killed", limit=50))
    assert total == 2 and [r.incident.id for r in rows] == [
        i.id for i in find_incidents(store, IncidentFilter(country="VE", sort="-killed"))
    ]
    for row in rows:
        whole = get_incident(store, row.incident.id)
        listed = row.incident.model_dump(exclude=LISTED_OUT)
        assert listed == whole.model_dump(exclude=LISTED_OUT)
        assert row.incident == whole.model_construct(
            **{**whole.__dict__, **{f: row.incident.__dict__[f] for f in LISTED_OUT}}
        )
        assert row.incident.model_fields_set == set(Incident.model_fields)
    assert rows[0].incident.edited_fields == ["killed_best"]
    store.close()


def test_store_analyst_decisions_survive_merges(store_url: str) -> None:
    store = Store.open(store_url)
    add(store, A, "a.txt", "2018-01-16")
    add(store, B, "b.txt", "2018-01-17")
    add(store, C, "c.txt", "2019-03-20")
    run_merge(store)
    junquito = find_incidents(store, IncidentFilter(admin1="VE-M"))[0]
    zulia = find_incidents(store, IncidentFilter(admin1="VE-V"))[0]
    set_status(store, junquito.id, "verified", who="ana", why="checked both reports")
    edit(store, junquito.id, "killed_best", 8, who="ana", why="official count")
    run_merge(store, rebuild=True)
    again = get_incident(store, junquito.id)
    assert again.status == "verified"
    assert again.killed is not None and again.killed.best == 8
    assert again.edited_fields == ["killed_best"]
    assert [e.field for e in history(store, junquito.id)] == ["status", "killed_best"]

    moved = junquito.sources[1].mention_id
    new_id = split(store, junquito.id, [moved], who="ana", why="other day")
    run_merge(store, rebuild=True)
    assert [s.mention_id for s in get_incident(store, new_id).sources] == [moved]
    assert len(get_incident(store, junquito.id).sources) == 1

    join(store, zulia.id, [new_id], who="luis")
    run_merge(store, rebuild=True)
    assert {s.mention_id for s in get_incident(store, zulia.id).sources} >= {moved}
    assert all(link.method == "manual" for link in incident_links(store, zulia.id))
    store.close()


def test_store_wrong_database_url_is_one_line() -> None:
    with pytest.raises(BadDatabase) as caught:
        Store.open("notadb://x/y")
    assert "\n" not in caught.value.line() and "FW301" in caught.value.line()
    with pytest.raises(BadDatabase) as unreachable:
        Store.open("postgresql+psycopg://nobody:secret@127.0.0.1:1/none")
    assert "secret" not in unreachable.value.line()
    with pytest.raises(BadDatabase):
        Store.open("/nonexistent/folder/forcewatch.sqlite")


def test_store_newer_schema_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    store = Store.open(str(path))
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(NewerSchema) as caught:
        Store.open(str(path))
    assert "newer than this forcewatch" in caught.value.line()


def test_store_sqlite_is_in_wal_mode(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "wal.sqlite"))
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    store.close()


def test_store_opens_a_new_file_another_connection_is_writing(tmp_path: Path) -> None:
    """Two processes opening one new database at once: while the other holds its write lock,
    the switch to WAL is refused at once by SQLite (no busy handler), and opening waits for the
    lock instead of failing with "database is locked" (the flaky two-ingests test)."""
    path = tmp_path / "new.sqlite"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE other_table (x INTEGER)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO other_table VALUES (1)")
    release = threading.Timer(0.3, other.execute, ("COMMIT",))
    release.start()
    try:
        store = Store.open(str(path))
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert store.counts()["documents"] == 0
        store.close()
    finally:
        release.join()
        other.close()


def test_store_schema_revision_is_alembics_head() -> None:
    from forcewatch.store.engine import SCHEMA_REVISION, head_revision

    assert head_revision() == SCHEMA_REVISION


def test_store_current_database_opens_without_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "current.sqlite"
    Store.open(str(path)).close()
    probe = (
        "import sys; from forcewatch.store import Store; "
        f"Store.open({str(path)!r}).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_store_incidents_same_order_on_both_databases(store_url: str) -> None:
    """Latest date first (compared byte by byte, partial dates included), undated last, ties by
    id newest first; the date filters compare the same way."""
    from forcewatch.store import models

    dates = [None, "2018-01-15", "--01-15", "2018-01", None, "2018", "2018-01-15", "2017-12-31"]
    store = Store.open(store_url)
    with store.session() as s:
        for date in dates:
            s.add(models.Incident(date=date))
    found = [(i.id, i.date) for i in find_incidents(store, IncidentFilter(), sources=False)]
    assert found == [
        (7, "2018-01-15"), (2, "2018-01-15"), (4, "2018-01"), (6, "2018"), (8, "2017-12-31"),
        (3, "--01-15"), (5, None), (1, None),
    ]  # fmt: skip
    january = find_incidents(store, IncidentFilter(date_from="2018-01", date_to="2018-01"))
    assert [i.id for i in january] == [7, 2, 4]
    store.close()


def test_store_rows_prepared_in_a_worker_read_back_as_their_records(store_url: str) -> None:
    """The rows a worker prepares (``report_rows``, sent back pickled) hold what the writer
    used to make itself: the same JSON values, the search words, the compressed bytes; written
    in one batch, they read back as the records, and a near copy later in the same batch is
    found through the bands of the one before it."""
    import json
    import pickle

    from forcewatch.records import Extraction
    from forcewatch.store.rows import mention_record, report_rows
    from forcewatch.text import bands, search_words, simhash

    reports = [(A, "a.txt", "2018-01-16"), (C, "c.txt", "2018-03-21"), (A + " Fin.", "a2.txt", "")]
    pages = [RawPage(data=body.encode(), name=name) for body, name, _ in reports]
    extractions = [forcewatch.extract(b, published=p or None) for b, _, p in reports]
    rows = [
        pickle.loads(pickle.dumps(report_rows(p, e)))
        for p, e in zip(pages, extractions, strict=True)
    ]
    for row, extraction in zip(rows, extractions, strict=True):
        document = extraction.document
        # what the writer encoded before: the same values, whichever encoder wrote them
        assert json.loads(row.document["extraction"]) == extraction.model_dump(
            mode="json", exclude={"document": {"text"}}
        )
        assert [json.loads(m["data"]) for m in row.mentions] == [
            m.model_dump(mode="json") for m in extraction.mentions
        ]
        assert row.simhash == simhash(document.text) and row.bands == tuple(bands(row.simhash))
        assert row.document["words"] == search_words(
            f"{document.title or ''}\n{document.text}", document.language
        )

    store = Store.open(store_url)
    outcomes = store.write_batch(rows, [], [], None)
    assert outcomes[0] is not None and outcomes[1] is not None and outcomes[2] is not None
    assert [o[1] for o in outcomes] == [None, None, outcomes[0][0]]  # the third is the first's
    assert store.write_batch([rows[1]], [], [], None) == [None]  # its bytes are stored already
    with store.reading() as connection:
        stored = connection.execute(
            text("SELECT id, raw_page_id, text, extraction, words FROM documents ORDER BY id")
        ).all()
        mentions = connection.execute(
            text("SELECT document_id, ordinal, data FROM mentions ORDER BY id")
        ).all()
        stored_bands = connection.execute(
            text("SELECT document_id, band, value FROM document_bands ORDER BY document_id, band")
        ).all()
    for (doc_id, raw_id, body, extraction_json, words), page, extraction, row in zip(
        stored, pages, extractions, rows, strict=True
    ):
        values = _json(extraction_json)
        values["document"]["text"] = body
        assert Extraction.model_validate(values) == extraction
        assert words == row.document["words"]
        assert store.raw_bytes(raw_id) == page.data
        assert [
            (ordinal, mention_record(_json(data)))
            for document_id, ordinal, data in mentions
            if document_id == doc_id
        ] == list(enumerate(extraction.mentions))
        assert [(b, v) for d, b, v in stored_bands if d == doc_id] == list(enumerate(row.bands))
    assert sum(len(e.mentions) for e in extractions) == len(mentions) > 0
    store.close()


def _json(value: Any) -> Any:
    """A JSON column's value as the driver gives it: parsed (psycopg) or as text (sqlite3)."""
    import json

    return json.loads(value) if isinstance(value, str) else value
