"""The per-report time budget: past it, a report is refused with FW110, in one line."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest

import forcewatch
from forcewatch.cli import main
from forcewatch.errors import OverBudget
from forcewatch.pipeline.budget import time_budget
from forcewatch.pipeline.ingest import ingest
from forcewatch.settings import Settings
from forcewatch.store import Store
from tests.test_cli import REPORT
from tests.test_ingest import corpus


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Models and the gazetteer load before a tiny budget is tried: the budget is for reports."""
    forcewatch.extract(REPORT, lang="es")


def test_budget_stops_a_block_even_through_except_exception() -> None:
    start = time.perf_counter()
    with pytest.raises(OverBudget, match=r"more than 0\.05 s"), time_budget(0.05, "x"):
        while True:
            with contextlib.suppress(Exception):  # a careless caller: the budget still holds
                time.sleep(0.001)
    assert time.perf_counter() - start < 1


def test_budget_zero_is_no_limit() -> None:
    with time_budget(0):
        time.sleep(0.01)


def test_budget_extract_refuses_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "slow.txt"
    path.write_text(REPORT * 50, encoding="utf-8")
    for args, env in (
        (["extract", "--time-budget", "0.001", str(path)], None),
        (["extract", str(path)], "0.001"),
    ):
        if env:
            monkeypatch.setenv("FORCEWATCH_TIME_BUDGET", env)
        assert main(args) == 1
        out, err = capsys.readouterr()
        assert out == ""
        [line] = err.strip().splitlines()
        assert str(path) in line and "[FW110]" in line and "time budget" in line


def test_budget_bad_environment_value_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCEWATCH_TIME_BUDGET", "soon")
    assert main(["extract", str(tmp_path / "x.txt")]) == 2
    assert "FORCEWATCH_TIME_BUDGET" in capsys.readouterr().err


def test_budget_ingest_stores_the_rejection(tmp_path: Path) -> None:
    reports = corpus(tmp_path / "in", 2)
    store = Store.open(str(tmp_path / "db.sqlite"))
    counts = ingest([str(reports)], store, settings=Settings(time_budget=0.001))
    assert counts.rejected == 2
    rejections = store.rejections()
    assert {(r.code, r.stage) for r in rejections} == {("FW110", "extract")}
    assert all("time budget" in r.reason for r in rejections)
