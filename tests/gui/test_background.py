"""The background runner: one worker, results on the UI thread, waiting reads superseded."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from acct_desktop.gui.background import BackgroundRunner


@pytest.fixture
def runner(qtbot) -> Iterator[BackgroundRunner]:
    """A runner owned by a widget, as the window owns its runner: deleted after the test,
    once its jobs are done and their reports delivered."""
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = BackgroundRunner(owner)
    yield runner
    assert runner.wait()
    qtbot.waitUntil(lambda: not runner.busy())


def _blocked(runner: BackgroundRunner) -> threading.Event:
    """Keeps the runner's worker busy until the returned event is set."""
    release, started = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        release.wait(10)

    runner.submit(hold, lambda _result: None)
    assert started.wait(10)
    return release


def test_results_and_failures_come_back_on_the_ui_thread(qtbot, runner) -> None:
    ui = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []

    def fail() -> None:
        raise ValueError("The file is not a sales export.")

    runner.submit(lambda: 42, lambda r: seen.append(("done", r, threading.get_ident() == ui)))
    runner.submit(fail, lambda r: None, lambda m: seen.append(("failed", m, True)))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert ("done", 42, True) in seen
    assert ("failed", "The file is not a sales export.", True) in seen


def test_jobs_run_one_at_a_time(qtbot, runner) -> None:
    """Two Python jobs at once starve the UI thread of the interpreter lock."""
    busy, most, finished = [0], [0], []
    lock = threading.Lock()

    def job() -> None:
        with lock:
            busy[0] += 1
            most[0] = max(most[0], busy[0])
        time.sleep(0.02)
        with lock:
            busy[0] -= 1

    for _ in range(4):
        runner.submit(job, finished.append)
    qtbot.waitUntil(lambda: len(finished) == 4)
    assert most[0] == 1


def test_a_waiting_read_is_dropped_when_the_same_read_is_asked_again(qtbot, runner) -> None:
    release = _blocked(runner)
    ran: list[str] = []
    shown: list[str] = []

    def read(name: str):  # type: ignore[no-untyped-def]
        def work() -> str:
            ran.append(name)
            return name

        return work

    runner.submit(read("first"), shown.append, replaces="alerts")
    runner.submit(read("other purpose"), shown.append, replaces="kpi")
    runner.submit(read("second"), shown.append, replaces="alerts")
    release.set()
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert runner.wait()
    qtbot.wait(20)  # any late report would arrive now
    assert ran == ["other purpose", "second"]
    assert shown == ["other purpose", "second"]
    qtbot.waitUntil(lambda: not runner.busy())  # every relay let go
    assert not runner._latest


def test_a_read_already_running_still_reports(qtbot, runner) -> None:
    started, release = threading.Event(), threading.Event()
    shown: list[str] = []

    def slow() -> str:
        started.set()
        release.wait(10)
        return "first"

    runner.submit(slow, shown.append, replaces="alerts")
    assert started.wait(10)
    runner.submit(lambda: "second", shown.append, replaces="alerts")
    release.set()
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown == ["first", "second"]  # the dock's own generation check drops "first"


def test_a_refusal_is_logged_without_a_traceback_and_a_fault_with_one(
    qtbot, runner, caplog
) -> None:
    from acct_desktop.services.visit_sheets import VisitSheetsRefused

    def refuse() -> None:
        raise VisitSheetsRefused("No planned visits between 23-11-2026 and 27-11-2026.")

    def fault() -> None:
        raise KeyError("account")

    said: list[str] = []
    caplog.set_level("INFO", logger="acct_desktop.gui.background")
    runner.submit(refuse, lambda r: None, said.append)
    runner.submit(fault, lambda r: None, said.append)
    qtbot.waitUntil(lambda: len(said) == 2)
    refused, failed = (
        next(r for r in caplog.records if word in r.getMessage()) for word in ("refused", "failed")
    )
    assert refused.exc_info is None and "No planned visits" in refused.getMessage()
    assert failed.exc_info is not None and failed.levelname == "ERROR"
