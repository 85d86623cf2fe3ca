"""``--format`` on every verb that prints data: text for people, json (one object a line) and
csv (a header, then a row a line) where the text is a table; ``table`` still means text."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from forcewatch.cli import main
from forcewatch.records import Rejection
from forcewatch.review import edit
from forcewatch.store import Store
from forcewatch.store.query import IncidentFilter, find_incidents
from tests.conftest import EXAMPLES
from tests.web_fixtures import build


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("formats") / "db.sqlite"
    store = build(path)
    run = store.start_run("ingest", ["reports"])
    store.add_rejection(Rejection(item="bad.pdf", stage="read", code="FW101", reason="binary"), run)
    store.finish_run(run, {"stored": 5, "rejected": 1})
    [first, *_] = find_incidents(store, IncidentFilter(sort="id"))
    edit(store, first.id, "killed_best", 8, who="ana", why="checked")
    store.close()
    yield str(path)


def first_incident(db: str) -> int:
    store = Store.open(db)
    [first, *_] = find_incidents(store, IncidentFilter(sort="id"))
    store.close()
    return first.id


# verb arguments, the CSV header's first columns (None: not checked; "no csv": a record, not a
# table, so no csv), and a word its text shows
VERBS = [
    (["incidents"], ["event_id", "event_date"], "killed"),  # the columns of export
    (["sources", "{id}"], ["document_id", "mention_id"], "doc "),
    (["history", "{id}"], ["at", "who", "field", "old", "new", "why"], "killed_best"),
    (["indicators"], None, "VE"),
    (["runs"], ["id", "command", "started_at"], "run "),
    (["rejections"], ["run_id", "item", "stage", "code", "reason"], "FW101"),
    (["irrelevant"], ["id", "name", "title"], "doc "),
    (["user", "list"], ["name", "role", "active"], "analyst"),
    (["show", "{id}"], "no csv", "sources"),
]


def run(db: str, words: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    words = [w.replace("{id}", str(first_incident(db))) for w in words]
    code = main(["--db", db, *words])
    out = capsys.readouterr().out
    assert code == 0, (words, out)
    return out


@pytest.mark.parametrize(("verb", "header", "word"), VERBS, ids=[" ".join(v[0]) for v in VERBS])
def test_cli_format_text_json_csv(
    db: str,
    verb: list[str],
    header: list[str] | str | None,
    word: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = run(db, verb, capsys)
    assert word in text
    assert run(db, [*verb, "--format", "text"], capsys) == text
    assert run(db, [*verb, "--format", "table"], capsys) == text  # the old name
    out = run(db, [*verb, "--format", "json"], capsys).strip()
    if verb[0] in ("show", "indicators"):  # one JSON document
        assert json.loads(out)
    else:
        lines = [json.loads(line) for line in out.splitlines()]
        assert lines and all(isinstance(line, dict) for line in lines)
    if header == "no csv":
        assert main(["--db", db, *[w.replace("{id}", "1") for w in verb], "--format", "csv"]) == 2
        capsys.readouterr()
        return
    rows = list(csv.reader(io.StringIO(run(db, [*verb, "--format", "csv"], capsys))))
    assert len(rows) >= 2 and len({len(r) for r in rows}) == 1
    if header is not None:
        assert rows[0][: len(header)] == header
    if verb[0] not in ("indicators", "incidents"):
        assert len(rows) - 1 == len(lines)


def test_cli_format_extract(capsys: pytest.CaptureFixture[str]) -> None:
    report = str(next((EXAMPLES / "es").iterdir()))
    assert main(["extract", report]) in (0, 1)
    assert "mentions" in json.loads(capsys.readouterr().out)
    assert main(["extract", report, "--format", "text"]) in (0, 1)
    text = capsys.readouterr().out
    assert text.startswith("report")
    assert main(["extract", report, "--format", "csv"]) in (0, 1)
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:3] == ["report", "date", "place"] and len(rows) == len(text.splitlines())


def test_cli_format_eval(capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(__file__).parent / "gold" / "en.jsonl"
    assert main(["eval", str(path), "--limit", "1", "--format", "json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), dict)
    assert main(["eval", str(path), "--limit", "1", "--format", "text"]) == 0
    assert capsys.readouterr().out.strip()
