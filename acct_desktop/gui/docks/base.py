"""What every dock is: a declared name, title and default area, fed by the workspace."""

from __future__ import annotations

import uuid
from typing import ClassVar

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QWidget

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.services.workspace import Workspace


class FeatureDock(QDockWidget):
    """Subclasses declare ``NAME`` (stable objectName), ``TITLE`` and ``AREA`` once."""

    NAME: ClassVar[str]
    TITLE: ClassVar[str]  # marked with QT_TRANSLATE_NOOP("docks", ...)
    AREA: ClassVar[Qt.DockWidgetArea]

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("docks", self.TITLE), parent)
        self.setObjectName(self.NAME)
        self.current = current
        self.workspace: Workspace | None = None
        self.undo_stack: QUndoStack | None = None  # set by the main window
        self.background: BackgroundRunner | None = None  # set by the main window
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        current.changed.connect(self._account_changed)

    def set_workspace(self, workspace: Workspace | None) -> None:
        """A database was opened (or closed): drop everything shown and read anew."""
        self.workspace = workspace
        self.reload()

    def _account_changed(self, account_id: uuid.UUID | None) -> None:
        if self.workspace is not None:
            self.account_changed(account_id)

    def reload(self) -> None:
        if self.workspace is not None:
            self.account_changed(self.current.id)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        """Show what belongs to ``account_id``; docks override."""

    def view_state(self) -> dict[str, QByteArray]:
        """View settings to keep between sessions (column choice and widths...)."""
        return {}

    def restore_view_state(self, state: dict[str, QByteArray]) -> None:
        """Apply what ``view_state`` returned in an earlier session."""

    def shown_row_count(self) -> int:
        """How many data rows the dock shows (for the status line and tests)."""
        return 0
