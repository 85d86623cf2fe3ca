"""The per-report time budget: past it, a report is refused with FW110, in one line."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import forcewatch
from forcewatch.cli import main
from forcewatch.errors import OverBudget
from forcewatch.pipeline.budget import Expired, time_budget
from forcewatch.pipeline.ingest import ingest
from forcewatch.pipeline.steps import Extract, Report
from forcewatch.records import RawPage
from forcewatch.settings import Settings
from forcewatch.store import Store
from tests.test_cli import REPORT
from tests.test_ingest import corpus

_NEVER = 5.0  # seconds a spin gives up after: a budget that never fires fails, never hangs


def _spin(work: Callable[[], object] = lambda: sum(range(1000))) -> None:
    """Busy work until a budget stops it, or until ``_NEVER`` has passed."""
    end = time.perf_counter() + _NEVER
    while time.perf_counter() < end:
        work()


def _sleep_careless(seconds: float) -> None:
    with contextlib.suppress(Exception):
        time.sleep(seconds)


def _sum_careless(n: int) -> None:
    with contextlib.suppress(Exception):
        sum(range(n))


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Models and the gazetteer load before a tiny budget is tried: the budget is for reports."""
    forcewatch.extract(REPORT, lang="es")


def test_budget_stops_a_block_even_through_except_exception() -> None:
    start = time.perf_counter()
    with pytest.raises(OverBudget, match=r"more than 0\.05 s"), time_budget(0.05, "x"):
        _spin(lambda: _sleep_careless(0.001))  # a careless caller: the budget still holds
    assert time.perf_counter() - start < 1


