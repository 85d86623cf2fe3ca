"""The text-dump cleaner on the project's own pages of invented sites (dev and test halves)."""

from __future__ import annotations

import pytest

from tests.clean.pages_score import half, labels, score


def test_pages_split_into_two_halves() -> None:
    halves = [half(page) for page in labels()]
    assert len(halves) >= 15
    assert halves.count("dev") >= 6 and halves.count("test") >= 6


@pytest.mark.parametrize("which", ["dev", "test"])
def test_pages_never_cut_the_article(which: str) -> None:
    assert score(which).cut == []


@pytest.mark.parametrize("which", ["dev", "test"])
def test_pages_removal_precision_and_recall(which: str) -> None:
    s = score(which)
    assert s.precision >= 0.98, s.cut
    assert s.recall >= 0.95, s.kept


@pytest.mark.parametrize("which", ["dev", "test"])
def test_pages_titles(which: str) -> None:
    s = score(which)
    assert s.titles_right >= s.titles // 2
