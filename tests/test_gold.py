"""Extraction against the project's gold files: every field of every report right."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import GoldReport, read_gold
from tests.conftest import EXAMPLES, GOLD
from tests.gold_diff import report_differences

REPORTS: list[GoldReport] = [r for f in sorted(GOLD.glob("[a-z][a-z].jsonl")) for r in read_gold(f)]


@pytest.mark.parametrize("gold", REPORTS, ids=[r.id for r in REPORTS])
def test_gold_report_every_field(gold: GoldReport) -> None:
    result = forcewatch.extract_file(EXAMPLES / gold.id, published=gold.published, lang=gold.lang)
    differences = report_differences(gold, result)
    assert not differences, "\n".join(differences)


def test_gold_files_cover_languages() -> None:
    langs = [r.lang for r in REPORTS]
    assert langs.count("es") >= 15
    assert langs.count("pt") >= 8
    assert langs.count("en") >= 5


def test_gold_clusters_merge_quality() -> None:
    """The example corpus merged into incidents against the gold clustering."""
    from forcewatch.eval.clusters import evaluate_clusters

    report = evaluate_clusters(GOLD / "clusters.jsonl", reports=EXAMPLES)
    assert report.items == sum(len(r.incidents) for r in REPORTS)
    assert report.precision >= 0.95, report.false_joins
    assert report.recall >= 0.95, report.missed_joins