def _in_a_thread(work: Callable[[], object]) -> BaseException | None:
    """Run ``work`` in a thread other than the main one (as a Dask worker runs its tasks)."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:
            raised.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive()
    return raised[0] if raised else None


def test_budget_holds_in_a_worker_thread() -> None:
    def spin() -> None:
        with time_budget(0.05, "x"):
            _spin(lambda: _sum_careless(1000))

    start = time.perf_counter()
    raised = _in_a_thread(spin)
    assert isinstance(raised, OverBudget) and "more than 0.05 s" in str(raised)
    assert time.perf_counter() - start < 2


def test_budget_in_a_thread_never_fires_after_its_block() -> None:
    """A block that ends just as its time runs out leaves nothing pending behind it: the shot
    lands in the block, or as it exits (an ``Expired``, which steps turn into the report's
    OverBudget), never in the code that follows."""

    def many() -> None:
        for _ in range(200):
            with contextlib.suppress(OverBudget, Expired), time_budget(0.001, "x"):
                deadline = time.perf_counter() + 0.001
                while time.perf_counter() < deadline:
                    pass
        time.sleep(0.05)  # a shot that escaped would land here
        sum(range(100_000))

    assert _in_a_thread(many) is None


def test_budget_in_a_thread_holds_after_a_block_whose_exit_was_cut_short() -> None:
    """A shot can land as ``__exit__`` is called, before its first line (the interpreter checks
    for one on entering a function): the block's end never ran, and its deadline, already
    past, stayed the thread's. A later report's budget must still hold: one left behind that
    way stopped every budget after it in the thread (a report of three stored unchecked)."""

    def cut_short_then_spin() -> None:
        block = time_budget(0.01, "first")
        block.__enter__()
        with contextlib.suppress(BaseException):
            time.sleep(0.05)  # the shot lands here, and the block's exit never runs
        with pytest.raises(OverBudget, match=r"more than 0\.05 s"), time_budget(0.05, "next"):
            _spin(lambda: _sum_careless(1000))

    start = time.perf_counter()
    assert _in_a_thread(cut_short_then_spin) is None
    assert time.perf_counter() - start < 2


def test_budget_extraction_in_a_thread_is_refused(tmp_path: Path) -> None:
    def extract() -> None:
        with time_budget(0.001, "long.txt"):
            forcewatch.extract(REPORT * 200, lang="es")

    raised = _in_a_thread(extract)
    assert isinstance(raised, OverBudget) and raised.item == "long.txt"


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


def test_budget_ingest_in_a_worker_thread_stores_the_rejections(tmp_path: Path) -> None:
    """As a Dask worker runs the steps: in a thread, the budget still refuses the reports."""
    reports = corpus(tmp_path / "in", 3)
    store = Store.open(str(tmp_path / "db.sqlite"))
    counted: list[int] = []
    raised = _in_a_thread(
        lambda: counted.append(
            ingest([str(reports)], store, settings=Settings(time_budget=0.001)).rejected
        )
    )
    assert raised is None and counted == [3]
    rejections = store.rejections()
    assert [r.code for r in rejections] == ["FW110"] * 3
    assert all(r.stage == "extract" for r in rejections)


@pytest.mark.parametrize("in_thread", [False, True])
def test_budget_nested_the_earliest_end_holds(in_thread: bool) -> None:
    """A budget inside a shorter one (``forcewatch.extract`` inside a step's budget) sets no
    clock of its own; a shorter one inside a longer one stops its block, and the enclosing
    budget still holds after it."""

    def nested() -> None:
        start = time.perf_counter()
        with (
            pytest.raises(OverBudget, match=r"more than 0\.05 s"),
            time_budget(0.05, "outer"),
            time_budget(60, "inner"),
        ):
            _spin()
        assert time.perf_counter() - start < 1
        start = time.perf_counter()
        with pytest.raises(OverBudget, match=r"more than 0\.2 s"), time_budget(0.2, "outer"):
            with pytest.raises(OverBudget, match=r"more than 0\.05 s"), time_budget(0.05, "in"):
                _spin()
            _spin()  # the outer budget's clock runs again
        assert 0.15 < time.perf_counter() - start < 1

    if in_thread:
        assert _in_a_thread(nested) is None
    else:
        nested()


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no interval timer here")
def test_budget_a_signal_handled_as_the_block_ends_leaves_no_clock_behind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The kernel can deliver the timer's signal just before the block stops the timer, and
    Python runs the handler at its next check, inside the cleanup. That late ring must be
    silent: before, it escaped half-way through the cleanup, as a bare ``Expired``, and left
    the thread's deadline behind, so every later budget in the thread was ignored."""
    real = signal.setitimer
    rung: list[bool] = []

    def ring_while_stopping(which: int, seconds: float, interval: float = 0.0) -> object:
        if seconds == 0 and not rung:
            rung.append(True)
            signal.raise_signal(signal.SIGALRM)  # pending: handled at Python's next check
        return real(which, seconds, interval)

    monkeypatch.setattr(signal, "setitimer", ring_while_stopping)
    with time_budget(60, "ends in time"):
        sum(range(10))
    assert rung == [True]
    monkeypatch.setattr(signal, "setitimer", real)
    with pytest.raises(OverBudget, match=r"more than 0\.05 s"), time_budget(0.05, "next"):
        _spin()  # the next budget still has its clock


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no interval timer here")
def test_budget_a_signal_handled_before_the_block_begins_leaves_no_clock_behind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A budget shorter than starting its clock rings before the block runs: the block is
    refused, and the thread's deadline is given back (before, the ring escaped between setting
    the clock and entering the cleanup's scope, and every later budget was ignored)."""
    real = signal.setitimer

    def ring_as_it_starts(which: int, seconds: float, interval: float = 0.0) -> object:
        result = real(which, seconds, interval)
        if seconds > 0:
            signal.raise_signal(signal.SIGALRM)  # handled at Python's next check
        return result

    monkeypatch.setattr(signal, "setitimer", ring_as_it_starts)
    with pytest.raises(OverBudget, match=r"more than 60 s"), time_budget(60, "starts late"):
        sum(range(10))
    monkeypatch.setattr(signal, "setitimer", real)
    with pytest.raises(OverBudget, match=r"more than 0\.05 s"), time_budget(0.05, "next"):
        _spin()  # the next budget still has its clock


@pytest.mark.parametrize("in_thread", [False, True])
def test_budget_a_block_that_ends_late_is_refused_though_its_clock_never_rang(
    in_thread: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under load the timer (a thread waiting for the interpreter, or a signal handled at the
    next instruction) may not act before a short block ends: ending past the deadline is
    over budget all the same."""
    import signal

    class Silent(threading.Thread):  # a timer that never rings
        def __init__(self, seconds: float, function: Callable[[], None]) -> None:
            super().__init__(daemon=True)

        def cancel(self) -> None:
            pass

    monkeypatch.setattr(threading, "Timer", Silent)
    monkeypatch.setattr(signal, "setitimer", lambda *args: (0.0, 0.0))

    def late() -> None:
        with pytest.raises(OverBudget), time_budget(0.01, "x"):
            time.sleep(0.03)

    if in_thread:
        assert _in_a_thread(late) is None
    else:
        late()


def test_budget_refusal_names_the_whole_budget_not_what_cleaning_left() -> None:
    """The extraction step runs in what the cleaning left of the budget; a report refused there
    is refused for the budget the user set ("more than 60 s", not "more than 54.7388 s")."""
    document = forcewatch.extract(REPORT, lang="es").document
    report = Report(origin="slow.txt", page=RawPage(data=b"x", name="slow.txt"))
    report.document = document.model_copy(update={"text": REPORT * 400})
    report.started = time.monotonic() - 0.3  # cleaning spent 0.3 s of the 0.35 s
    with pytest.raises(OverBudget) as raised:
        Extract(Settings(time_budget=0.35)).apply(report)
    assert "more than 0.35 s" in str(raised.value) and raised.value.item == "slow.txt"
