"""Named people on reports of every shape: a table of cases (cases/people.tsv).

Each row: language, text, and the people expected as ``name:role:fate`` separated by ";" ("-" for
nobody); a report is extracted as a whole and its incidents' people compared as a set."""

from __future__ import annotations

from pathlib import Path

import pytest

import forcewatch

CASES = Path(__file__).parent / "cases" / "people.tsv"


def _rows() -> list[list[str]]:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("row", _rows(), ids=lambda row: f"{row[0]}-{row[1][:50]}")
def test_people_case(row: list[str]) -> None:
    lang, text, expected = row
    result = forcewatch.extract(text, lang=lang, published="2024-03-15")
    assert result.relevance.relevant, result.relevance.reason
    found = {f"{p.name}:{p.role}:{p.fate}" for m in result.incidents for p in m.people}
    assert found == (set() if expected == "-" else set(expected.split(";")))
