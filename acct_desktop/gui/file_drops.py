"""Files dropped on the main window, each to the import that reads it: spreadsheets to the
import dialog, vCards to the contacts of an account, iCalendar files to the visit calendar."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.dialogs.register_fields import SearchChooser
from acct_desktop.gui.screen_fit import ScreenFitDialog

if TYPE_CHECKING:
    from acct_desktop.gui.main_window import MainWindow

KINDS = {
    ".csv": "spreadsheet",
    ".txt": "spreadsheet",
    ".xlsx": "spreadsheet",
    ".vcf": "vcard",
    ".vcard": "vcard",
    ".ics": "calendar",
}


def dropped_file(data: QMimeData) -> tuple[str, str] | None:
    """The first local file of a kind we import, and its kind."""
    for url in data.urls():
        if url.isLocalFile():
            kind = KINDS.get(Path(url.toLocalFile()).suffix.lower())
            if kind is not None:
                return url.toLocalFile(), kind
    return None


class AccountQuestion(ScreenFitDialog):
    """Which account do the people in this file belong to? (no account is chosen)."""

    def __init__(
        self,
        file_name: str,
        search: Callable[[str], list[tuple[uuid.UUID, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vcardAccountQuestion")
        self.setWindowTitle(self.tr("Import vCards"))
        question = QLabel(
            self.tr("Which account do the contacts in %1 belong to?").replace("%1", file_name)
        )
        question.setWordWrap(True)
        self.chooser = SearchChooser(search, self.tr("Search accounts by name or code"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.chooser)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _ok(self) -> None:
        if self.chooser.value() is None:
            self.problem.setText(self.tr("Type part of a name or code and pick the account."))
            self.problem.show()
            return
        self.accept()


class FileDrops(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_question: AccountQuestion | None = None
        # a spreadsheet dropped with no database: "new", "open" or "" (tests answer here)
        self.choose_database: Callable[[str], str] = self._choose_database

    def accepts(self, data: QMimeData) -> bool:
        return dropped_file(data) is not None and (
            self.window.workspace is not None or dropped_file(data)[1] == "spreadsheet"  # type: ignore[index]
        )

    def drop(self, data: QMimeData) -> bool:
        found = dropped_file(data)
        if found is None:
            return False
        return self.open_file(*found)

    def open_file(self, path: str, kind: str | None = None) -> bool:
        """A file dropped or chosen in File → Import…, where its kind goes: a spreadsheet
        to the import dialog, a .vcf to the contacts of the current account, an .ics to
        the visit calendar (``kind`` as ``KINDS`` says, else by the file's suffix)."""
        kind = kind or KINDS.get(Path(path).suffix.lower(), "spreadsheet")
        window = self.window
        if kind == "spreadsheet" and window.workspace is None:
            # after the drop has returned: a question inside a drop event holds the source
            QTimer.singleShot(0, lambda: self.import_into_a_database(path))
        elif kind == "spreadsheet":
            window.transfers.open_import(path)
        elif window.workspace is None:
            return False
        elif kind == "vcard":
            self.import_vcards(Path(path))
        else:
            calendar = window.docks["visitCalendarDock"]
            calendar.show()
            calendar.raise_()
            calendar.files.import_ics(Path(path))
        return True

    def import_into_a_database(self, path: str) -> None:
        """A spreadsheet dropped with no database open (the first run's welcome page): the
        accounts need one; create a new one (or open one) and the import follows."""
        window = self.window
        choice = self.choose_database(Path(path).name)
        if choice == "new":
            window.new_database_action.trigger()
        elif choice == "open":
            window.open_database_action.trigger()
        if window.workspace is None:
            return
        from PySide6.QtWidgets import QApplication

        from acct_desktop.gui.stall_watch import when_idle

        def free() -> bool:  # the offer of encryption (and the key) answered first
            return window.background.busy() or QApplication.activeModalWidget() is not None

        when_idle(
            free,
            lambda: window.workspace is not None and window.transfers.open_import(path),
            window,
        )

    def _choose_database(self, file_name: str) -> str:
        """ "new", "open" or "" (cancelled), asked in a message box."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import accounts"),
            self.tr(
                "No database is open. Create a new database for the accounts in %1, or open "
                "an existing one, and the import follows."
            ).replace("%1", file_name),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("dropNeedsDatabase")
        new = box.addButton(self.tr("Create a new database…"), QMessageBox.ButtonRole.AcceptRole)
        opened = box.addButton(
            self.tr("Open an existing database…"), QMessageBox.ButtonRole.ActionRole
        )
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        return "new" if clicked is new else "open" if clicked is opened else ""

    def import_vcards(self, path: Path) -> None:
        """Into the current account; with none chosen, ask which one first."""
        window = self.window
        if window.current.id is not None:
            self._into_current(path)
            return
        workspace = window.workspace
        assert workspace is not None
        question = AccountQuestion(
            path.name,
            lambda text: [
                (hit.id, f"{hit.name} ({hit.code})") for hit in workspace.search.search(text, 20)
            ],
            window,
        )

        def answered() -> None:
            window.current.set(question.chooser.value())
            self._into_current(path)

        question.accepted.connect(answered)
        self.last_question = question
        question.open()

    def _into_current(self, path: Path) -> None:
        dock = self.window.docks["contactMapDock"]
        dock.show()
        dock.raise_()
        dock.commands.import_vcards(path)
