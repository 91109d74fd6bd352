"""The main window on the S demo: every dock shows data; one current account drives all."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDockWidget, QMessageBox

from acct_desktop.gui.docks import DOCKS
from acct_desktop.gui.keys import without_mnemonic
from acct_desktop.gui.main_window import MainWindow


def test_every_dock_is_declared_once_with_a_stable_name(window: MainWindow) -> None:
    names = [dock.NAME for dock in DOCKS]
    assert len(names) == len(set(names))
    assert {
        "accountTreeDock", "alertsDock", "visitCalendarDock", "contactMapDock",
        "quoteBuilderDock", "policyRegisterDock", "issuesDock", "planActualDock",
    } <= set(names)  # fmt: skip
    found = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert found == set(names)


def test_every_dock_shows_rows_for_a_busy_account(window: MainWindow, qtbot) -> None:
    from tests.conftest import DEMO_TODAY

    busiest = window.workspace.accounts.busiest_account_id()
    window.current.set(busiest)
    window.docks["visitCalendarDock"].day = DEMO_TODAY  # the demo's visits are around it
    window.docks["visitCalendarDock"].reload()
    for dock in window.docks.values():  # some read off the UI thread, some when first seen
        dock.raise_()  # as the user clicks its tab
        qtbot.waitUntil(lambda dock=dock: dock.shown_row_count() > 0, timeout=15_000)
    assert window.card.header.title.text() == window.workspace.accounts.profile(busiest).name


def test_selecting_in_the_tree_sets_the_current_account_everywhere(window: MainWindow) -> None:
    from acct_desktop.gui.docks.visit_calendar import ACCOUNT_LIST

    window.docks["visitCalendarDock"].scope.setCurrentIndex(ACCOUNT_LIST)
    tree = window.docks["accountTreeDock"]
    index = tree.model.index(3, 0)
    tree.view.setCurrentIndex(index)
    assert window.current.id == tree.model.account_id(index)
    visits = window.docks["visitCalendarDock"].model.rows()
    assert visits and {v.account_id for v in visits} == {window.current.id}


def test_an_account_chosen_elsewhere_is_revealed_in_the_tree(window: MainWindow) -> None:
    from sqlalchemy import select

    from acct_desktop.store import models as m

    with window.workspace.db.session() as session:
        deep = session.scalars(select(m.Account.id).where(m.Account.kind == "store")).first()
    window.current.set(deep)
    tree = window.docks["accountTreeDock"]
    assert tree.model.account_id(tree.view.currentIndex()) == deep


def test_the_status_bar_names_the_database_and_counts(
    window: MainWindow, demo_db: Path, qtbot
) -> None:
    qtbot.waitUntil(lambda: "visits" in window.status_label.text(), timeout=10_000)
    text = window.status_label.text()
    visits = QLocale().toString(2000)  # 2,000 in English, 2.000 in Dutch, 2000 in "C"
    assert str(demo_db) in text and "200 " in text and f" {visits} " in text


def test_the_status_bar_counts_again_after_an_undoable_change(window: MainWindow, qtbot) -> None:
    # a plan accepted (or a visit planned by dragging) adds visits; undo takes them away
    from datetime import datetime, timedelta

    qtbot.waitUntil(lambda: "visits" in window.status_label.text(), timeout=10_000)
    calendar = window.docks["visitCalendarDock"]
    start = datetime(2026, 12, 2, 9, 0)
    calendar.plan_visit(start, start + timedelta(hours=1))
    counted = [f" {QLocale().toString(n)} visits" for n in (2000, 2001)]
    qtbot.waitUntil(lambda: counted[1] in window.status_label.text(), timeout=10_000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: counted[0] in window.status_label.text(), timeout=10_000)


def test_a_database_from_a_newer_version_is_explained_not_crashed_on(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    import sqlite3

    newer = tmp_path / "newer.acctdb"
    newer.write_bytes(Path(window.workspace.label).read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999_future'")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    before = window.workspace
    assert not window.open_database(str(newer))
    assert shown and "newer version" in shown[0]
    assert window.workspace is before


def test_view_menu_lists_every_dock(window: MainWindow) -> None:
    actions = {without_mnemonic(a.text()) for a in window.view_menu.actions()}
    for number, dock in enumerate(window.docks.values(), start=1):
        assert f"{number} {dock.windowTitle()}" in actions


def test_week_scope_lists_visits_of_all_accounts(window: MainWindow, qtbot) -> None:
    from datetime import date

    from acct_desktop.gui.docks.visit_calendar import WEEK

    calendar = window.docks["visitCalendarDock"]
    calendar.day = date(2026, 10, 28)
    calendar.scope.setCurrentIndex(WEEK)
    blocks = calendar.week_view.blocks
    assert blocks and len({b.account_name for b in blocks}) > 1
    assert calendar.week_view.first_day == date(2026, 10, 26)
    qtbot.mouseClick(calendar.previous_week, Qt.MouseButton.LeftButton)
    assert calendar.week_view.first_day == date(2026, 10, 19)


def test_reopening_a_database_returns_to_the_account_last_used(
    window: MainWindow, demo_db: Path
) -> None:
    tree = window.docks["accountTreeDock"]
    tree.view.setCurrentIndex(tree.model.index(5, 0))
    chosen = window.current.id
    assert window.open_database(str(demo_db))
    assert window.current.id == chosen


def test_opening_another_database_does_not_wait_for_the_reads_of_the_first(
    window: MainWindow, qtbot, demo_db: Path
) -> None:
    first = window.workspace
    closed: list[bool] = []
    real_close = first.close
    first.close = lambda: (closed.append(True), real_close())  # type: ignore[method-assign]
    started, release = threading.Event(), threading.Event()
    window.background.submit(lambda: (started.set(), release.wait(10)), lambda _r: None)
    assert started.wait(10)  # a read of the first database is still running
    assert window.open_database(str(demo_db))  # File → Open, another workspace
    assert window.workspace is not first
    assert not closed  # the window did not wait for that read
    release.set()
    qtbot.waitUntil(lambda: closed == [True])  # closed once its reads were done


def test_a_fresh_database_opens_on_an_account_with_quotes(window: MainWindow) -> None:
    assert window.docks["quoteBuilderDock"].shown_row_count() > 0
