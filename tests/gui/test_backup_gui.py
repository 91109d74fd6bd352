"""File → Back up now / Restore…, the daily backup on opening, the status line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.backup import BackupStore
from acct_desktop.store import models as m


def count_quotes(window: MainWindow) -> int:
    with window.workspace.db.session() as session:
        return session.scalar(select(func.count()).select_from(m.Quote))


def test_daily_backup_then_backup_now_then_restore(qtbot, window: MainWindow, tmp_path) -> None:
    actions = window.backup_actions
    qtbot.waitUntil(lambda: actions.newest() is not None, timeout=30_000)  # the daily one
    assert actions.newest().kind == "daily"
    qtbot.waitUntil(lambda: "last backup" in window.status_label.text(), timeout=30_000)

    before = count_quotes(window)
    actions.backup_now.trigger()
    qtbot.waitUntil(lambda: actions.newest().kind == "manual", timeout=30_000)
    manual = actions.newest()

    window.docks["quoteBuilderDock"].commands.new_quote()  # a change after the backup
    assert count_quotes(window) == before + 1

    actions.restore.trigger()
    dialog = actions.last_dialog
    assert dialog.table.rowCount() == 2  # daily + manual, newest first
    dialog.keep_daily.setValue(5)
    assert window.settings.backup_keep() == (5, 8)
    dialog.table.selectRow(0)
    dialog._restore_selected()
    assert window.workspace is not None
    assert count_quotes(window) == before  # the state of the manual backup
    kinds = {b.kind for b in BackupStore.for_database(window.workspace.db).list()}
    assert "pre-restore" in kinds  # what was replaced is kept
    assert manual.path.exists()


def test_a_damaged_backup_is_refused_and_the_database_stays_open(
    qtbot, window: MainWindow, tmp_path
) -> None:
    broken = tmp_path / "broken.acctdb"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    target = Path(window.workspace.db.engine.url.database)
    assert not window.backup_actions.restore_from(broken, target)
    assert window.workspace is not None and window.workspace.label.endswith(target.name)
    assert window.backup_actions.last_problem


def test_the_damaged_backup_box_warns_in_our_words_with_sqlites_in_the_details(
    qtbot, window: MainWindow, tmp_path
) -> None:
    broken = tmp_path / "broken.acctdb"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    target = Path(window.workspace.db.engine.url.database)
    assert not window.backup_actions.restore_from(broken, target)
    (box,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.parent() is window
    ]
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == (
        f"{broken} is damaged: it cannot be read as a database. It cannot be restored."
    )
    assert "malformed" in box.detailedText() or "not a database" in box.detailedText()
    box.close()
