"""forcewatch.eval: gold files, data-set adapters and scoring, with a fake extractor.

Every fixture is written here into tmp_path (invented text); only the last test reads the real
GVDB file from ../shared/data, and it skips when that folder is absent.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import forcewatch
from forcewatch.eval import DataMissingError, GoldError, Report, SourceError, evaluate, main_eval
from forcewatch.eval.gold import (
    Dataset,
    EvalItem,
    GoldIncident,
    GoldQuantity,
    GoldReport,
    Policy,
    read_gold,
)
from forcewatch.eval.gvdb import load_gvdb, state_code
from forcewatch.eval.india import load_india, repair_mojibake
from forcewatch.eval.scores import (
    ItemResult,
    align,
    dates_compatible,
    name_found,
    place_matches,
    score_dataset,
)
from forcewatch.records import (
    Allegation,
    Document,
    Extraction,
    Force,
    Mention,
    Person,
    Quantity,
    Relevance,
    Span,
)

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


# --- fakes -----------------------------------------------------------------------------------


def _span(text: str, phrase: str | None) -> Span | None:
    if phrase is None:
        return None
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase)


def incident(text: str, **fields: Any) -> Mention:
    """A mention built from plain values; phrases that must be in ``text`` become spans."""
    anchor = fields.pop("anchor", text.split()[0])
    span = _span(text, anchor)
    assert span is not None

    def quantity(value: int | tuple[int | None, int | None, int | None] | None) -> Quantity | None:
        if value is None:
            return None
        low, best, high = (value, value, None) if isinstance(value, int) else value
        return Quantity(low=low, best=best, high=high, span=span)

    return Mention(
        kind=fields.pop("kind", "incident"),
        evidence=[s for e in fields.pop("evidence", [anchor]) if (s := _span(text, e))],
        date=fields.pop("date", None),
        date_precision=fields.pop("date_precision", "unknown"),
        place=fields.pop("place", None),
        admin1=fields.pop("admin1", None),
        country=fields.pop("country", None),
        killed=quantity(fields.pop("killed", None)),
        injured=quantity(fields.pop("injured", None)),
        agents_killed=quantity(fields.pop("agents_killed", None)),
        forces=[Force(kind=k, span=span) for k in fields.pop("forces", [])],
        operation=fields.pop("operation", None),
        allegations=[Allegation(kind=k, span=span) for k in fields.pop("allegations", [])],
        people=[Person(name=n, role="victim", span=span) for n in fields.pop("people", [])],
        extractor="fake.v0",
        confidence=0.9,
        **fields,
    )


def extraction(text: str, relevant: bool, mentions: list[Mention] | None = None) -> Extraction:
    return Extraction(
        document=Document(text=text),
        relevance=Relevance(relevant=relevant, score=0.9 if relevant else 0.1, reason="fake"),
        mentions=mentions or [],
    )


def gold_report(report_id: str, relevant: bool = True, **incident: Any) -> GoldReport:
    incidents = [GoldIncident.model_validate(incident)] if relevant else []
    return GoldReport(id=report_id, relevant=relevant, incidents=incidents)


def dataset(golds: list[GoldReport], policy: Policy) -> Dataset:
    items = [EvalItem(id=g.id, gold=g, text="x") for g in golds]
    return Dataset(name="fixture", path=Path("fixture"), items=items, policy=policy)


def scored(golds: list[GoldReport], extractions: list[Extraction | None], policy: Policy) -> Report:
    results = [ItemResult(e, None if e is not None else "Boom: fake") for e in extractions]
    return score_dataset(dataset(golds, policy), results)


# --- text comparison -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "loose", "expected"),
    [
        ("El Junquito", "the community of El Junquito", False, True),
        ("Bogotá", "BOGOTA", False, True),
        ("São Paulo, SP", "são paulo", False, True),
        ("Chicago", "Chicagoland", False, False),
        ("2016Chicago ", "Chicago", True, True),
        ("2016Chicago ", "Chicago", False, False),
        ("NY", "Sunnyvale", True, False),
        ("NY", "ny", True, True),
        (None, "Chicago", False, False),
        ("Chicago", None, True, False),
    ],
)
def test_eval_place_matches_folds_and_contains(
    gold: str | None, predicted: str | None, loose: bool, expected: bool
) -> None:
    assert place_matches(gold, predicted, loose=loose) is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Óscar Pérez", ["Oscar Perez"], True),
        ("Óscar Pérez", ["Óscar Alberto Pérez"], True),
        ("BRUCE KELLEY JR", ["Bruce Kelley"], True),
        ("Christine A. Lucas", ["Christine Lucas"], True),
        ("Petersen", ["David Petersen"], True),
        ("Mario Woods", ["Mario"], False),
        ("Mario Woods", [], False),
    ],
)
def test_eval_name_found_needs_given_name_and_surname(
    gold: str, predicted: list[str], expected: bool
) -> None:
    assert name_found(gold, predicted) is expected


def test_eval_dates_compatible_with_yearless_dates() -> None:
    assert dates_compatible("2018-01-15", "--01-15")
    assert dates_compatible("2018-01-15", "2018-01-15")
    assert not dates_compatible("2018-01-15", "2017-01-15")
    assert not dates_compatible("2018-01-15", None)


# --- gold files ------------------------------------------------------------------------------


def write_gold(tmp_path: Path, lines: list[dict[str, Any]]) -> Path:
    gold_dir = tmp_path / "tests" / "gold"
    gold_dir.mkdir(parents=True)
    path = gold_dir / "sample.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


SEED_GOLD: dict[str, Any] = {
    "id": "es/caso.txt",
    "lang": "es",
    "published": "2018-01-16",
    "relevant": True,
    "incidents": [
        {
            "date": "2018-01-15",
            "date_precision": "day",
            "country": "VE",
            "admin1": "VE-M",
            "place": "El Junquito",
            "killed": {"low": 9, "best": 9, "high": None},
            "injured": {"low": 5, "best": 5, "high": None},
            "agents_killed": None,
            "forces": ["security_forces"],
            "operation": "arrest_operation",
            "allegations": ["extrajudicial_execution", "evidence_destruction"],
            "people": [{"name": "Óscar Pérez", "role": "target", "fate": "unknown"}],
            "quotes": [{"speaker": "X", "text": "y"}],
            "weapons": ["fusil"],
        }
    ],
    "aggregates": [{"text": "miles de víctimas en todo el país", "country": "VE"}],
}

SEED_TEXT = (
    "El 15 de enero, en El Junquito, estado Miranda, un operativo de seguridad dejó al menos "
    "nueve muertos y cinco heridos, entre ellos Óscar Pérez. Es el último ejemplo de una "
    "práctica que ya deja miles de víctimas en todo el país."
)


def test_eval_read_gold_accepts_the_format_and_quotes_and_weapons(tmp_path: Path) -> None:
    path = write_gold(tmp_path, [SEED_GOLD, {"id": "b", "relevant": False}])
    reports = read_gold(path)
    assert [r.id for r in reports] == ["es/caso.txt", "b"]
    first = reports[0].incidents[0]
    assert first.killed == GoldQuantity(low=9, best=9, high=None)
    assert first.names == ["Óscar Pérez"]
    assert first.weapons == ["fusil"]
    assert reports[0].aggregates[0].country == "VE"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"id": "a", "relevant": True, "incidnts": []}, "incidnts"),
        ({"id": "a", "relevant": True, "incidents": [{"forces": ["polce"]}]}, "forces"),
        ({"id": "a", "relevant": True, "incidents": [{"killed": {"low": -1}}]}, "killed"),
        ({"relevant": True}, "id"),
    ],
)
def test_eval_read_gold_rejects_what_format_md_does_not_allow(
    tmp_path: Path, line: dict[str, Any], message: str
) -> None:
    path = write_gold(tmp_path, [{"id": "ok", "relevant": False}, line])
    with pytest.raises(GoldError, match=rf"sample\.jsonl:2: .*{message}"):
        read_gold(path)


def test_eval_read_gold_rejects_duplicate_ids(tmp_path: Path) -> None:
    path = write_gold(tmp_path, [{"id": "a", "relevant": False}, {"id": "a", "relevant": True}])
    with pytest.raises(GoldError, match="already used on line 1"):
        read_gold(path)


def test_eval_gold_file_resolves_reports_and_passes_published_and_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_gold(tmp_path, [SEED_GOLD])
    reports = tmp_path / "examples" / "reports" / "es"
    reports.mkdir(parents=True)
    (reports / "caso.txt").write_text(SEED_TEXT, encoding="utf-8")
    calls: list[tuple[Path, str | None, str | None]] = []

    def fake_extract_file(
        report: Path, *, published: str | None = None, lang: str | None = None
    ) -> Extraction:
        calls.append((Path(report), published, lang))
        text = Path(report).read_text(encoding="utf-8")
        return extraction(
            text,
            True,
            [
                incident(
                    text,
                    anchor="nueve muertos",
                    date="2018-01-15",
                    date_precision="day",
                    country="VE",
                    admin1="VE-M",
                    place="El Junquito",
                    killed=9,
                    injured=5,
                    forces=["security_forces"],
                    operation="arrest_operation",
                    allegations=["extrajudicial_execution"],
                    people=["Óscar Pérez"],
                ),
                incident(text, kind="aggregate", anchor="miles de víctimas"),
            ],
        )

    monkeypatch.setattr(forcewatch, "extract_file", fake_extract_file)
    report = evaluate(str(path))
    assert calls == [(reports / "caso.txt", "2018-01-16", "es")]
    assert report.score("relevance_f1") == 1.0
    assert report.score("incident_f1") == 1.0
    for name in ("date", "country", "admin1", "place", "forces", "operation", "names_recall"):
        assert report.score(name) == 1.0, name
    assert report.score("killed") == 1.0
    assert report.score("injured") == 1.0
    assert report.score("agents_killed") == 1.0  # null and null agree
    assert report.score("allegations_precision") == 1.0
    assert report.score("allegations_recall") == 0.5
    assert report.score("aggregates") == 1.0
    assert report.score("aggregates_kept_out") == 1.0
    assert report.failures["allegations_recall"] == ["es/caso.txt"]


def test_eval_gold_file_reports_override_and_missing_report(tmp_path: Path) -> None:
    path = write_gold(tmp_path, [SEED_GOLD])
    with pytest.raises(DataMissingError, match="reports folder not found"):
        evaluate(str(path))
    other = tmp_path / "elsewhere"
    other.mkdir()
    with pytest.raises(DataMissingError, match=r"es/caso\.txt") as caught:
        evaluate(str(path), reports=other)
    assert isinstance(caught.value, FileNotFoundError)


def test_eval_missing_gold_file_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(FileNotFoundError, match=str(missing)):
        evaluate(str(missing))


def test_eval_unknown_source_kind_is_a_source_error(tmp_path: Path) -> None:
    odd = tmp_path / "data.parquet"
    odd.write_bytes(b"x")
    with pytest.raises(SourceError, match="cannot tell what"):
        evaluate(str(odd))


# --- scoring ---------------------------------------------------------------------------------

GOLD_POLICY = Policy(
    fields=("killed", "injured", "date", "place", "forces", "forces_jaccard", "names_recall")
)
VALUE_POLICY = Policy(fields=("killed", "injured", "state", "city"), counts="value")
TEXT = "Police shot Ana Gil in Rosario and two more in Tigre on Monday."


def test_eval_counts_exact_for_gold_files_and_by_value_for_gvdb() -> None:
    gold = gold_report(
        "a", killed={"low": 2, "best": 2, "high": 3}, injured=None, admin1="US-IL", place="Tigre"
    )
    pred = extraction(TEXT, True, [incident(TEXT, killed=(2, 2, None), place="Tigre")])
    exact = scored([gold], [pred], GOLD_POLICY)
    assert exact.score("killed") == 0.0  # high differs
    assert exact.score("injured") == 1.0  # both null
    by_value = scored([gold], [pred], VALUE_POLICY)
    assert by_value.score("killed") == 1.0
    assert by_value.score("injured") == 1.0  # gold has none, a missing quantity counts as 0
    assert by_value.score("state") == 0.0
    assert by_value.score("city") == 1.0


def test_eval_state_and_city_skip_items_without_gold() -> None:
    gold = gold_report("a", killed={"low": 1, "best": 1}, admin1=None, place=None)
    report = scored([gold], [extraction(TEXT, True, [incident(TEXT, killed=1)])], VALUE_POLICY)
    assert report.score("state") is None
    assert report.score("city") is None
    assert report.as_dict()["scopes"]["all"]["fields"]["state"]["n"] == 0


def test_eval_align_pairs_incidents_by_date_place_and_count() -> None:
    golds = [
        GoldIncident(date="2020-05-01", place="Rosario", killed=GoldQuantity.exactly(1)),
        GoldIncident(date="2020-05-03", place="Tigre", killed=GoldQuantity.exactly(2)),
    ]
    preds = [
        incident(TEXT, place="Quilmes", killed=7),
        incident(TEXT, date="2020-05-03", place="Tigre", killed=2),
        incident(TEXT, date="2020-05-01", place="Rosario", killed=1),
    ]
    matched, extra = align(golds, preds)
    assert matched == [2, 1]
    assert extra == [0]


def test_eval_incident_precision_recall_and_misses() -> None:
    two = GoldReport(
        id="two",
        relevant=True,
        incidents=[
            GoldIncident(place="Rosario", killed=GoldQuantity.exactly(1)),
            GoldIncident(place="Tigre", killed=GoldQuantity.exactly(2)),
        ],
    )
    pred = extraction(TEXT, True, [incident(TEXT, place="Tigre", killed=2)])
    report = scored([two], [pred], GOLD_POLICY)
    assert (report.incidents.tp, report.incidents.fp, report.incidents.fn) == (1, 0, 1)
    assert report.score("killed") == 0.5  # the unmatched gold incident is a miss
    assert report.failures["killed"] == ["two#1"]
    assert report.failures["incident_missed"] == ["two"]


def test_eval_scopes_agreed_and_all() -> None:
    golds = [gold_report(f"r{i}", killed={"low": 1, "best": 1}, place="Rosario") for i in range(3)]
    good = extraction(TEXT, True, [incident(TEXT, killed=1, place="Rosario")])
    wrong = extraction(TEXT, True, [incident(TEXT, killed=3, place="Rosario")])
    missed = extraction(TEXT, False, [incident(TEXT, killed=1, place="Rosario")])
    report = scored(golds, [good, wrong, missed], GOLD_POLICY)
    assert report.score("killed", "agreed") == 0.5
    assert report.score("killed", "all") == pytest.approx(1 / 3)
    assert report.score("place", "agreed") == 1.0
    assert report.score("place", "all") == pytest.approx(2 / 3)
    assert report.scopes["agreed"].items == 2
    assert report.scopes["all"].items == 3
    assert report.failures["relevance_missed"] == ["r2"]


def test_eval_relevance_confusion_and_errors() -> None:
    golds = [
        gold_report("tp", killed={"low": 1}),
        gold_report("fn", killed={"low": 1}),
        gold_report("fp", relevant=False),
        gold_report("tn", relevant=False),
        gold_report("err", killed={"low": 1}),
    ]
    preds = [
        extraction(TEXT, True, [incident(TEXT, killed=1)]),
        extraction(TEXT, False),
        extraction(TEXT, True, [incident(TEXT, killed=1)]),
        extraction(TEXT, False),
        None,
    ]
    report = scored(golds, preds, GOLD_POLICY)
    c = report.relevance
    assert (c.tp, c.fp, c.fn, c.tn) == (1, 1, 2, 1)
    assert report.score("relevance_precision") == 0.5
    assert report.score("relevance_recall") == pytest.approx(1 / 3)
    assert report.errors == 1
    assert report.failures["error"] == ["err"]
    assert report.incidents.fp == 1  # the false alarm's incident


def test_eval_forces_set_equality_and_jaccard() -> None:
    gold = gold_report("a", forces=["police", "military"])
    pred = extraction(TEXT, True, [incident(TEXT, forces=["police"])])
    report = scored([gold], [pred], GOLD_POLICY)
    assert report.score("forces") == 0.0
    assert report.score("forces_jaccard") == 0.5


def test_eval_names_recall_counts_each_name() -> None:
    gold = GoldReport(
        id="a",
        relevant=True,
        incidents=[
            GoldIncident.model_validate({"people": [{"name": "Ana Gil"}, {"name": "Luis Paz"}]})
        ],
    )
    pred = extraction(TEXT, True, [incident(TEXT, people=["Ana María Gil"])])
    report = scored([gold], [pred], GOLD_POLICY)
    assert report.score("names_recall") == 0.5
    assert report.as_dict()["scopes"]["all"]["fields"]["names_recall"]["n"] == 2


def test_eval_aggregate_counted_as_incident_is_flagged() -> None:
    text = "Police killed a man in Rosario. Police have killed 6,000 people since 2019."
    gold = GoldReport.model_validate(
        {
            "id": "a",
            "relevant": True,
            "incidents": [{"killed": {"low": 1, "best": 1}}],
            "aggregates": [{"text": "killed 6,000 people since 2019"}],
        }
    )
    pred = extraction(text, True, [incident(text, anchor="6,000 people", killed=6000)])
    report = score_dataset(
        Dataset(
            "g", Path("g"), [EvalItem("a", gold, text=text)], Policy((), score_aggregates=True)
        ),
        [ItemResult(pred)],
    )
    assert report.score("aggregates") == 0.0
    assert report.score("aggregates_kept_out") == 0.0
    assert report.failures["aggregates_kept_out"] == ["a"]


def test_eval_report_renders_table_and_json_with_first_ten_failures() -> None:
    golds = [gold_report(f"id{i}", killed={"low": 1, "best": 1}) for i in range(12)]
    preds: list[Extraction | None] = [
        extraction(TEXT, True, [incident(TEXT, killed=2)]) for _ in golds
    ]
    report = scored(golds, preds, GOLD_POLICY)
    table = report.render()
    assert "relevance F1" in table
    assert "[agreed]" in table and "[all]" in table
    killed_row = next(line for line in table.splitlines() if line.strip().startswith("killed"))
    assert killed_row.split()[-2:] == ["12", "0.000"]
    data = json.loads(report.to_json())
    assert data["failures"]["killed"] == [f"id{i}" for i in range(10)]
    assert data["examples"]["killed"][0] == "id0: gold=1/1/None predicted=2/2/None"
    assert data["relevance"]["f1"] == 1.0
    assert set(data["scopes"]) == {"agreed", "all"}


# --- GVDB ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("CA - California", "US-CA"),
        ("DC - District of Columbia", "US-DC"),
        ("California", "US-CA"),
        (" Ohio", "US-OH"),
        ("Alabama ", "US-AL"),
        ("Calif", "US-CA"),
        ("Wis.", "US-WI"),
        ("Mo", "US-MO"),
        ("La. ", "US-LA"),
        ("Miss.", "US-MS"),
        ("SC", "US-SC"),
        ("Unclear", None),
        ("", None),
        ("Outside the USA", None),
    ],
)
def test_eval_gvdb_state_code_maps_variants(value: str, code: str | None) -> None:
    assert state_code(value) == code


def _coded(
    police: str,
    victims: list[tuple[str, list[str]]],
    state: str = "IL - Illinois",
    city: str = " Springfield ",
    shooters: int = 1,
) -> str:
    blank = {"value": "", "startIndex": -1, "endIndex": -1}
    return json.dumps(
        {
            "circumstances": {},
            "date-and-time": {
                "city": {"value": city, "startIndex": 0, "endIndex": 1},
                "state": state,
                "date": "2016-1-5",
                "details": blank,
            },
            "radio1": {},
            "radio2": {},
            "radio3": {"The shooting was by a police officer.": police},
            "shooter-section": [{"name": blank, "gender": "Male"}] * shooters,
            "victim-section": [
                {"name": {"value": name, "startIndex": 0, "endIndex": 1}, "victim-was": was}
                for name, was in victims
            ],
        }
    )


def write_gvdb(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(
            ["Article id", "Article url", "Article title", "Full text", "Json", "Worker"]
        )
        for article_id, text, coded in rows:
            writer.writerow(
                [article_id, f"http://example.test/{article_id}", "T", text, coded, "W"]
            )
    return path


def test_eval_gvdb_maps_coders_answers_onto_gold(tmp_path: Path) -> None:
    path = write_gvdb(
        tmp_path / "mini.tsv",
        [
            (
                "1",
                "Officers shot two men in Springfield; one died.",
                _coded(
                    "Yes",
                    [
                        ("Sam Hill ", ["killed", "hospitalized"]),
                        ("unidentified man", ["injured", "hospitalized"]),
                        ("", ["hospitalized"]),
                    ],
                ),
            ),
            ("2", "A man shot his neighbour.", _coded("No", [("Al Roe", ["killed"])])),
            ("3", "An officer fired; nobody was hit.", _coded("Yes", [], state="Unclear")),
            ("4", "Deputies shot a man in Peoria.", _coded("Yes", [("", ["injured"])], "Wis.")),
            ("5", "Police shot a man.", _coded("Yes", [], shooters=0)),  # nothing coded
        ],
    )
    data = load_gvdb(path)
    by_id = {item.id: item for item in data.items}
    assert [item.gold.relevant for item in data.items] == [True, False, False, True]
    assert {i for i, item in by_id.items() if "police_shooting" in item.tags} == {"1", "3", "4"}
    assert "1 uncoded rows left out (no victim and no shooter coded)" in data.notes
    everything = load_gvdb(path, include_uncoded=True)
    assert [item.id for item in everything.items] == ["1", "2", "3", "4", "5"]
    assert not everything.items[-1].gold.relevant
    first = by_id["1"].gold.incidents[0]
    assert first.killed == GoldQuantity.exactly(1)
    assert first.injured == GoldQuantity.exactly(2)
    assert first.admin1 == "US-IL"
    assert first.place == "Springfield"
    assert first.date == "2016-01-05"
    assert first.names == ["Sam Hill"]
    assert by_id["4"].gold.incidents[0].admin1 == "US-WI"
    assert by_id["1"].text == "Officers shot two men in Springfield; one died."
    assert by_id["1"].lang == "en" and by_id["1"].published is None
    assert data.policy.counts == "value"


def test_eval_gvdb_end_to_end_with_a_fake_extractor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sam = _coded("Yes", [("Sam Hill", ["killed"])])
    path = write_gvdb(
        tmp_path / "mini.tsv",
        [
            ("1", "Police shot Sam Hill in Springfield.", sam),
            ("2", "A man shot his neighbour.", _coded("No", [("Al Roe", ["killed"])])),
        ],
    )
    seen: list[tuple[str | None, str | None]] = []

    def fake_extract(
        text: str, *, published: str | None = None, lang: str | None = None
    ) -> Extraction:
        seen.append((published, lang))
        if "Police" not in text:
            return extraction(text, False)
        return extraction(
            text,
            True,
            [incident(text, killed=1, admin1="US-IL", place="Springfield", people=["Sam Hill"])],
        )

    monkeypatch.setattr(forcewatch, "extract", fake_extract)
    report = evaluate(str(path))
    assert seen == [(None, "en"), (None, "en")]
    for name in ("relevance_f1", "killed", "injured", "state", "city", "names_recall"):
        assert report.score(name) == 1.0, name
    assert evaluate(str(path), limit=1).items == 1
    if multiprocessing.get_start_method() == "fork":  # workers inherit the fake
        assert evaluate(str(path), jobs=2).score("killed") == 1.0


def test_eval_gvdb_missing_columns_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(SourceError, match="missing column"):
        load_gvdb(bad)
    with pytest.raises(DataMissingError, match="GVDB TSV not found"):
        load_gvdb(tmp_path / "absent.tsv")


# --- IndiaPoliceEvents -----------------------------------------------------------------------


def test_eval_india_relevance_dates_and_mojibake(tmp_path: Path) -> None:
    docs = tmp_path / "docs.csv"
    with docs.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["", "doc_id", "doc_text", "KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE"])
        writer.writerow(
            ["0", "7", "police killed a man, said the â€˜sourceâ€™.", "1", "0", "1", "0", "0"]
        )
        writer.writerow(["1", "8", "police arrested two men.", "0", "1", "1", "0", "0"])
    with (tmp_path / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["", "doc_id", "date", "url", "full_text"])
        writer.writerow(["0", "7", "2002-03-01", "http://x.test/7", "..."])
        writer.writerow(["1", "8", "2002-03-02", "http://x.test/8", "..."])
    data = load_india(docs)
    assert [(i.id, i.gold.relevant, i.published) for i in data.items] == [
        ("7", True, "2002-03-01"),
        ("8", False, "2002-03-02"),
    ]
    assert data.items[0].text == "police killed a man, said the ‘source’."
    assert data.policy.fields == ()
    (tmp_path / "metadata.csv").unlink()
    with pytest.raises(DataMissingError, match=r"metadata\.csv"):
        load_india(docs)


def test_eval_killed_policy_reads_the_counts_before_the_evidence() -> None:
    """Scored on killings: an incident that counts only the injured is not a killing by agents
    for a death its evidence sentence tells of others; with no count, the evidence decides."""
    text = "six people were injured in police firing, and 12 people were killed by the rioters."

    def relevant(**counts: Any) -> Extraction:
        evidence = [Span(start=0, end=len(text), text=text)]
        return Extraction(
            document=Document(text=text),
            relevance=Relevance(relevant=True, score=0.9, reason="fake", evidence=evidence),
            mentions=[incident(text, **counts)],
        )

    policy = Policy(fields=(), score_incidents=False, positive="killed")
    golds = [gold_report("a", False), gold_report("b", False), gold_report("c", False)]
    report = scored(golds, [relevant(injured=6), relevant(), relevant(killed=1)], policy)
    assert (report.relevance.tn, report.relevance.fp) == (1, 2)
    assert report.failures["relevance_false_alarm"] == ["b", "c"]


def test_eval_repair_mojibake_leaves_clean_text_alone() -> None:
    assert repair_mojibake("â€œyesâ€\ufffd â€” no") == "“yes” — no"
    assert repair_mojibake("plain “text”") == "plain “text”"


# --- CLI entry -------------------------------------------------------------------------------


def test_eval_main_eval_prints_json_and_reports_missing_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_gvdb(
        tmp_path / "mini.tsv",
        [("1", "Police shot a man.", _coded("Yes", [("", ["killed"])]))] * 3,
    )
    fake: Callable[..., Extraction] = lambda text, **_: extraction(text, True)  # noqa: E731
    monkeypatch.setattr(forcewatch, "extract", fake)
    assert main_eval([str(path), "--json", "--limit", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["items"] == 2
    assert data["scopes"]["all"]["fields"]["killed"]["score"] == 0.0
    assert main_eval([str(path)]) == 0
    assert "relevance F1" in capsys.readouterr().out
    assert main_eval([str(tmp_path / "absent.tsv")]) == 2
    assert "absent.tsv" in capsys.readouterr().err
    assert main_eval(["--limit", "x", str(path)]) == 2


# --- the real GVDB file ----------------------------------------------------------------------


@pytest.mark.shared
def test_eval_gvdb_real_dev_split_has_35_police_shootings() -> None:
    path = SHARED_DATA / "gvdb" / "dev.tsv"
    if not path.is_file():
        pytest.skip(f"shared data absent: {path}")
    everything = load_gvdb(path, include_uncoded=True)
    assert len(everything.items) == 400
    police = [item for item in everything.items if "police_shooting" in item.tags]
    assert len(police) == 35
    relevant = [item for item in everything.items if item.gold.relevant]
    assert len(relevant) == 34
    assert all(item in police for item in relevant)
    chicago = next(item for item in relevant if item.id == "533").gold.incidents[0]
    assert chicago.killed == GoldQuantity.exactly(2)
    assert chicago.admin1 == "US-IL"
    assert chicago.names == ["Quintonio LeGrier", "Bettie Jones"]
    scored_on_state = [i for i in relevant if i.gold.incidents[0].admin1 is not None]
    assert len(scored_on_state) == 28
    # The default leaves out the 49 rows whose coder coded no victim and no shooter, among them
    # one police shooting in which nobody was hit; every gold-relevant item stays.
    default = load_gvdb(path)
    assert len(default.items) == 351
    assert sum("police_shooting" in item.tags for item in default.items) == 34
    assert {i.id for i in default.items if i.gold.relevant} == {i.id for i in relevant}
