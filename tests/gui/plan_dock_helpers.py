"""The Plan vs actual dock on its own, over a workspace, for the tests that drive it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.plan_actual import PlanActualDock
from tests.conftest import DEMO_TODAY


@contextmanager
def opened_plan_dock(qtbot, workspace, width: int, height: int) -> Iterator[PlanActualDock]:  # type: ignore[no-untyped-def]
    """The dock shown at ``width`` × ``height`` on the demo's day, its first figures read;
    its worker finished and its workspace let go afterwards."""
    plan = PlanActualDock(CurrentAccount())
    plan.today = lambda: DEMO_TODAY
    plan.background = BackgroundRunner(plan)
    qtbot.addWidget(plan)
    plan.resize(width, height)
    plan.show()
    with qtbot.waitSignal(plan.loaded, timeout=15_000):
        plan.set_workspace(workspace)
    yield plan
    plan.background.wait()
    plan.set_workspace(None)
