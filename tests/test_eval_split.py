"""Dev and test halves, the HRW labels' adapter, and what counts as an incident found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forcewatch.eval.gold import (
    DataMissingError,
    GoldIncident,
    SourceError,
    load_case2021,
    load_hrw,
    read_gold,
    split_of,
    with_split,
)
from forcewatch.eval.runner import load_source
from forcewatch.eval.scores import incident_found
from forcewatch.records import Mention

GOLD = Path(__file__).parent / "gold"


def test_split_of_is_stable_and_halves_a_set() -> None:
    ids = [f"item-{n}" for n in range(2000)]
    halves = [split_of(i) for i in ids]
    assert halves == [split_of(i) for i in ids]
    assert 0.45 < halves.count("dev") / len(ids) < 0.55


def _release_files(tmp_path: Path) -> tuple[Path, Path]:
    releases = tmp_path / "releases.jsonl"
    rows = [
        {"id": f"r-{n}", "url": "", "published": "2024-01-02", "title": "t", "text": f"Text {n}."}
        for n in range(20)
    ]
    releases.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    gold = tmp_path / "hrw.jsonl"
    gold.write_text(
        "\n".join(json.dumps({"id": r["id"], "relevant": False}) for r in rows) + "\n",
        encoding="utf-8",
    )
    return gold, releases


def test_load_hrw_reads_texts_and_dates_from_the_releases(tmp_path: Path) -> None:
    gold, releases = _release_files(tmp_path)
    dataset = load_hrw(gold, releases)
    assert [item.text for item in dataset.items][:2] == ["Text 0.", "Text 1."]
    assert {item.published for item in dataset.items} == {"2024-01-02"}
    dev, test = with_split(dataset, "dev"), with_split(dataset, "test")
    assert {i.id for i in dev.items}.isdisjoint({i.id for i in test.items})
    assert len(dev.items) + len(test.items) == 20


def test_load_hrw_refuses_ids_missing_from_the_releases(tmp_path: Path) -> None:
    gold, releases = _release_files(tmp_path)
    with gold.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "r-999", "relevant": False}) + "\n")
    with pytest.raises(SourceError, match="r-999"):
        load_hrw(gold, releases)


def test_load_case2021_joins_labels_to_snippets(tmp_path: Path) -> None:
    snippets = tmp_path / "task2.tsv"
    snippets.write_text(
        "id\tEventSnippet\tSubType\n"
        '1\tSoldiers shot a "farmer" in the village.\tATTACK\n'
        "2\tThe talks ended.\tDIPLO\n",
        encoding="utf-8",
    )
    gold = tmp_path / "case2021.jsonl"
    gold.write_text(
        json.dumps({"id": "case-2", "relevant": False})
        + "\n"
        + json.dumps({"id": "case-1", "relevant": True})
        + "\n",
        encoding="utf-8",
    )
    dataset = load_case2021(gold, snippets)
    assert [(i.id, i.text) for i in dataset.items] == [
        ("case-2", "The talks ended."),
        ("case-1", 'Soldiers shot a "farmer" in the village.'),
    ]
    assert dataset.notes == ["1 of 2 snippets relevant"]
    gold.write_text(json.dumps({"id": "case-9", "relevant": False}) + "\n", encoding="utf-8")
    with pytest.raises(SourceError, match="case-9"):
        load_case2021(gold, snippets)
    with pytest.raises(DataMissingError):
        load_case2021(gold, tmp_path / "absent.tsv")


def test_the_project_case2021_labels_cover_the_snippets_they_name() -> None:
    try:
        dataset = load_case2021()
    except DataMissingError as exc:
        pytest.skip(str(exc))
    assert len(dataset.items) == 398
    assert all(item.text for item in dataset.items)
    relevant = [item for item in dataset.items if item.gold.relevant]
    assert relevant and all(item.gold.incidents for item in relevant)


def test_the_kept_apart_case2021_labels_name_other_snippets_than_the_tuned_ones() -> None:
    try:
        apart = load_source("case2021-apart")
        tuned = load_case2021()
    except DataMissingError as exc:
        pytest.skip(str(exc))
    assert len(apart.items) == 376
    assert all(item.text for item in apart.items)
    assert not {item.id for item in apart.items} & {item.id for item in tuned.items}
    relevant = [item for item in apart.items if item.gold.relevant]
    assert relevant and all(item.gold.incidents for item in relevant)


def _mention(**fields: object) -> Mention:
    return Mention(kind="incident", extractor="test", confidence=1.0, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("gold", "pred", "found"),
    [
        (
            {"date": "2024-03-05", "place": "Khan Younis"},
            {"date": "2024-03-05", "place": "Khan Younis"},
            True,
        ),
        (
            {"date": "2024-03-05", "place": "Khan Younis"},
            {"date": "2024-03-06", "place": "Khan Younis"},
            False,
        ),
        (
            {"date": "2024-03-05", "place": "Khan Younis"},
            {"date": "2024-03-05", "place": "Rafah"},
            False,
        ),
        (
            {"date": "2024-03", "date_precision": "month", "place": "Rafah"},
            {"date": "2024-03-09", "place": "Rafah"},
            True,
        ),
        ({"date": None, "place": None, "country": "IR"}, {"country": "IR"}, True),
        ({"date": None, "place": None, "country": "IR"}, {"country": "IQ"}, False),
        (
            {"date": "2022", "date_precision": "year", "admin1": "PS-GZA"},
            {"date": "2022-10-01", "admin1": "PS-GZA"},
            True,
        ),
    ],
)
def test_incident_found_needs_date_and_place(
    gold: dict[str, object], pred: dict[str, object], found: bool
) -> None:
    assert incident_found(GoldIncident(**gold), _mention(**pred)) is found  # type: ignore[arg-type]


def test_hrw_labels_follow_the_format() -> None:
    reports = read_gold(GOLD / "hrw.jsonl")
    assert len(reports) >= 100
    assert sum(r.relevant for r in reports) >= 30
    assert all(r.incidents for r in reports if r.relevant)
    assert not any(r.incidents for r in reports if not r.relevant)
