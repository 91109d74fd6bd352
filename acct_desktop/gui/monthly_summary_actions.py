"""Tools → Monthly summary…: the dialog for the month's commentary and its PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def add_monthly_summary_action(menu: QMenu, window: QMainWindow) -> QAction:
    """Add "Monthly summary…" to ``menu``; it opens the dialog on ``window``'s database."""
    action = QAction(QCoreApplication.translate("MainWindow", "M&onthly summary…"), window)
    action.setObjectName("monthlySummaryAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "The month against plan, with your commentary, as a PDF for your manager"
        )
    )
    action.triggered.connect(lambda: open_monthly_summary(window))
    menu.addAction(action)
    return action


def open_monthly_summary(window: QMainWindow):  # type: ignore[no-untyped-def]
    """Open the monthly summary dialog (nothing when no database is open)."""
    workspace = getattr(window, "workspace", None)
    if workspace is None:
        return None
    from acct_desktop.gui.dialogs.monthly_summary_dialog import MonthlySummaryDialog

    dialog = MonthlySummaryDialog(workspace, window.background, window)  # type: ignore[attr-defined]
    window.monthly_summary_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
