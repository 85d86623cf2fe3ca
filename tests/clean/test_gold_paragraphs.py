"""The cleaner never cuts the article: paragraphs that carry gold values survive in every example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import forcewatch
from tests.conftest import EXAMPLES

ROWS = [
    json.loads(line)
    for line in Path(__file__).with_name("gold_paragraphs.jsonl").read_text("utf-8").splitlines()
]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_clean_keeps_gold_paragraphs(row: dict[str, object]) -> None:
    text = forcewatch.extract_file(EXAMPLES / str(row["id"])).document.text
    missing = [p for p in row["paragraphs"] if p not in text]  # type: ignore[attr-defined]
    assert not missing, f"cut from the main text: {missing}"


def test_clean_gold_paragraphs_cover_the_reports() -> None:
    assert len(ROWS) >= 60
    assert sum(bool(r["paragraphs"]) for r in ROWS) >= 55
